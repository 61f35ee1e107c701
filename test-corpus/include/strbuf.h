/* A header of the corpus with a static inline allocator, included by
 * header_strbuf_local.c and header_strbuf_escape.c. Its malloc is reported
 * once, under this header's path, however many cases include it. */
#ifndef CORPUS_STRBUF_H
#define CORPUS_STRBUF_H

#include <stdlib.h>
#include <string.h>

struct strbuf {
  size_t len;
  char text[];
};

static inline struct strbuf *strbuf_new(const char *s) {
  size_t n = strlen(s);
  struct strbuf *b = malloc(sizeof *b + n + 1); // expect: heap "allocator-wrapper"
  if (!b)
    abort();
  b->len = n;
  memcpy(b->text, s, n + 1);
  return b;
}

#endif
