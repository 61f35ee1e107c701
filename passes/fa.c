/* One function's analysis state (esc__fa, internal.h): the function's graph
 * copied, so that the passes can add the nodes and edges of its calls
 * without touching the unit (a function in a recursive SCC is analyzed
 * several times), plus its allocation sites and free/realloc events. The
 * arrays live in the context's scratch memory, reset by esc__fa_free: what
 * outlives the analysis is copied out of them first (analyze.c). */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Grows an array of the function's scratch memory to hold need items; the
 * new items are zeroed. */
static void *xgrow(esc__fa *fa, void *p, uint32_t *cap, size_t item, uint32_t need) {
  if (need <= *cap)
    return p;
  uint32_t cap2 = *cap ? *cap : 16;
  while (cap2 < need)
    cap2 *= 2;
  p = esc__scratch_grow(&fa->cx->scratch, p, *cap * item, cap2 * item);
  memset((char *)p + *cap * item, 0, (cap2 - *cap) * item);
  *cap = cap2;
  return p;
}

void esc__fa_init(esc__fa *fa, esc__ctx *cx, esc__fn *fn) {
  memset(fa, 0, sizeof *fa);
  fa->cx = cx;
  fa->fn = fn;
  fa->f = fn->f;
  const esc_function *f = fn->f;
  fa->nodes = xgrow(fa, NULL, &fa->cap_nodes, sizeof *fa->nodes, f->nnodes + 1);
  if (f->nnodes)
    memcpy(fa->nodes, f->nodes, f->nnodes * sizeof *f->nodes);
  fa->nnodes = f->nnodes;
  fa->edges = xgrow(fa, NULL, &fa->cap_edges, sizeof *fa->edges, f->nedges + 1);
  if (f->nedges)
    memcpy(fa->edges, f->edges, f->nedges * sizeof *f->edges);
  uint32_t cap = 0;
  fa->notes = xgrow(fa, NULL, &cap, sizeof *fa->notes, fa->cap_edges);
  fa->nedges = f->nedges;
  fa->call_site = esc__scratch_alloc(&cx->scratch, (f->ncalls + 1) * sizeof *fa->call_site);
  for (uint32_t i = 0; i < f->ncalls; i++)
    fa->call_site[i] = ESC_NONE;
}

void esc__fa_free(esc__fa *fa) {
  esc__scratch_reset(&fa->cx->scratch);
  free(fa->hard);
  free(fa->soft);
  free(fa->tainted);
  memset(fa, 0, sizeof *fa);
}

esc_node_id esc__fa_node(esc__fa *fa, esc_node_kind kind, const char *name) {
  fa->nodes = xgrow(fa, fa->nodes, &fa->cap_nodes, sizeof *fa->nodes, fa->nnodes + 1);
  fa->nodes[fa->nnodes] = (esc_node){.kind = kind, .name = name, .call = ESC_NONE};
  return fa->nnodes++;
}

void esc__fa_edge(esc__fa *fa, esc_edge_kind kind, esc_node_id dst, esc_node_id src,
                  esc_loc loc, const esc__note *note) {
  if (dst == ESC_NONE || src == ESC_NONE)
    return;
  uint32_t cap = fa->cap_edges;
  fa->edges = xgrow(fa, fa->edges, &fa->cap_edges, sizeof *fa->edges, fa->nedges + 1);
  fa->notes = xgrow(fa, fa->notes, &cap, sizeof *fa->notes, fa->nedges + 1);
  fa->edges[fa->nedges] = (esc_edge){.kind = kind, .dst = dst, .src = src, .loc = loc,
                                     .step = ESC_STEP_NONE, .text = ""};
  fa->notes[fa->nedges++] = note;
}

uint32_t esc__fa_site(esc__fa *fa, esc__site_kind kind, uint32_t call, const char *allocator) {
  const esc_call *c = &fa->f->calls[call];
  esc_node_id node = esc__fa_node(fa, ESC_NODE_ALLOC, allocator);
  fa->nodes[node].call = call;
  fa->nodes[node].decl = c->loc;
  fa->nodes[node].decl_loop = c->loop;
  fa->sites = xgrow(fa, fa->sites, &fa->cap_sites, sizeof *fa->sites, fa->nsites + 1);
  fa->sites[fa->nsites] = (esc__site){.node = node, .call = call, .kind = kind, .allocator = allocator};
  return fa->nsites++;
}

void esc__fa_event(esc__fa *fa, esc__event_kind kind, esc_node_id node,
                   uint32_t call, const char *by) {
  if (node == ESC_NONE)
    return;
  fa->events = xgrow(fa, fa->events, &fa->cap_events, sizeof *fa->events, fa->nevents + 1);
  fa->events[fa->nevents++] = (esc__event){.kind = kind, .node = node, .call = call, .by = by};
}

bool esc__is_frame_object(esc_node_kind k) {
  return k == ESC_NODE_LOCAL || k == ESC_NODE_PARAM || k == ESC_NODE_ALLOC;
}
