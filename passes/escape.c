/* Escape: which objects outlive the frame, and why. An object escapes when
 * a root reaches it through points-to sets (graph.h). Two breadth-first
 * searches over the solved sets give, for every node, a shortest path from
 * a root: one from the hard roots (globals, then EXTERNAL: the object
 * outlives every frame) and one from the soft roots (RETURN, caller memory:
 * the object outlives this frame, perhaps not a caller's; region.c decides).
 * CLOSURE facts are skipped: they only restate reachability (solve.c).
 *
 * The reason follows the path: held by another allocation -> stored-heap;
 * else by the root: a global -> stored-global, RETURN -> returned, caller
 * memory -> stored-param, EXTERNAL -> the reason of the edge that put it
 * there (a call's note: passed-unknown, captured-thread, ...; a store
 * through a pointer the analysis cannot follow -> stored-unknown). */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static void bfs(esc__fa *fa, esc_node_id *parent, esc_node_id *queue, uint32_t head, uint32_t tail) {
  while (head < tail) {
    esc_node_id h = queue[head++];
    const esc__pts *s = &fa->pts[h];
    for (uint32_t i = 0; i < s->n; i++) {
      esc_node_id o = s->obj[i];
      if (s->prov[i].kind == ESC__PROV_CLOSURE || parent[o] != ESC_NONE)
        continue;
      parent[o] = h;
      queue[tail++] = o;
    }
  }
}

static bool is_soft_root(esc_node_kind k) {
  return k == ESC_NODE_RETURN || k == ESC_NODE_PARAM_OBJ || k == ESC_NODE_PARAM_DEEP;
}

static esc_node_id *search(esc__fa *fa, esc_node_id *queue, bool hard) {
  esc_node_id *parent = malloc((fa->nnodes + 1) * sizeof *parent);
  for (uint32_t n = 0; n < fa->nnodes; n++)
    parent[n] = ESC_NONE;
  uint32_t tail = 0;
  /* Globals before EXTERNAL: "stored into global 'g'" says more. */
  for (int pass = 0; pass < 2; pass++)
    for (esc_node_id n = 0; n < fa->nnodes; n++) {
      esc_node_kind k = fa->nodes[n].kind;
      bool root = hard ? (pass == 0 ? k == ESC_NODE_GLOBAL : k == ESC_NODE_EXTERNAL)
                       : pass == 0 && is_soft_root(k);
      if (root) {
        parent[n] = n;
        queue[tail++] = n;
      }
    }
  bfs(fa, parent, queue, 0, tail);
  return parent;
}

esc_node_id *esc__path_to(esc__fa *fa, const esc_node_id *parent, esc_node_id node, uint32_t *n) {
  uint32_t len = 1;
  for (esc_node_id x = node; parent[x] != x; x = parent[x])
    len++;
  esc_node_id *path = esc_arena_alloc(&fa->cx->arena, len * sizeof *path);
  uint32_t k = len;
  for (esc_node_id x = node;; x = parent[x]) {
    path[--k] = x;
    if (parent[x] == x)
      break;
  }
  *n = len;
  return path;
}

/* The global a pointer's EXTERNAL target was loaded from (`p = g` with g a
 * global: what g points to is EXTERNAL), or NULL. */
static const esc_node *global_behind(esc__fa *fa, esc_node_id ptr) {
  esc_node_id holder = ptr, ext = fa->f->external;
  for (int hops = 0; hops < 64; hops++) {
    uint32_t i = esc__pts_find(&fa->pts[holder], ext);
    if (i == ESC_NONE)
      return NULL;
    esc__prov p = fa->pts[holder].prov[i];
    if (p.kind == ESC__PROV_SEED)
      return fa->nodes[holder].kind == ESC_NODE_GLOBAL ? &fa->nodes[holder] : NULL;
    if (p.kind != ESC__PROV_EDGE || p.via == ESC_NONE)
      return NULL;
    holder = p.via;
  }
  return NULL;
}

/* The reason EXTERNAL holds obj: the edge that first put it there. */
static void external_reason(esc__fa *fa, esc_node_id obj, esc__why *why) {
  esc_node_id holder = fa->f->external;
  for (int hops = 0; hops < 64; hops++) {
    uint32_t i = esc__pts_find(&fa->pts[holder], obj);
    if (i == ESC_NONE)
      break;
    esc__prov p = fa->pts[holder].prov[i];
    if (p.kind == ESC__PROV_CLOSURE && fa->nodes[p.via].kind == ESC_NODE_GLOBAL) {
      why->reason = ESC_REASON_STORED_GLOBAL;
      why->detail = esc__fmt(fa->cx, "stored into global '%s'", fa->nodes[p.via].name);
      return;
    }
    if (p.kind != ESC__PROV_EDGE)
      break;
    const esc__note *note = fa->notes[p.edge];
    if (note) {
      why->reason = note->reason;
      why->detail = note->detail;
      return;
    }
    const esc_edge *e = &fa->edges[p.edge];
    const esc_node *global = e->kind == ESC_EDGE_STORE ? global_behind(fa, e->dst) : NULL;
    if (global) {
      why->reason = ESC_REASON_STORED_GLOBAL;
      why->detail = e->text && *e->text
                        ? esc__fmt(fa->cx, "stored into '%s', memory reachable from global '%s'", e->text, global->name)
                        : esc__fmt(fa->cx, "stored into memory reachable from global '%s'", global->name);
      return;
    }
    if (e->kind == ESC_EDGE_STORE) {
      why->reason = ESC_REASON_STORED_UNKNOWN;
      why->detail = e->text && *e->text
                        ? esc__fmt(fa->cx, "stored into '%s', which may point to memory the analysis cannot see", e->text)
                        : "stored through a pointer that may point to memory the analysis cannot see";
      return;
    }
    if (p.via == ESC_NONE || fa->nodes[p.via].kind != ESC_NODE_TEMP)
      break;
    holder = p.via; /* plumbing: keep looking for the edge with the words */
  }
  why->reason = ESC_REASON_STORED_UNKNOWN;
  why->detail = "stored into memory the analysis cannot see";
}

/* Reason and words for an object reached over path (root first). */
static void explain(esc__fa *fa, const esc_node_id *path, uint32_t n, esc__why *why) {
  const esc_node *root = &fa->nodes[path[0]];
  const esc_node *holder = &fa->nodes[path[n - 2]];
  why->flow = esc__flow_path(fa, path, n);
  if (n > 2 && holder->kind == ESC_NODE_ALLOC) {
    why->reason = ESC_REASON_STORED_HEAP;
    why->detail = esc__fmt(fa->cx, "stored into the object allocated by '%s' at line %u, which escapes",
                           holder->name, holder->decl.line);
    return;
  }
  switch (root->kind) {
  case ESC_NODE_GLOBAL:
    why->reason = ESC_REASON_STORED_GLOBAL;
    why->detail = esc__fmt(fa->cx, "stored into global '%s'", root->name);
    break;
  case ESC_NODE_RETURN:
    why->reason = ESC_REASON_RETURNED;
    why->detail = esc__fmt(fa->cx, "returned from '%s'", fa->f->name);
    break;
  case ESC_NODE_PARAM_OBJ:
  case ESC_NODE_PARAM_DEEP:
    why->reason = ESC_REASON_STORED_PARAM;
    why->detail = esc__fmt(fa->cx, "stored into memory reachable from parameter '%s' of '%s'",
                           root->name, fa->f->name);
    break;
  default:
    external_reason(fa, path[1], why);
    break;
  }
}

/* Marks what the frame objects reached from soft roots hold, directly or
 * not: such an object leaves the frame inside another one. */
static bool *tainted_by_frame_objects(esc__fa *fa) {
  bool *tainted = calloc(fa->nnodes + 1, sizeof *tainted);
  esc_node_id *stack = malloc((2 * fa->nnodes + 1) * sizeof *stack);
  bool *seen = calloc(fa->nnodes + 1, sizeof *seen);
  uint32_t top = 0;
  for (esc_node_id n = 0; n < fa->nnodes; n++)
    if (fa->soft[n] != ESC_NONE && esc__is_frame_object(fa->nodes[n].kind)) {
      seen[n] = true;
      stack[top++] = n;
    }
  while (top) {
    const esc__pts *s = &fa->pts[stack[--top]];
    for (uint32_t i = 0; i < s->n; i++) {
      esc_node_id o = s->obj[i];
      if (s->prov[i].kind == ESC__PROV_CLOSURE || tainted[o])
        continue;
      tainted[o] = true;
      if (!seen[o]) {
        seen[o] = true;
        stack[top++] = o;
      }
    }
  }
  free(seen);
  free(stack);
  return tainted;
}

bool esc__why_of(esc__fa *fa, esc_node_id node, esc__why *why) {
  const esc_node_id *parent = fa->hard[node] != ESC_NONE ? fa->hard : fa->soft;
  if (parent[node] == ESC_NONE || parent[node] == node)
    return false;
  uint32_t n;
  const esc_node_id *path = esc__path_to(fa, parent, node, &n);
  explain(fa, path, n, why);
  return true;
}

void esc__escape(esc__fa *fa) {
  esc_node_id *queue = malloc((fa->nnodes + 1) * sizeof *queue);
  fa->hard = search(fa, queue, true);
  fa->soft = search(fa, queue, false);
  free(queue);
  fa->tainted = tainted_by_frame_objects(fa);
  const esc__pts *ret = &fa->pts[fa->f->ret];
  for (uint32_t s = 0; s < fa->nsites; s++) {
    esc__site *site = &fa->sites[s];
    esc_node_id node = site->node;
    site->returned = esc__pts_has(ret, node);
    site->tainted = fa->tainted[node];
    if (!esc__why_of(fa, node, &site->why)) {
      site->escape = ESC__ESCAPE_NONE;
      continue;
    }
    site->escape = fa->hard[node] != ESC_NONE ? ESC__ESCAPE_HARD : ESC__ESCAPE_SOFT;
    site->exportable = site->escape == ESC__ESCAPE_SOFT && fa->soft[fa->soft[node]] == fa->soft[node] &&
                       !site->tainted;
  }
}
