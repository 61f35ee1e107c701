/* The call graph of the unit's functions and its strongly connected
 * components (Tarjan's algorithm, iterative so that deep call chains do not
 * exhaust the C stack). Tarjan numbers components callees first, which is
 * the order summaries are computed in. */
#include "internal.h"

#include <stdlib.h>

typedef struct frame {
  uint32_t fn, next_call;
} frame;

void esc__callgraph(esc__ctx *cx, esc__sccs *out) {
  uint32_t n = cx->nfns;
  uint32_t *index = malloc((n + 1) * sizeof *index), *low = malloc((n + 1) * sizeof *low);
  bool *on_stack = calloc(n + 1, sizeof *on_stack);
  uint32_t *stack = malloc((n + 1) * sizeof *stack), top = 0, counter = 0;
  frame *frames = malloc((n + 1) * sizeof *frames);
  out->order = esc_arena_alloc(&cx->arena, (n + 1) * sizeof *out->order);
  out->scc_start = esc_arena_alloc(&cx->arena, (n + 2) * sizeof *out->scc_start);
  out->recursive = esc_arena_alloc(&cx->arena, (n + 1) * sizeof *out->recursive);
  out->scc_of = esc_arena_alloc(&cx->arena, (n + 1) * sizeof *out->scc_of);
  out->position = esc_arena_alloc(&cx->arena, (n + 1) * sizeof *out->position);
  out->nsccs = 0;
  uint32_t placed = 0;
  for (uint32_t i = 0; i < n; i++)
    index[i] = ESC_NONE;
  for (uint32_t root = 0; root < n; root++) {
    if (index[root] != ESC_NONE)
      continue;
    uint32_t depth = 0;
    frames[depth++] = (frame){root, 0};
    index[root] = low[root] = counter++;
    stack[top++] = root;
    on_stack[root] = true;
    while (depth) {
      frame *fr = &frames[depth - 1];
      const esc_function *f = cx->fns[fr->fn].f;
      if (fr->next_call < f->ncalls) {
        uint32_t w = esc__callee_index(&cx->fns[fr->fn], fr->next_call++);
        if (w == ESC_NONE)
          continue;
        if (index[w] == ESC_NONE) {
          index[w] = low[w] = counter++;
          stack[top++] = w;
          on_stack[w] = true;
          frames[depth++] = (frame){w, 0};
        } else if (on_stack[w] && index[w] < low[fr->fn]) {
          low[fr->fn] = index[w];
        }
        continue;
      }
      uint32_t v = fr->fn;
      depth--;
      if (depth && low[v] < low[frames[depth - 1].fn])
        low[frames[depth - 1].fn] = low[v];
      if (low[v] != index[v])
        continue;
      out->scc_start[out->nsccs] = placed;
      uint32_t w;
      do {
        w = stack[--top];
        on_stack[w] = false;
        out->scc_of[w] = out->nsccs;
        out->position[w] = placed;
        out->order[placed++] = w;
      } while (w != v);
      out->nsccs++;
    }
  }
  out->scc_start[out->nsccs] = placed;
  /* A component is recursive if it has two functions or a self call. */
  for (uint32_t k = 0; k < out->nsccs; k++) {
    uint32_t first = out->order[out->scc_start[k]];
    out->recursive[k] = out->scc_start[k + 1] - out->scc_start[k] > 1;
    const esc_function *f = cx->fns[first].f;
    for (uint32_t i = 0; i < f->ncalls && !out->recursive[k]; i++)
      out->recursive[k] = esc__callee_index(&cx->fns[first], i) == first;
  }
  free(index);
  free(low);
  free(on_stack);
  free(stack);
  free(frames);
}
