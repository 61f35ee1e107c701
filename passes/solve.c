/* The points-to solver: Andersen's inclusion constraints over the four edge
 * kinds of graph.h, solved with a worklist and difference propagation.
 *
 * Each node keeps its set in insertion order (pts.c); obj[0..done) has
 * already gone along every out-edge, so a node on the worklist only pushes
 * its new suffix. Loads and stores become copy edges once the pointer's
 * targets are known (`d = *p` with o in pts(p) is the copy o -> d; `*p = s`
 * is s -> o), deduplicated by (src, dst). The cost is the number of facts
 * times the out-degree they travel, with no scan over all nodes per step.
 *
 * Seeds (graph.h): param i -> PARAM_OBJ i -> PARAM_DEEP i -> itself; every
 * GLOBAL and EXTERNAL -> EXTERNAL. What a global holds is visible to code
 * we cannot see, so it is copied into EXTERNAL; and whatever EXTERNAL
 * reaches may be rewritten by that code, so it points to EXTERNAL (the
 * CLOSURE facts). Every fact records its provenance for flow.c.
 *
 * Andersen's worst case is cubic: a function whose pointers all flow into
 * each other (thousands of allocations stored through each other) can
 * derive billions of facts. The solver stops after FACT_BUDGET attempts to
 * add a fact (or esc_options.solver_budget; the largest function of SQLite
 * needs about 0.5 million) and says so; analyze.c then gives up on that
 * function, soundly. */
#include "internal.h"

typedef struct copy_edge {
  esc_node_id dst;
  uint32_t edge;
  uint8_t kind;
} copy_edge;

typedef struct copies {
  copy_edge *items;
  uint32_t n, cap;
} copies;

typedef struct edge_list {
  uint32_t *items;
  uint32_t n, cap;
} edge_list;

enum { FACT_BUDGET = 20 * 1000 * 1000 };

typedef struct solver {
  esc__fa *fa;
  esc__scratch *mem;  /* everything below lives here until the function is done */
  uint64_t attempts;  /* add_fact calls, against FACT_BUDGET */
  copies *out;        /* per node: copy edges leaving it */
  edge_list *loads;   /* per node p: edges d = *p */
  edge_list *stores;  /* per node p: edges *p = s */
  uint64_t *pairs;    /* (src, dst) + 1 of every copy edge; 0 empty */
  uint32_t npairs, pair_cap;
  esc_node_id *queue; /* ring of nnodes + 1 */
  uint32_t head, tail;
  bool *queued;
} solver;

/* Doubles an edge list's array in the function's scratch memory. */
static void *grow(solver *s, void *p, uint32_t *cap, size_t item) {
  uint32_t old = *cap;
  *cap = old ? 2 * old : 4;
  return esc__scratch_grow(s->mem, p, old * item, *cap * item);
}

static void push(solver *s, esc_node_id n) {
  if (s->queued[n])
    return;
  s->queued[n] = true;
  s->queue[s->tail] = n;
  s->tail = (s->tail + 1) % (s->fa->nnodes + 1);
}

static void add_fact(solver *s, esc_node_id holder, esc_node_id obj, esc__prov prov) {
  s->attempts++;
  if (esc__pts_add(s->mem, &s->fa->pts[holder], obj, prov))
    push(s, holder);
}

static uint64_t pair_hash(uint64_t key, uint32_t mask) {
  return (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

/* Inserts (src, dst); false if present. Load factor <= 1/2. */
static bool pair_insert(solver *s, esc_node_id src, esc_node_id dst) {
  uint64_t key = ((uint64_t)src << 32 | dst) + 1;
  if (2 * (s->npairs + 1) > s->pair_cap) {
    uint32_t old_cap = s->pair_cap;
    uint64_t *old = s->pairs;
    s->pair_cap = old_cap ? 2 * old_cap : 64;
    s->pairs = esc__scratch_zalloc(s->mem, s->pair_cap * sizeof *s->pairs);
    for (uint32_t i = 0; i < old_cap; i++)
      if (old[i]) {
        uint64_t h = pair_hash(old[i], s->pair_cap - 1);
        while (s->pairs[h])
          h = (h + 1) & (s->pair_cap - 1);
        s->pairs[h] = old[i];
      }
  }
  uint64_t h = pair_hash(key, s->pair_cap - 1);
  for (; s->pairs[h]; h = (h + 1) & (s->pair_cap - 1))
    if (s->pairs[h] == key)
      return false;
  s->pairs[h] = key;
  s->npairs++;
  return true;
}

/* The copy src -> dst: everything src holds now, and later, dst holds. */
static void add_copy(solver *s, esc_node_id src, esc_node_id dst, uint32_t edge, uint8_t kind) {
  if (src == dst || !pair_insert(s, src, dst))
    return;
  copies *c = &s->out[src];
  if (c->n == c->cap)
    c->items = grow(s, c->items, &c->cap, sizeof *c->items);
  c->items[c->n++] = (copy_edge){.dst = dst, .edge = edge, .kind = kind};
  const esc__pts *from = &s->fa->pts[src];
  for (uint32_t i = 0; i < from->n; i++)
    add_fact(s, dst, from->obj[i], (esc__prov){.edge = edge, .via = src, .kind = kind});
}

static void list_add(solver *s, edge_list *l, uint32_t e) {
  if (l->n == l->cap)
    l->items = grow(s, l->items, &l->cap, sizeof *l->items);
  l->items[l->n++] = e;
}

/* The model's seeds and the ADDR edges; loads and stores are indexed by
 * their pointer. */
static void seed(solver *s) {
  esc__fa *fa = s->fa;
  esc_node_id ext = fa->f->external;
  esc_node_id *obj_of = esc__scratch_zalloc(s->mem, (2 * (size_t)fa->f->nparams + 1) * sizeof *obj_of);
  for (esc_node_id n = 0; n < fa->nnodes; n++) {
    const esc_node *nd = &fa->nodes[n];
    if (nd->kind == ESC_NODE_PARAM_OBJ)
      obj_of[2 * nd->param_index] = n;
    else if (nd->kind == ESC_NODE_PARAM_DEEP)
      obj_of[2 * nd->param_index + 1] = n;
  }
  const esc__prov seeded = {.edge = ESC_NONE, .via = ESC_NONE, .kind = ESC__PROV_SEED};
  for (esc_node_id n = 0; n < fa->nnodes; n++) {
    const esc_node *nd = &fa->nodes[n];
    switch (nd->kind) {
    case ESC_NODE_PARAM:
      add_fact(s, n, obj_of[2 * nd->param_index], seeded);
      break;
    case ESC_NODE_PARAM_OBJ:
      add_fact(s, n, obj_of[2 * nd->param_index + 1], seeded);
      break;
    case ESC_NODE_PARAM_DEEP:
      add_fact(s, n, n, seeded);
      break;
    case ESC_NODE_GLOBAL:
      add_fact(s, n, ext, seeded);
      add_copy(s, n, ext, ESC_NONE, ESC__PROV_CLOSURE);
      break;
    case ESC_NODE_EXTERNAL:
      add_fact(s, n, n, seeded);
      break;
    default:
      break;
    }
  }
  for (uint32_t e = 0; e < fa->nedges; e++) {
    const esc_edge *ed = &fa->edges[e];
    if (ed->dst == ESC_NONE || ed->src == ESC_NONE)
      continue;
    switch (ed->kind) {
    case ESC_EDGE_ADDR:
      add_fact(s, ed->dst, ed->src, (esc__prov){.edge = e, .via = ESC_NONE, .kind = ESC__PROV_EDGE});
      break;
    case ESC_EDGE_COPY:
      add_copy(s, ed->src, ed->dst, e, ESC__PROV_EDGE);
      break;
    case ESC_EDGE_LOAD:
      list_add(s, &s->loads[ed->src], e);
      break;
    case ESC_EDGE_STORE:
      list_add(s, &s->stores[ed->dst], e);
      break;
    }
  }
}

/* Pushes node n's new objects along loads, stores, the closure and its
 * copy edges. Arrays are re-read by index: adding facts may move them. */
static void propagate(solver *s, esc_node_id n) {
  esc__fa *fa = s->fa;
  uint32_t from = fa->pts[n].done, to = fa->pts[n].n;
  fa->pts[n].done = to;
  for (uint32_t i = from; i < to; i++) {
    esc_node_id o = fa->pts[n].obj[i];
    for (uint32_t k = 0; k < s->loads[n].n; k++) {
      uint32_t e = s->loads[n].items[k];
      add_copy(s, o, fa->edges[e].dst, e, ESC__PROV_EDGE);
    }
    for (uint32_t k = 0; k < s->stores[n].n; k++) {
      uint32_t e = s->stores[n].items[k];
      add_copy(s, fa->edges[e].src, o, e, ESC__PROV_EDGE);
    }
    if (n == fa->f->external && o != n) {
      add_fact(s, o, n, (esc__prov){.edge = ESC_NONE, .via = n, .kind = ESC__PROV_CLOSURE});
      add_copy(s, o, n, ESC_NONE, ESC__PROV_CLOSURE);
    }
  }
  for (uint32_t k = 0; k < s->out[n].n; k++) {
    copy_edge c = s->out[n].items[k];
    for (uint32_t i = from; i < to; i++)
      add_fact(s, c.dst, fa->pts[n].obj[i], (esc__prov){.edge = c.edge, .via = n, .kind = c.kind});
  }
}

bool esc__solve(esc__fa *fa) {
  uint32_t nn = fa->nnodes;
  esc__scratch *mem = &fa->cx->scratch;
  solver s = {.fa = fa, .mem = mem};
  fa->pts = esc__scratch_zalloc(mem, (nn + 1) * sizeof *fa->pts);
  s.out = esc__scratch_zalloc(mem, (nn + 1) * sizeof *s.out);
  s.loads = esc__scratch_zalloc(mem, (nn + 1) * sizeof *s.loads);
  s.stores = esc__scratch_zalloc(mem, (nn + 1) * sizeof *s.stores);
  s.queue = esc__scratch_alloc(mem, (nn + 1) * sizeof *s.queue);
  s.queued = esc__scratch_zalloc(mem, (nn + 1) * sizeof *s.queued);
  seed(&s);
  uint64_t budget = fa->cx->opt.solver_budget ? fa->cx->opt.solver_budget : FACT_BUDGET;
  while (s.head != s.tail && s.attempts < budget) {
    esc_node_id n = s.queue[s.head];
    s.head = (s.head + 1) % (nn + 1);
    s.queued[n] = false;
    propagate(&s, n);
  }
  return s.attempts < budget;
}
