/* esc_analyze_unit: the order of the passes (analyze.h).
 *   1. the call graph's SCCs, callees first (callgraph.c);
 *   2. per SCC, each function: its calls as edges (effects.c, using the
 *      summaries of the functions it calls), the solver (solve.c), escape
 *      (escape.c), lifetimes (lifetimes.c), its summary (summary.c). A
 *      recursive SCC starts from empty summaries and its members are
 *      analyzed again, as a worklist, until no summary changes; if that
 *      takes too long, its functions are treated as unknown (every argument
 *      escapes) and analyzed once more;
 *   3. the verdict of every site (verdict.c), asking region.c about objects
 *      handed back to callers, now that every caller has been analyzed. */
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_ROUNDS = 8, DEFAULT_MAX_STACK = 4096 };

/* Formats once into a stack buffer; only longer text is formatted again. */
const char *esc__fmt(esc__ctx *cx, const char *fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0)
    return "";
  size_t len = (size_t)n;
  char *s = esc_arena_alloc(&cx->arena, len + 1);
  if (len < sizeof buf) {
    memcpy(s, buf, len + 1);
    return s;
  }
  va_start(ap, fmt);
  vsnprintf(s, len + 1, fmt, ap);
  va_end(ap);
  return s;
}

static uint32_t hash_name(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static void index_names(esc__ctx *cx) {
  cx->name_cap = 16;
  while (cx->name_cap < 2 * cx->nfns + 2)
    cx->name_cap *= 2;
  cx->name_tab = esc_arena_alloc(&cx->arena, cx->name_cap * sizeof *cx->name_tab);
  for (uint32_t k = 0; k < cx->nfns; k++) {
    if (esc__ctx_find(cx, cx->fns[k].f->name))
      continue; /* the first definition wins */
    uint32_t h = hash_name(cx->fns[k].f->name) & (cx->name_cap - 1);
    while (cx->name_tab[h])
      h = (h + 1) & (cx->name_cap - 1);
    cx->name_tab[h] = k + 1;
  }
}

esc__fn *esc__ctx_find(const esc__ctx *cx, const char *name) {
  if (!name || !cx->name_cap)
    return NULL;
  for (uint32_t h = hash_name(name) & (cx->name_cap - 1); cx->name_tab[h]; h = (h + 1) & (cx->name_cap - 1))
    if (strcmp(cx->fns[cx->name_tab[h] - 1].f->name, name) == 0)
      return &cx->fns[cx->name_tab[h] - 1];
  return NULL;
}

/* The solver's budget ran out: every site is heap, and callers treat the
 * function as one they cannot see. */
static void give_up(esc__ctx *cx, esc__fn *fn, esc__fa *fa) {
  for (uint32_t s = 0; s < fa->nsites; s++) {
    fa->sites[s].escape = ESC__ESCAPE_HARD;
    fa->sites[s].why = (esc__why){
        .reason = ESC_REASON_UNMODELED,
        .detail = esc__fmt(cx, "'%s' is too large for the points-to solver's budget", fn->f->name)};
  }
  fn->unknown = true;
}

/* Analyzes fn with the callees' current summaries; keeps its sites and
 * returns its summary (NULL if it gave up). */
static esc__summary *analyze_function(esc__ctx *cx, esc__fn *fn) {
  esc__fa fa;
  esc__fa_init(&fa, cx, fn);
  esc__effects(&fa);
  fa.site_of = esc__scratch_alloc(&cx->scratch, (fa.nnodes + 1) * sizeof *fa.site_of);
  for (uint32_t n = 0; n < fa.nnodes; n++)
    fa.site_of[n] = ESC_NONE;
  for (uint32_t s = 0; s < fa.nsites; s++)
    fa.site_of[fa.sites[s].node] = s;
  esc__summary *sum = NULL;
  if (esc__solve(&fa)) {
    esc__escape(&fa);
    esc__lifetimes(&fa);
    sum = esc__summarize(&fa);
  } else {
    give_up(cx, fn, &fa);
  }
  fn->nsites = fa.nsites;
  fn->sites = esc_arena_alloc(&cx->arena, (fa.nsites + 1) * sizeof *fn->sites);
  if (fa.nsites)
    memcpy(fn->sites, fa.sites, fa.nsites * sizeof *fa.sites);
  fn->call_site = esc_arena_alloc(&cx->arena, (fn->f->ncalls + 1) * sizeof *fn->call_site);
  memcpy(fn->call_site, fa.call_site, fn->f->ncalls * sizeof *fn->call_site);
  esc__fa_free(&fa);
  return sum;
}

/* The position of function w among the members of the SCC that members
 * (a run of cx->sccs->order) lists, or ESC_NONE if it is not one of them. */
static uint32_t member_of(const esc__ctx *cx, const uint32_t *members, uint32_t n, uint32_t w) {
  if (w == ESC_NONE)
    return ESC_NONE;
  uint32_t at = cx->sccs->position[w] - (uint32_t)(members - cx->sccs->order);
  return at < n ? at : ESC_NONE;
}

/* The members of an SCC in the postorder of a depth-first walk along its
 * calls (order[r] is a position in members): a callee comes before its
 * callers except where a cycle closes. */
static uint32_t *callees_first(const esc__ctx *cx, const uint32_t *members, uint32_t n) {
  uint32_t *order = malloc((n + 1) * sizeof *order), norder = 0;
  uint32_t (*stack)[2] = malloc((n + 1) * sizeof *stack); /* member, next call */
  bool *seen = calloc(n + 1, sizeof *seen);
  for (uint32_t root = 0; root < n; root++) {
    if (seen[root])
      continue;
    uint32_t depth = 0;
    stack[depth][0] = root;
    stack[depth++][1] = 0;
    seen[root] = true;
    while (depth) {
      uint32_t k = stack[depth - 1][0];
      const esc_function *f = cx->fns[members[k]].f;
      if (stack[depth - 1][1] < f->ncalls) {
        uint32_t w = member_of(cx, members, n,
                               esc__callee_index(&cx->fns[members[k]], stack[depth - 1][1]++));
        if (w != ESC_NONE && !seen[w]) {
          seen[w] = true;
          stack[depth][0] = w;
          stack[depth++][1] = 0;
        }
        continue;
      }
      order[norder++] = k;
      depth--;
    }
  }
  free(stack);
  free(seen);
  return order;
}

/* A recursive SCC is solved by chaotic iteration: every member starts from
 * an empty summary; a member whose summary changes puts the members that
 * call it back on the worklist. When the worklist empties, every member's
 * last analysis saw the final summaries of its callees, which is what makes
 * its sites and summary sound. The worklist always yields its member that
 * comes first in callees_first's order, so a caller waits until its
 * callees have settled instead of being analyzed again after each of them
 * changes (docs/benchmarks-analyzer.md has the counts on SQLite). Which of
 * several escape paths a heap finding names can depend on this order; the
 * verdicts cannot. After MAX_ROUNDS analyses per member the members become
 * unknown to their callers and are analyzed once more. */
static void analyze_recursive(esc__ctx *cx, const uint32_t *members, uint32_t n) {
  uint32_t *order = callees_first(cx, members, n);
  uint32_t *rank = malloc((n + 1) * sizeof *rank);
  bool *queued = malloc((n + 1) * sizeof *queued); /* by rank */
  for (uint32_t r = 0; r < n; r++) {
    rank[order[r]] = r;
    queued[r] = true;
  }
  uint32_t first = 0; /* no rank before it is queued */
  for (uint64_t budget = (uint64_t)MAX_ROUNDS * n; budget; budget--) {
    while (first < n && !queued[first])
      first++;
    if (first == n)
      break;
    uint32_t k = order[first];
    queued[first] = false;
    esc__fn *fn = &cx->fns[members[k]];
    esc__summary *sum = analyze_function(cx, fn);
    bool changed = !esc__summary_equal(sum, fn->sum);
    fn->sum = sum;
    for (uint32_t c = cx->caller_start[members[k]]; changed && c < cx->caller_start[members[k] + 1]; c++) {
      uint32_t caller = member_of(cx, members, n, cx->callers[c][0]);
      if (caller == ESC_NONE)
        continue;
      queued[rank[caller]] = true;
      if (rank[caller] < first)
        first = rank[caller];
    }
  }
  while (first < n && !queued[first])
    first++;
  if (first < n) {
    for (uint32_t k = 0; k < n; k++)
      cx->fns[members[k]].unknown = true;
    for (uint32_t k = 0; k < n; k++)
      cx->fns[members[k]].sum = analyze_function(cx, &cx->fns[members[k]]);
  }
  free(order);
  free(rank);
  free(queued);
}

static void analyze_scc(esc__ctx *cx, const uint32_t *members, uint32_t n, bool recursive) {
  if (recursive)
    analyze_recursive(cx, members, n);
  else
    cx->fns[members[0]].sum = analyze_function(cx, &cx->fns[members[0]]);
}

void esc_analyze_unit(esc_unit *u, const esc_options *opt, esc_findings *out) {
  esc__ctx cx = {.u = u};
  esc_arena_init(&cx.arena);
  if (opt)
    cx.opt = *opt;
  else
    cx.opt.max_stack_bytes = DEFAULT_MAX_STACK;
  cx.nfns = u->nfunctions;
  cx.fns = esc_arena_alloc(&cx.arena, (cx.nfns + 1) * sizeof *cx.fns);
  for (uint32_t k = 0; k < cx.nfns; k++)
    cx.fns[k] = (esc__fn){.f = u->functions[k], .index = k};
  index_names(&cx);
  esc__classify_calls(&cx);
  esc__sccs sccs;
  esc__callgraph(&cx, &sccs);
  cx.sccs = &sccs;
  esc__schedule(&cx, analyze_scc);
  esc__scratch_free(&cx.scratch);
  cx.file_names = esc_arena_alloc(&cx.arena, (u->nfiles + 1) * sizeof *cx.file_names);
  for (uint32_t k = 0; k < cx.nfns; k++)
    esc__emit(&cx, &cx.fns[k], out);
  esc_arena_free(&cx.arena);
}
