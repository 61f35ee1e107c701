/* Source lines for the caret display (see source_line.h). */
#include "source_line.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void esc_source_cache_init(esc_source_cache *c) { memset(c, 0, sizeof *c); }

void esc_source_cache_free(esc_source_cache *c) {
  free(c->path);
  free(c->text);
  free(c->line_starts);
  memset(c, 0, sizeof *c);
}

/* Reads the whole of path into c->text (NULL when it cannot be read). */
static void load_text(esc_source_cache *c, const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return;
  long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
  if (size >= 0 && fseek(f, 0, SEEK_SET) == 0 && (c->text = malloc((size_t)size + 1))) {
    c->len = fread(c->text, 1, (size_t)size, f);
    c->text[c->len] = '\0';
  }
  fclose(f);
}

/* Indexes the start of every line of c->text. */
static void index_lines(esc_source_cache *c) {
  uint32_t cap = 1;
  for (size_t i = 0; i < c->len; i++)
    cap += c->text[i] == '\n';
  c->line_starts = malloc(cap * sizeof *c->line_starts);
  if (!c->line_starts)
    return;
  c->line_starts[c->nlines++] = 0;
  for (size_t i = 0; i < c->len; i++)
    if (c->text[i] == '\n' && c->nlines < cap)
      c->line_starts[c->nlines++] = i + 1;
}

static void load(esc_source_cache *c, const char *path) {
  esc_source_cache_free(c);
  c->path = strdup(path);
  load_text(c, path);
  if (c->text)
    index_lines(c);
}

bool esc_source_line(esc_source_cache *c, const char *file, uint32_t line,
                     const char **text, size_t *len) {
  if (!c->path || strcmp(c->path, file) != 0)
    load(c, file);
  if (!c->line_starts || line == 0 || line > c->nlines)
    return false;
  size_t start = c->line_starts[line - 1];
  size_t end = line < c->nlines ? c->line_starts[line] - 1 : c->len;
  if (end > start && c->text[end - 1] == '\r')
    end--;
  *text = c->text + start;
  *len = end - start;
  return true;
}
