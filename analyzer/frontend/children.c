/* Children of a cursor as a list (libclang only offers a visitor), and the
 * frontend's growable malloc'ed arrays. */
#include <stdio.h>
#include <stdlib.h>

#include "lower.h"

void *esc__fe_grow(void *items, size_t item_size, uint32_t len, uint32_t *cap) {
  if (len < *cap)
    return items;
  uint32_t ncap = *cap ? *cap * 2 : 16;
  void *grown = realloc(items, (size_t)ncap * item_size);
  if (!grown) {
    fputs("cescape: out of memory\n", stderr);
    abort();
  }
  *cap = ncap;
  return grown;
}

typedef struct collect {
  esc__fe_kids *k;
  bool exprs_only;
} collect;

static enum CXChildVisitResult add_kid(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  collect *col = data;
  if (col->exprs_only && !clang_isExpression(clang_getCursorKind(c)))
    return CXChildVisit_Continue;
  esc__fe_kids *k = col->k;
  if (k->n == k->cap) {
    if (k->v == k->inline_kids) {
      uint32_t cap = 0;
      CXCursor *heap = esc__fe_grow(NULL, sizeof *heap, 0, &cap);
      k->cap = cap;
      for (unsigned i = 0; i < k->n; i++)
        heap[i] = k->inline_kids[i];
      k->v = heap;
    } else {
      k->v = esc__fe_grow(k->v, sizeof *k->v, k->n, &k->cap);
    }
  }
  k->v[k->n++] = c;
  return CXChildVisit_Continue;
}

static void kids(CXCursor c, esc__fe_kids *k, bool exprs_only) {
  k->v = k->inline_kids;
  k->n = 0;
  k->cap = sizeof k->inline_kids / sizeof k->inline_kids[0];
  collect col = {k, exprs_only};
  clang_visitChildren(c, add_kid, &col);
}

void esc__fe_kids_all(CXCursor c, esc__fe_kids *k) { kids(c, k, false); }
void esc__fe_kids_exprs(CXCursor c, esc__fe_kids *k) { kids(c, k, true); }

void esc__fe_kids_free(esc__fe_kids *k) {
  if (k->v != k->inline_kids)
    free(k->v);
  k->v = k->inline_kids;
  k->n = 0;
}
