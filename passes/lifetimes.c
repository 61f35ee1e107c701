/* Lifetimes: what else, besides escaping, keeps an object off the stack.
 *   realloc          it is passed to realloc (or getline, or a callee that
 *                    reallocates it): the object must be a heap block.
 *   freed-elsewhere  a callee that is not a plain deallocator frees it: the
 *                    free cannot be removed with the allocation.
 *   ambiguous-free   a free that may receive it may also receive another
 *                    object (any other object, EXTERNAL or caller memory
 *                    included): that free cannot be removed either.
 *   loop-carried     it is allocated in loop L and a holder that outlives
 *                    one iteration of L may reach it (a local or parameter
 *                    declared outside L, an allocation made outside L, or
 *                    any object such a holder reaches): two instances may
 *                    be live at once, and one stack slot holds only one.
 * The first three make it heap; loop-carried only forbids the stack (a
 * region in a caller's frame holds any number of instances). */
#include "internal.h"

#include <stdlib.h>

static int priority(esc_reason r) {
  switch (r) {
  case ESC_REASON_REALLOC:
    return 3;
  case ESC_REASON_FREED_ELSEWHERE:
    return 2;
  case ESC_REASON_AMBIGUOUS_FREE:
    return 1;
  default:
    return 0;
  }
}

static void event_on_site(esc__fa *fa, const esc__event *ev, esc__site *site, uint32_t nobjects) {
  esc_reason r = ev->kind == ESC__EVENT_REALLOC           ? ESC_REASON_REALLOC
                 : ev->kind == ESC__EVENT_FREED_ELSEWHERE ? ESC_REASON_FREED_ELSEWHERE
                 : nobjects > 1                           ? ESC_REASON_AMBIGUOUS_FREE
                                                          : ESC_REASON_NONE;
  if (priority(r) <= priority(site->life.reason))
    return;
  const esc_call *c = &fa->f->calls[ev->call];
  site->life.reason = r;
  switch (r) {
  case ESC_REASON_REALLOC:
    site->life.detail = esc__fmt(fa->cx, "passed to '%s' at line %u, which may move it", ev->by, c->loc.line);
    break;
  case ESC_REASON_FREED_ELSEWHERE:
    site->life.detail = esc__fmt(fa->cx, "freed by '%s' (called at line %u), which is not a plain deallocator",
                                 ev->by, c->loc.line);
    break;
  default:
    site->life.detail = esc__fmt(fa->cx, "the '%s' at line %u may also free %u other object%s", ev->by,
                                 c->loc.line, nobjects - 1, nobjects > 2 ? "s" : "");
    break;
  }
  esc__flowbuf b = {0};
  esc__flow_fact(fa, ev->node, site->node, &b);
  esc__flowbuf_push(&b, c->loc, r == ESC_REASON_REALLOC ? esc__fmt(fa->cx, "reallocated by '%s'", ev->by)
                                                        : esc__fmt(fa->cx, "freed by '%s'", ev->by));
  site->life.flow = esc__flowbuf_keep(fa->cx, &b);
}

static void events(esc__fa *fa) {
  for (uint32_t e = 0; e < fa->nevents; e++) {
    const esc__event *ev = &fa->events[e];
    const esc__pts *s = &fa->pts[ev->node];
    for (uint32_t i = 0; i < s->n; i++) {
      uint32_t site = fa->site_of[s->obj[i]];
      if (site != ESC_NONE)
        event_on_site(fa, ev, &fa->sites[site], s->n);
    }
  }
}

/* Does holder n outlive one iteration of loop L? */
static bool outlives_iteration(const esc__fa *fa, esc_node_id n, uint32_t loop) {
  const esc_node *nd = &fa->nodes[n];
  if (nd->kind != ESC_NODE_LOCAL && nd->kind != ESC_NODE_PARAM && nd->kind != ESC_NODE_ALLOC)
    return false;
  return !esc_loop_within(fa->f, nd->decl_loop, loop);
}

static void loop_carried(esc__fa *fa, uint32_t loop, esc_node_id *parent, esc_node_id *queue) {
  uint32_t tail = 0;
  for (esc_node_id n = 0; n < fa->nnodes; n++) {
    parent[n] = ESC_NONE;
    if (outlives_iteration(fa, n, loop)) {
      parent[n] = n;
      queue[tail++] = n;
    }
  }
  for (uint32_t head = 0; head < tail; head++) {
    const esc__pts *s = &fa->pts[queue[head]];
    for (uint32_t i = 0; i < s->n; i++)
      if (s->prov[i].kind != ESC__PROV_CLOSURE && parent[s->obj[i]] == ESC_NONE) {
        parent[s->obj[i]] = queue[head];
        queue[tail++] = s->obj[i];
      }
  }
  for (uint32_t k = 0; k < fa->nsites; k++) {
    esc__site *site = &fa->sites[k];
    if (fa->f->calls[site->call].loop != loop || parent[site->node] == ESC_NONE ||
        parent[site->node] == site->node)
      continue;
    uint32_t n;
    const esc_node_id *path = esc__path_to(fa, parent, site->node, &n);
    const esc_node *holder = &fa->nodes[path[0]];
    site->loop.reason = ESC_REASON_LOOP_CARRIED;
    site->loop.detail = esc__fmt(fa->cx,
                                 "'%s', declared outside the loop at line %u, may still hold it in the next iteration",
                                 holder->name, fa->f->loops[loop].loc.line);
    site->loop.flow = esc__flow_path(fa, path, n);
  }
}

void esc__lifetimes(esc__fa *fa) {
  events(fa);
  bool *done = calloc(fa->f->nloops + 1, sizeof *done);
  esc_node_id *parent = malloc((fa->nnodes + 1) * sizeof *parent);
  esc_node_id *queue = malloc((fa->nnodes + 1) * sizeof *queue);
  for (uint32_t k = 0; k < fa->nsites; k++) {
    uint32_t loop = fa->f->calls[fa->sites[k].call].loop;
    if (loop != 0 && loop < fa->f->nloops && !done[loop]) {
      done[loop] = true;
      loop_carried(fa, loop, parent, queue);
    }
  }
  for (uint32_t k = 0; k < fa->nsites; k++)
    if (fa->sites[k].life.reason != ESC_REASON_NONE)
      fa->sites[k].exportable = false;
  free(done);
  free(parent);
  free(queue);
}
