/* One unit of the benchmark's scaling input (run.sh): ordinary C with the
 * shapes the analysis meets in real code (wrappers, lists, buffers, loops,
 * out-parameters, callbacks). run.sh concatenates K copies, renaming the
 * prefix UNIT_ to u1_, u2_, ..., so the code grows while every function
 * stays the same: cost per function should stay flat as K grows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct UNIT_node {
  struct UNIT_node *next;
  char *key;
  int value;
};

struct UNIT_buf {
  char *data;
  size_t len, cap;
};

static struct UNIT_node *UNIT_registry;

void *UNIT_xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    abort();
  return p;
}

char *UNIT_xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = UNIT_xmalloc(n);
  memcpy(d, s, n);
  return d;
}

int UNIT_buf_init(struct UNIT_buf *b, size_t cap) {
  b->data = malloc(cap);
  b->len = 0;
  b->cap = cap;
  return b->data ? 0 : -1;
}

int UNIT_buf_push(struct UNIT_buf *b, char c) {
  if (b->len == b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 16;
    char *grown = realloc(b->data, cap);
    if (!grown)
      return -1;
    b->data = grown;
    b->cap = cap;
  }
  b->data[b->len++] = c;
  return 0;
}

void UNIT_buf_free(struct UNIT_buf *b) { free(b->data); }

struct UNIT_node *UNIT_node_new(const char *key, int value) {
  struct UNIT_node *n = UNIT_xmalloc(sizeof *n);
  n->key = UNIT_xstrdup(key);
  n->value = value;
  n->next = NULL;
  return n;
}

void UNIT_register(const char *key, int value) {
  struct UNIT_node *n = UNIT_node_new(key, value);
  n->next = UNIT_registry;
  UNIT_registry = n;
}

int UNIT_lookup(const char *key) {
  for (struct UNIT_node *n = UNIT_registry; n; n = n->next)
    if (strcmp(n->key, key) == 0)
      return n->value;
  return -1;
}

void UNIT_clear(void) {
  while (UNIT_registry) {
    struct UNIT_node *next = UNIT_registry->next;
    free(UNIT_registry->key);
    free(UNIT_registry);
    UNIT_registry = next;
  }
}

int UNIT_count_words(const char *text) {
  char *copy = UNIT_xstrdup(text);
  int words = 0;
  char *save = NULL;
  for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save))
    words++;
  free(copy);
  return words;
}

int UNIT_format(int value, char **out) {
  char *text = malloc(32);
  if (!text)
    return -1;
  snprintf(text, 32, "<%d>", value);
  *out = text;
  return 0;
}

int UNIT_sum_table(int n) {
  int total = 0;
  for (int i = 0; i < n; i++) {
    int *row = calloc(8, sizeof *row);
    if (!row)
      return -1;
    for (int j = 0; j < 8; j++)
      row[j] = i + j;
    total += row[7];
    free(row);
  }
  return total;
}

typedef int UNIT_visit(void *ctx, const char *item);

int UNIT_each_line(const char *text, UNIT_visit *visit, void *ctx) {
  struct UNIT_buf line;
  if (UNIT_buf_init(&line, 64) != 0)
    return -1;
  int rc = 0;
  for (const char *c = text;; c++) {
    if (*c == '\n' || *c == '\0') {
      UNIT_buf_push(&line, '\0');
      rc = visit(ctx, line.data);
      line.len = 0;
      if (rc || *c == '\0')
        break;
    } else if (UNIT_buf_push(&line, *c) != 0) {
      rc = -1;
      break;
    }
  }
  UNIT_buf_free(&line);
  return rc;
}

static int UNIT_register_line(void *ctx, const char *item) {
  int *count = ctx;
  UNIT_register(item, (*count)++);
  return 0;
}

int UNIT_load(const char *text) {
  int count = 0;
  if (UNIT_each_line(text, UNIT_register_line, &count) != 0)
    return -1;
  char *label = NULL;
  if (UNIT_format(count, &label) == 0) {
    puts(label);
    free(label);
  }
  return count;
}
