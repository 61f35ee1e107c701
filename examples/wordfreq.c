/* wordfreq: counts the words of a text and prints the most frequent ones.
 *
 *     cc -o wordfreq examples/wordfreq.c && ./wordfreq [-n TOP] [FILE]
 *
 * The bundled example of cescape (README, command 1): a small, ordinary C
 * program whose allocations get every verdict. Run
 *
 *     ./build/analyzer/cescape examples/wordfreq.c --
 *
 * and cescape tells, for each malloc, calloc or strdup below, whether the
 * object could live on the stack (the line buffer, the sorted view), on the
 * stack with a heap fallback (the lower-cased copy of a line), in the
 * caller's frame (the word read through an out-parameter), or must stay on
 * the heap (the table's entries and their words, kept in a global table). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BUCKETS 1024
#define LINE_MAX_BYTES 512
#define SEPARATORS " \t\r\n.,;:!?\"'()[]{}<>*/\\|&#=+-`~^%$@"

struct entry {
  char *word;
  unsigned long count;
  struct entry *next;
};

/* The word table: every entry and its word live until the program ends. */
static struct entry *table[BUCKETS];
static size_t nentries;

static unsigned long hash(const char *s) {
  unsigned long h = 5381;
  while (*s)
    h = h * 33 + (unsigned char)*s++;
  return h;
}

/* Counts one more occurrence of word, adding it to the table if new. */
static void count_word(const char *word) {
  struct entry **slot = &table[hash(word) % BUCKETS];
  for (struct entry *e = *slot; e; e = e->next)
    if (strcmp(e->word, word) == 0) {
      e->count++;
      return;
    }
  struct entry *e = malloc(sizeof *e);
  if (!e)
    exit(1);
  e->word = strdup(word);
  e->count = 1;
  e->next = *slot;
  *slot = e;
  nentries++;
}

/* A lower-case copy of line: as long as the line, so its size is not known
 * when the program is compiled. */
static void count_line(const char *line) {
  size_t len = strlen(line);
  char *lower = malloc(len + 1);
  if (!lower)
    return;
  for (size_t i = 0; i <= len; i++)
    lower[i] = (char)tolower((unsigned char)line[i]);
  char *w = lower + strspn(lower, SEPARATORS);
  while (*w) {
    size_t n = strcspn(w, SEPARATORS);
    char end = w[n];
    w[n] = '\0';
    count_word(w);
    w[n] = end;
    w += n + strspn(w + n, SEPARATORS);
  }
  free(lower);
}

/* Reads the next line of in into a new buffer given to the caller through
 * *out; returns 0 at the end of the input. The caller frees it. */
static int read_line(FILE *in, char **out) {
  char *buf = malloc(LINE_MAX_BYTES);
  if (!buf)
    return 0;
  if (!fgets(buf, LINE_MAX_BYTES, in)) {
    free(buf);
    return 0;
  }
  *out = buf;
  return 1;
}

static int by_count(const void *a, const void *b) {
  const struct entry *x = *(const struct entry *const *)a;
  const struct entry *y = *(const struct entry *const *)b;
  if (x->count != y->count)
    return x->count < y->count ? 1 : -1;
  return strcmp(x->word, y->word);
}

/* Prints the top most frequent words. The sorted view is a fixed-size array
 * of pointers that never leaves this function. */
static void print_top(size_t top) {
  enum { VIEW = 64 };
  struct entry **view = calloc(VIEW, sizeof *view);
  if (!view)
    return;
  size_t n = 0;
  for (size_t b = 0; b < BUCKETS; b++)
    for (struct entry *e = table[b]; e; e = e->next) {
      if (n < VIEW)
        view[n++] = e;
      else if (by_count(&e, &view[VIEW - 1]) < 0)
        view[VIEW - 1] = e;
      qsort(view, n, sizeof *view, by_count);
    }
  for (size_t i = 0; i < n && i < top; i++)
    printf("%7lu %s\n", view[i]->count, view[i]->word);
  free(view);
}

/* Empties the table at the end of the program. */
static void free_table(void) {
  for (size_t b = 0; b < BUCKETS; b++)
    while (table[b]) {
      struct entry *e = table[b];
      table[b] = e->next;
      free(e->word);
      free(e);
    }
}

int main(int argc, char **argv) {
  size_t top = 10;
  int arg = 1;
  if (arg + 1 < argc && strcmp(argv[arg], "-n") == 0) {
    top = strtoul(argv[arg + 1], NULL, 10);
    arg += 2;
  }
  FILE *in = arg < argc ? fopen(argv[arg], "r") : stdin;
  if (!in) {
    perror(argv[arg]);
    return 1;
  }
  char *line;
  while (read_line(in, &line)) {
    count_line(line);
    free(line);
  }
  if (in != stdin)
    fclose(in);
  print_top(top);
  printf("%zu distinct words\n", nentries);
  free_table();
  return 0;
}
