/* The solver against a naive oracle: random graphs (bounded size, fixed
 * seeds) solved by esc__solve and by a plain fixpoint over a bit matrix
 * written here from graph.h's rules, which must agree fact for fact; and
 * every fact's provenance must lead back to a seed or an ADDR edge over
 * facts that exist. Cycles, self loops and stores through loads come up
 * in the random graphs and in a fixed case. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "internal.h"

enum { MAX_NODES = 48 };

typedef struct oracle {
  uint32_t n;
  bool pts[MAX_NODES * 4][MAX_NODES * 4];
} oracle;

static bool add(oracle *o, uint32_t h, uint32_t x) {
  if (o->pts[h][x])
    return false;
  o->pts[h][x] = true;
  return true;
}

static bool copy_all(oracle *o, uint32_t dst, uint32_t src) {
  bool changed = false;
  for (uint32_t x = 0; x < o->n; x++)
    if (o->pts[src][x])
      changed |= add(o, dst, x);
  return changed;
}

/* graph.h's rules, applied until nothing changes. */
static void naive_solve(const esc__fa *fa, oracle *o) {
  memset(o, 0, sizeof *o);
  o->n = fa->nnodes;
  esc_node_id ext = fa->f->external;
  bool changed = true;
  while (changed) {
    changed = false;
    for (uint32_t n = 0; n < o->n; n++) {
      const esc_node *nd = &fa->nodes[n];
      for (uint32_t m = 0; m < o->n; m++) {
        const esc_node *md = &fa->nodes[m];
        bool same = md->param_index == nd->param_index;
        if ((nd->kind == ESC_NODE_PARAM && md->kind == ESC_NODE_PARAM_OBJ && same) ||
            (nd->kind == ESC_NODE_PARAM_OBJ && md->kind == ESC_NODE_PARAM_DEEP && same))
          changed |= add(o, n, m);
      }
      if (nd->kind == ESC_NODE_PARAM_DEEP || nd->kind == ESC_NODE_EXTERNAL)
        changed |= add(o, n, n);
      if (nd->kind == ESC_NODE_GLOBAL) {
        changed |= add(o, n, ext);
        changed |= copy_all(o, ext, n);
      }
    }
    for (uint32_t x = 0; x < o->n; x++)
      if (o->pts[ext][x]) {
        changed |= add(o, x, ext);
        changed |= copy_all(o, ext, x);
      }
    for (uint32_t e = 0; e < fa->nedges; e++) {
      const esc_edge *ed = &fa->edges[e];
      switch (ed->kind) {
      case ESC_EDGE_ADDR:
        changed |= add(o, ed->dst, ed->src);
        break;
      case ESC_EDGE_COPY:
        changed |= copy_all(o, ed->dst, ed->src);
        break;
      case ESC_EDGE_LOAD:
        for (uint32_t x = 0; x < o->n; x++)
          if (o->pts[ed->src][x])
            changed |= copy_all(o, ed->dst, x);
        break;
      case ESC_EDGE_STORE:
        for (uint32_t x = 0; x < o->n; x++)
          if (o->pts[ed->dst][x])
            changed |= copy_all(o, x, ed->src);
        break;
      }
    }
  }
}

/* Following provenance from every fact ends at a seed or an ADDR edge, and
 * each fact it passes through exists. */
static void check_provenance(const esc__fa *fa) {
  for (uint32_t h = 0; h < fa->nnodes; h++)
    for (uint32_t i = 0; i < fa->pts[h].n; i++) {
      esc_node_id holder = h, obj = fa->pts[h].obj[i];
      uint32_t steps = 0;
      for (;; steps++) {
        uint32_t k = esc__pts_find(&fa->pts[holder], obj);
        CHECK(k != ESC_NONE);
        if (k == ESC_NONE || steps > fa->nnodes * fa->nnodes)
          break;
        esc__prov p = fa->pts[holder].prov[k];
        if (p.kind == ESC__PROV_SEED || p.via == ESC_NONE)
          break;
        if (p.kind == ESC__PROV_CLOSURE && obj == fa->f->external)
          break;
        if (p.kind == ESC__PROV_EDGE)
          CHECK(p.edge < fa->nedges);
        holder = p.via;
      }
      CHECK(steps <= fa->nnodes * fa->nnodes);
    }
}

static void compare(esc__fa *fa) {
  oracle *o = malloc(sizeof *o);
  naive_solve(fa, o);
  for (uint32_t h = 0; h < fa->nnodes; h++)
    for (uint32_t x = 0; x < fa->nnodes; x++)
      if (o->pts[h][x] != esc__pts_has(&fa->pts[h], x)) {
        fprintf(stderr, "fact (%u, %u): oracle %d, solver %d\n", h, x, o->pts[h][x], !o->pts[h][x]);
        test_failures++;
        free(o);
        return;
      }
  check_provenance(fa);
  free(o);
}

/* Solves fn's graph as the passes would, without calls. */
static void solve_and_compare(esc__ctx *cx, esc_function *f) {
  esc__fn fn = {.f = f};
  esc__fa fa;
  esc__fa_init(&fa, cx, &fn);
  CHECK(esc__solve(&fa));
  compare(&fa);
  esc__fa_free(&fa);
}

static const esc_node_kind kinds[] = {ESC_NODE_LOCAL, ESC_NODE_LOCAL, ESC_NODE_TEMP, ESC_NODE_TEMP,
                                      ESC_NODE_GLOBAL, ESC_NODE_ALLOC};

static void random_graph(esc__ctx *cx, unsigned seed) {
  tb t;
  tb_init(&t);
  srand(seed);
  esc_function *f = tb_function(&t, "r", false);
  uint32_t nparams = (uint32_t)rand() % 3;
  for (uint32_t i = 0; i < nparams; i++)
    tb_param(&t, "p");
  uint32_t extra = 4 + (uint32_t)rand() % (MAX_NODES - 16);
  for (uint32_t i = 0; i < extra; i++)
    esc_fn_add_node(&t.u, f, kinds[rand() % 6], "n", at(1), 0);
  uint32_t nedges = (uint32_t)rand() % (3 * f->nnodes);
  for (uint32_t i = 0; i < nedges; i++) {
    esc_node_id a = (uint32_t)rand() % f->nnodes, b = (uint32_t)rand() % f->nnodes;
    esc_fn_add_edge(&t.u, f, (esc_edge_kind)(rand() % 4), a, b, at(i + 2), ESC_STEP_ASSIGN, "x", 0);
  }
  solve_and_compare(cx, f);
  tb_free(&t);
}

/* a = &x; b = a; a = b (a cycle); c = *c (a self load); *a = a. */
static void fixed_cycles(esc__ctx *cx) {
  tb t;
  tb_init(&t);
  tb_function(&t, "c", false);
  esc_node_id x = tb_local(&t, "x"), a = tb_local(&t, "a"), b = tb_local(&t, "b"), c = tb_local(&t, "c");
  tb_addr(&t, a, x, 2);
  tb_assign(&t, b, a, 3);
  tb_assign(&t, a, b, 4);
  tb_assign(&t, b, b, 5);
  tb_load(&t, c, c, 6);
  tb_addr(&t, c, a, 7);
  tb_store(&t, a, a, 8, "*a");
  solve_and_compare(cx, t.f);
  tb_free(&t);
}

int main(void) {
  esc__ctx cx = {0};
  esc_arena_init(&cx.arena);
  fixed_cycles(&cx);
  for (unsigned seed = 1; seed <= 300; seed++)
    random_graph(&cx, seed);
  esc__scratch_free(&cx.scratch);
  esc_arena_free(&cx.arena);
  return tb_report();
}
