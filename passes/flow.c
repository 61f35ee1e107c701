/* Flows: the steps that brought an object to where it escapes, rebuilt from
 * the solver's provenance. Fact (holder, o) was first derived over one edge
 * from fact (via, o), so following `via` walks back to o's origin (its
 * ADDR edge) and every edge on the way is one step, in the frontend's words
 * (graph.h esc_step). Edges the passes added for a call can carry the
 * callee's own flow (summary.c), shown after the call's step, so a flow
 * crosses functions the way Go's -m=2 explanations do. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_STEPS_WALKED = 100000, MAX_NESTING = 16 };

void esc__flowbuf_push(esc__flowbuf *b, esc_loc loc, const char *message) {
  if (!message || !*message)
    return;
  if (b->n && b->steps[b->n - 1].loc.line == loc.line && b->steps[b->n - 1].loc.col == loc.col &&
      b->steps[b->n - 1].loc.file == loc.file && strcmp(b->steps[b->n - 1].message, message) == 0)
    return;
  if (b->n == b->cap) {
    b->cap = b->cap ? 2 * b->cap : 16;
    b->steps = realloc(b->steps, b->cap * sizeof *b->steps);
    if (!b->steps)
      abort();
  }
  b->steps[b->n++] = (esc__step){.loc = loc, .message = message};
}

esc__flow esc__flowbuf_keep(esc__ctx *cx, esc__flowbuf *b) {
  esc__step *steps = esc_arena_alloc(&cx->arena, (b->n + 1) * sizeof *steps);
  if (b->n)
    memcpy(steps, b->steps, b->n * sizeof *steps);
  esc__flow flow = {.n = b->n, .steps = steps};
  free(b->steps);
  memset(b, 0, sizeof *b);
  return flow;
}

static const char *edge_message(esc__ctx *cx, const esc_edge *e) {
  const char *t = e->text ? e->text : "";
  switch (e->step) {
  case ESC_STEP_ASSIGN:
    return esc__fmt(cx, "assigned to '%s'", t);
  case ESC_STEP_STORE:
    return esc__fmt(cx, "stored into '%s'", t);
  case ESC_STEP_LOAD:
    return esc__fmt(cx, "loaded from '%s'", t);
  case ESC_STEP_RETURN:
    return "returned";
  case ESC_STEP_ARG:
    return esc__fmt(cx, "passed to '%s' argument %u", t, e->arg + 1);
  case ESC_STEP_RESULT:
    return esc__fmt(cx, "returned by '%s'", t);
  case ESC_STEP_CAST:
    return esc__fmt(cx, "converted to '%s'", t);
  case ESC_STEP_NONE:
    break;
  }
  return NULL;
}

/* Pushes the steps of fact (holder, obj) latest first. */
static void collect_backwards(esc__fa *fa, esc_node_id holder, esc_node_id obj,
                              esc__flowbuf *rev, int nesting) {
  esc_node_id ext = fa->f->external;
  for (uint32_t walked = 0; walked < MAX_STEPS_WALKED; walked++) {
    uint32_t i = esc__pts_find(&fa->pts[holder], obj);
    if (i == ESC_NONE)
      return;
    esc__prov p = fa->pts[holder].prov[i];
    if (p.kind == ESC__PROV_SEED)
      return;
    if (p.kind == ESC__PROV_CLOSURE) {
      if (obj == ext)
        return;
      /* EXTERNAL holds obj because it reaches `via`, which holds obj. */
      if (holder == ext && nesting < MAX_NESTING && esc__pts_has(&fa->pts[ext], p.via))
        collect_backwards(fa, ext, p.via, rev, nesting + 1);
      holder = p.via;
      continue;
    }
    const esc_edge *e = &fa->edges[p.edge];
    const esc__note *note = fa->notes[p.edge];
    if (note)
      for (uint32_t k = note->callee_flow.n; k-- > 0;)
        esc__flowbuf_push(rev, note->callee_flow.steps[k].loc, note->callee_flow.steps[k].message);
    esc__flowbuf_push(rev, e->loc, edge_message(fa->cx, e));
    if (p.via == ESC_NONE)
      return;
    holder = p.via;
  }
}

static void append_reversed(esc__flowbuf *out, esc__flowbuf *rev) {
  for (uint32_t k = rev->n; k-- > 0;)
    esc__flowbuf_push(out, rev->steps[k].loc, rev->steps[k].message);
  rev->n = 0;
}

void esc__flow_fact(esc__fa *fa, esc_node_id holder, esc_node_id obj, esc__flowbuf *out) {
  esc__flowbuf rev = {0};
  collect_backwards(fa, holder, obj, &rev, 0);
  append_reversed(out, &rev);
  free(rev.steps);
}

esc__flow esc__flow_path(esc__fa *fa, const esc_node_id *path, uint32_t n) {
  esc__flowbuf out = {0};
  for (uint32_t k = n; k-- > 1;)
    esc__flow_fact(fa, path[k - 1], path[k], &out);
  return esc__flowbuf_keep(fa->cx, &out);
}
