/* Allocation that cannot fail (see xalloc.h). */
#include "xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *checked(void *p) {
  if (!p) {
    fputs("cescape: error: out of memory\n", stderr);
    exit(3);
  }
  return p;
}

void *esc__xzalloc(size_t n) { return checked(calloc(1, n)); }

char *esc__xstrdup(const char *s) { return checked(strdup(s)); }

char *esc__xprintf(const char *fmt, ...) {
  va_list ap, again;
  va_start(ap, fmt);
  va_copy(again, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *s = checked(n < 0 ? NULL : malloc((size_t)n + 1));
  vsnprintf(s, (size_t)n + 1, fmt, again);
  va_end(again);
  return s;
}

void *esc__xpush(void *items, size_t *n, size_t item_size) {
  void **array = items;
  char *grown = checked(realloc(*array, (*n + 1) * item_size));
  *array = grown;
  void *slot = grown + (*n)++ * item_size;
  memset(slot, 0, item_size);
  return slot;
}
