/* A naive points-to solver for the frontend's tests: Andersen's four rules
 * iterated to a fixpoint over bitsets, seeded as graph.h says the real
 * solver is (param -> PARAM_OBJ -> PARAM_DEEP -> itself, GLOBAL and
 * EXTERNAL -> EXTERNAL). Quadratic and slow, which is fine for test cases
 * of a few dozen lines; it lets a test state what a pointer may point to
 * instead of which edges were made. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

static uint64_t *row(const pts_solution *s, uint32_t n) { return s->bits + (size_t)n * s->words; }

bool pts_has(const pts_solution *s, uint32_t node, uint32_t object) {
  return node < s->nobjects && object < s->nobjects &&
         (row(s, node)[object / 64] >> (object % 64)) & 1;
}

static bool add(pts_solution *s, uint32_t node, uint32_t object) {
  uint64_t *w = &row(s, node)[object / 64], bit = (uint64_t)1 << (object % 64);
  if (*w & bit)
    return false;
  *w |= bit;
  return true;
}

static bool merge(pts_solution *s, uint32_t dst, uint32_t src) {
  bool changed = false;
  uint64_t *d = row(s, dst), *r = row(s, src);
  for (uint32_t i = 0; i < s->words; i++) {
    uint64_t n = d[i] | r[i];
    changed |= n != d[i];
    d[i] = n;
  }
  return changed;
}

static void seed(const esc_function *f, pts_solution *s) {
  for (uint32_t i = 0; i < f->nnodes; i++) {
    const esc_node *n = &f->nodes[i];
    if (n->kind == ESC_NODE_GLOBAL || n->kind == ESC_NODE_EXTERNAL)
      add(s, i, f->external);
    if (n->kind == ESC_NODE_PARAM || n->kind == ESC_NODE_PARAM_OBJ)
      add(s, i, i + 1);
    if (n->kind == ESC_NODE_PARAM_DEEP)
      add(s, i, i);
  }
  for (uint32_t c = 0; c < f->ncalls; c++)
    if (f->calls[c].result != ESC_NONE)
      add(s, f->calls[c].result, f->nnodes + c);
}

static bool apply(const esc_function *f, pts_solution *s, const esc_edge *e) {
  bool changed = false;
  switch (e->kind) {
  case ESC_EDGE_ADDR:
    return add(s, e->dst, e->src);
  case ESC_EDGE_COPY:
    return merge(s, e->dst, e->src);
  case ESC_EDGE_LOAD:
    for (uint32_t o = 0; o < s->nobjects; o++)
      if (pts_has(s, e->src, o))
        changed |= merge(s, e->dst, o);
    return changed;
  case ESC_EDGE_STORE:
    for (uint32_t o = 0; o < s->nobjects; o++)
      if (pts_has(s, e->dst, o))
        changed |= merge(s, o, e->src);
    return changed;
  }
  (void)f;
  return false;
}

void pts_solve(const esc_function *f, pts_solution *s) {
  s->nobjects = f->nnodes + f->ncalls;
  s->words = (s->nobjects + 63) / 64;
  s->bits = calloc((size_t)s->nobjects * s->words + 1, sizeof *s->bits);
  if (!s->bits)
    abort();
  seed(f, s);
  for (bool changed = true; changed;) {
    changed = false;
    for (uint32_t i = 0; i < f->nedges; i++)
      changed |= apply(f, s, &f->edges[i]);
  }
}

bool pts_reaches(const pts_solution *s, uint32_t node, uint32_t object) {
  uint8_t *seen = calloc(s->nobjects + 1, 1);
  uint32_t *stack = malloc((s->nobjects + 1) * sizeof *stack), top = 0;
  if (!seen || !stack)
    abort();
  bool found = false;
  stack[top++] = node;
  while (top && !found) {
    uint32_t n = stack[--top];
    for (uint32_t o = 0; o < s->nobjects; o++)
      if (pts_has(s, n, o) && !seen[o]) {
        seen[o] = 1;
        found |= o == object;
        stack[top++] = o;
      }
  }
  free(seen);
  free(stack);
  return found;
}

void pts_free(pts_solution *s) {
  free(s->bits);
  memset(s, 0, sizeof *s);
}
