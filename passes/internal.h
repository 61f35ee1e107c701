/* The passes' shared internals (names esc__): what one analysis of one
 * function holds while it runs (esc__fa), what it leaves behind for the
 * passes that come after (esc__fn: sites, summary), and the unit-wide
 * context (esc__ctx). docs/analysis.md explains the model; each pass lives
 * in its own file:
 *
 *   fa.c          one function's graph as the passes extend it
 *   callees.c     what a called name is (allocator, deallocator, ...)
 *   libc_model.c  the C library and POSIX functions the passes know
 *   sizes.c       the size of each allocation, in constants and parameters
 *   effects.c     every call turned into edges, nodes and events
 *   scratch.c     the memory of one function's analysis
 *   pages.c       huge-page-friendly mappings for it and for arena.c
 *   pts.c         one points-to set with the provenance of each fact
 *   solve.c       the Andersen solver (difference propagation)
 *   flow.c        provenance -> the steps of a finding's flow
 *   escape.c      roots, paths to roots, reasons
 *   lifetimes.c   frees, realloc and loop-carried objects
 *   summary.c     what a function does to its parameters, for its callers
 *   callgraph.c   strongly connected components of the call graph
 *   schedule.c    the SCCs analyzed on several threads, callees first
 *   region.c      objects whose lifetime is a caller's frame
 *   verdict.c     the finding of every allocation site
 *   analyze.c     the order of it all (esc_analyze_unit)
 *
 * Glossary. OBJECT: a node that can be pointed to (local, parameter
 * storage, global, allocation, caller memory, EXTERNAL). HOLDER of o: a node
 * whose points-to set contains o. HARD root: GLOBAL or EXTERNAL (the object
 * outlives every frame). SOFT root: RETURN, PARAM_OBJ, PARAM_DEEP (the object
 * outlives this frame but perhaps not a caller's). SITE: an allocation
 * object the passes made for a call (allocator, wrapper, or a proxy for
 * what a callee hands back). */
#ifndef ESC_INTERNAL_H
#define ESC_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analyze.h"

/* ** {====== Flows */

typedef struct esc__step {
  esc_loc loc;
  const char *message;
} esc__step;

typedef struct esc__flow {
  uint32_t n;
  const esc__step *steps;
} esc__flow;

/* ** }====== */

/* ** {====== Points-to sets */

typedef enum esc__prov_kind {
  ESC__PROV_SEED,    /* given by the model (param -> PARAM_OBJ, ...) */
  ESC__PROV_EDGE,    /* derived over edge `edge` from fact (via, same object) */
  ESC__PROV_CLOSURE, /* what EXTERNAL reaches holds EXTERNAL, and the reverse */
} esc__prov_kind;

/* How a fact (holder, object) was first derived. */
typedef struct esc__prov {
  uint32_t edge;
  esc_node_id via;
  uint8_t kind;
} esc__prov;

/* A set of objects in insertion order, hashed once it is large.
 * Invariant: obj[0..done) have been propagated along every out-edge. */
typedef struct esc__pts {
  uint32_t n, cap, done;
  esc_node_id *obj;
  esc__prov *prov;
  uint32_t *tab, tab_cap; /* open addressing, 1 + index into obj; 0 empty */
} esc__pts;

bool esc__pts_has(const esc__pts *s, esc_node_id o);
/* Adds o with its provenance, growing s in m; false if it was there already. */
struct esc__scratch;
bool esc__pts_add(struct esc__scratch *m, esc__pts *s, esc_node_id o, esc__prov prov);
/* Index of o in s->obj, or ESC_NONE. */
uint32_t esc__pts_find(const esc__pts *s, esc_node_id o);

/* ** }====== */

/* ** {====== Sizes */

/* size = product of factors; each factor is a constant or a parameter of the
 * function holding the site (param != ESC_NONE). */
typedef struct esc__size {
  bool known;       /* false: not expressible (size unknown) */
  uint8_t nfactors;
  int64_t konst[2];
  uint32_t param[2];
  uint32_t arg_first, arg_last; /* the call's size arguments; ESC_NONE none */
} esc__size;

/* ** }====== */

/* ** {====== Sites and events */

typedef enum esc__site_kind {
  ESC__SITE_ALLOC,   /* malloc & co, or a user-named allocator */
  ESC__SITE_WRAPPER, /* a call of an allocator wrapper of this unit */
  ESC__SITE_PROXY,   /* the fresh objects a non-wrapper callee hands back */
} esc__site_kind;

typedef enum esc__escape_kind {
  ESC__ESCAPE_NONE,
  ESC__ESCAPE_SOFT, /* reaches only soft roots */
  ESC__ESCAPE_HARD, /* reaches a hard root (or a soft one through another object) */
} esc__escape_kind;

/* One reason with its words and flow. */
typedef struct esc__why {
  esc_reason reason;
  const char *detail;
  esc__flow flow;
} esc__why;

typedef struct esc__site {
  esc_node_id node;
  uint32_t call;
  esc__site_kind kind;
  const char *allocator;
  esc__size size;
  /* filled by escape.c and lifetimes.c once the function is solved */
  uint8_t escape;      /* esc__escape_kind */
  bool exportable;     /* soft, held directly by soft roots only, lifetime ok */
  bool tainted;        /* reachable from a frame object that soft roots reach */
  bool returned;       /* RETURN holds it directly */
  esc__why why;        /* the escape */
  esc__why life;       /* realloc / ambiguous-free / freed-elsewhere */
  esc__why loop;       /* loop-carried */
} esc__site;

typedef enum esc__event_kind {
  ESC__EVENT_FREE,            /* a plain free of what the node points to */
  ESC__EVENT_FREED_ELSEWHERE, /* freed by a callee that is not a deallocator */
  ESC__EVENT_REALLOC,
} esc__event_kind;

typedef struct esc__event {
  esc__event_kind kind;
  esc_node_id node;
  uint32_t call;
  const char *by; /* the function that frees or reallocates */
} esc__event;

/* ** }====== */

/* ** {====== Summaries */

enum { ESC__HOLD_RET, ESC__HOLD_PO, ESC__HOLD_PD };
enum { ESC__OBJ_PO, ESC__OBJ_PD, ESC__OBJ_EXT, ESC__OBJ_FRESH };

/* The callee's HOLDER (its return value, or caller memory of a parameter)
 * may hold OBJ (caller memory of a parameter, unknown memory, or fresh
 * objects of the callee). */
typedef struct esc__rel {
  uint8_t holder, obj;
  uint32_t holder_param, obj_param;
} esc__rel;

/* What the callee does to PARAM_OBJ / PARAM_DEEP of one parameter. */
typedef struct esc__objfx {
  bool escapes, freed, realloced;
  esc__why why; /* the escape, in the callee's words */
  const char *at_call; /* why's words as a caller says them (summary.c) */
} esc__objfx;

typedef struct esc__summary {
  uint32_t nparams;
  esc__rel *rels;
  uint32_t nrels;
  esc__objfx *fx;      /* 2 * nparams: PARAM_OBJ i at 2i, PARAM_DEEP i at 2i+1 */
  bool allocator;      /* returns only fresh objects kept nowhere else */
  bool fresh_holds;    /* its fresh objects may hold pointers */
  esc__size size;      /* allocator: the size, in its parameters */
  bool deallocator;    /* only frees parameter dealloc_param */
  uint32_t dealloc_param;
} esc__summary;

/* ** }====== */

/* ** {====== Functions and the unit */

/* What the passes keep about one defined function. */
typedef struct esc__fn {
  esc_function *f;
  uint32_t index;
  const struct esc__call_class *calls; /* per call: what it calls (callees.c) */
  esc__summary *sum;   /* NULL: not known yet (callers treat it as empty) */
  bool unknown;        /* callers treat it as a function without a body */
  esc__site *sites;    /* the last analysis' sites */
  uint32_t nsites;
  uint32_t *call_site; /* per call: site made for it (WRAPPER/PROXY), or ESC_NONE */
  uint8_t region;      /* region.c's memo */
  const char *region_words;
  esc__why region_fail;
} esc__fn;

/* scratch.c: memory for one function's analysis, released all at once
 * (esc__scratch_reset) when the function is done and reused for the next;
 * not zeroed unless asked. */
typedef struct esc__scratch_block esc__scratch_block;
typedef struct esc__scratch {
  esc__scratch_block *head, *cur;
  void *last; /* the newest allocation, which grows in place */
} esc__scratch;
void *esc__scratch_alloc(esc__scratch *s, size_t n);
void *esc__scratch_zalloc(esc__scratch *s, size_t n);
/* old's first old_n bytes in a block of new_n bytes (in place if it can). */
void *esc__scratch_grow(esc__scratch *s, void *old, size_t old_n, size_t new_n);
void esc__scratch_reset(esc__scratch *s);
void esc__scratch_free(esc__scratch *s);

typedef struct esc__ctx {
  esc_unit *u;
  esc_options opt;
  esc_arena arena;     /* summaries, sites, words: freed at the end */
  esc__scratch scratch; /* the function being analyzed (esc__fa) */
  esc__fn *fns;
  uint32_t nfns;
  uint32_t *name_tab, name_cap; /* function name hash: 1 + index */
  /* callees.c: the calls of function k are callers[caller_start[k] ..
   * caller_start[k + 1]), each (function index, call index). */
  uint32_t *caller_start;
  uint32_t (*callers)[2];
  const struct esc__sccs *sccs; /* callgraph.c, once computed */
  const char **file_names; /* verdict.c: u->files copied into the findings */
} esc__ctx;

/* The defined function called name, or NULL. */
esc__fn *esc__ctx_find(const esc__ctx *cx, const char *name);
/* printf into cx's arena. */
const char *esc__fmt(esc__ctx *cx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ** }====== */

/* ** {====== One function's analysis */

/* The graph of one function as the passes see it: the frontend's nodes and
 * edges, then those the passes add for calls (notes[e] != NULL). */
typedef struct esc__fa {
  esc__ctx *cx;
  esc__fn *fn;
  esc_function *f;
  esc_node *nodes;
  uint32_t nnodes, cap_nodes;
  esc_edge *edges;
  const struct esc__note **notes;
  uint32_t nedges, cap_edges;
  esc__pts *pts;       /* per node, once solved */
  esc__site *sites;
  uint32_t nsites, cap_sites;
  uint32_t *site_of;   /* per node: index into sites, or ESC_NONE */
  esc__event *events;
  uint32_t nevents, cap_events;
  uint32_t *call_site; /* per call, as esc__fn.call_site */
  uint32_t other_calls;   /* calls that are not deallocations */
  uint32_t dealloc_calls;
  /* escape.c: BFS parents over points-to from hard / soft roots; ESC_NONE
   * unreached, a root is its own parent. */
  esc_node_id *hard, *soft;
  bool *tainted;       /* held by a frame object that soft roots reach */
} esc__fa;

/* Why an edge added by the passes exists. */
typedef struct esc__note {
  esc_reason reason;     /* an edge into EXTERNAL: why that escapes */
  const char *detail;    /* the finding's words for it */
  esc__flow callee_flow; /* steps inside a callee, shown after the edge's own */
} esc__note;

void esc__fa_init(esc__fa *fa, esc__ctx *cx, esc__fn *fn);
void esc__fa_free(esc__fa *fa);
esc_node_id esc__fa_node(esc__fa *fa, esc_node_kind kind, const char *name);
void esc__fa_edge(esc__fa *fa, esc_edge_kind kind, esc_node_id dst, esc_node_id src,
                  esc_loc loc, const esc__note *note);
uint32_t esc__fa_site(esc__fa *fa, esc__site_kind kind, uint32_t call, const char *allocator);
void esc__fa_event(esc__fa *fa, esc__event_kind kind, esc_node_id node,
                   uint32_t call, const char *by);
bool esc__is_frame_object(esc_node_kind k);

/* ** }====== */

/* ** {====== The passes */

/* callees.c */
typedef enum esc__callee_kind {
  ESC__CALLEE_ALLOCATOR,   /* a site (malloc, calloc, ..., --allocator) */
  ESC__CALLEE_DEALLOCATOR, /* free, --deallocator */
  ESC__CALLEE_DEFINED,     /* a function of this unit */
  ESC__CALLEE_LIBRARY,     /* in libc_model.c */
  ESC__CALLEE_UNKNOWN,
  ESC__CALLEE_INDIRECT,
} esc__callee_kind;

/* How an allocator's call reads: where the size is, what else it does. */
typedef enum esc__alloc_how {
  ESC__ALLOC_ARG0,       /* malloc(n), valloc(n) */
  ESC__ALLOC_ARG1,       /* aligned_alloc(a, n), memalign(a, n), realloc(p, n) */
  ESC__ALLOC_ARG01,      /* calloc(n, s) */
  ESC__ALLOC_ARG12,      /* reallocarray(p, n, s) */
  ESC__ALLOC_ARG2_OUT0,  /* posix_memalign(&p, a, n): the object goes to *arg0 */
  ESC__ALLOC_STRDUP,     /* strdup(s) */
  ESC__ALLOC_STRNDUP,    /* strndup(s, n) */
  ESC__ALLOC_USER,       /* --allocator NAME: size = its only argument */
} esc__alloc_how;

typedef struct esc__allocator {
  esc__alloc_how how;
  bool reallocs;         /* arg0's object is reallocated (realloc, reallocarray) */
} esc__allocator;

/* What one call calls, classified once per unit: the names and options do
 * not change while the passes run. */
typedef struct esc__call_class {
  esc__callee_kind kind;
  esc__allocator alloc; /* ALLOCATOR: how it reads */
  uint32_t callee;      /* DEFINED: the called function's index, else ESC_NONE */
} esc__call_class;
/* Fills esc__fn.calls of every function and cx's callers index (after
 * the name index is built). */
void esc__classify_calls(esc__ctx *cx);
/* effects.c: the index of f's "..." parameter (graph.h), or ESC_NONE. */
uint32_t esc__varargs_param(const esc_function *f);

/* The name with __builtin_, __*_chk and __isoc99_ wrappings removed, in buf. */
const char *esc__normalize(const char *name, char *buf, size_t len);
/* What a direct call of callee is; *alloc filled for ESC__CALLEE_ALLOCATOR. */
esc__callee_kind esc__classify(const esc__ctx *cx, const char *callee, esc__allocator *alloc);

/* libc_model.c */
typedef struct esc__libfn esc__libfn;
const esc__libfn *esc__libc_find(const char *normalized);
void esc__libc_apply(esc__fa *fa, uint32_t call, const esc__libfn *m);
/* The table is sorted (for the unit tests). */
bool esc__libc_sorted(void);

/* sizes.c */
esc__size esc__size_of_call(const esc_call *c, esc__alloc_how how);
esc__size esc__size_at_call(const esc__size *callee_size, const esc_call *c);
/* The size in bytes (-1 unknown); *over when larger than the limit. */
int64_t esc__size_bytes(const esc__size *s, uint64_t limit, bool *over);

/* effects.c */
void esc__effects(esc__fa *fa);

/* solve.c: false if the function was too large to solve (see solve.c). */
bool esc__solve(esc__fa *fa);

/* flow.c: the steps that brought object obj into holder's points-to set. */
typedef struct esc__flowbuf {
  esc__step *steps;
  uint32_t n, cap;
} esc__flowbuf;
void esc__flow_fact(esc__fa *fa, esc_node_id holder, esc_node_id obj, esc__flowbuf *out);
void esc__flowbuf_push(esc__flowbuf *b, esc_loc loc, const char *message);
esc__flow esc__flowbuf_keep(esc__ctx *cx, esc__flowbuf *b);
/* A path of holders root = path[0] -> ... -> path[n-1] as one flow, from
 * the object outwards. */
esc__flow esc__flow_path(esc__fa *fa, const esc_node_id *path, uint32_t n);

/* escape.c: fills fa->hard/soft and every site's escape. */
void esc__escape(esc__fa *fa);
/* Why node escapes (hard first, then soft); false if it does not. */
bool esc__why_of(esc__fa *fa, esc_node_id node, esc__why *why);
/* A shortest path root -> ... -> node over parent links; returns its length
 * (nodes) in *n, the array in cx's arena. */
esc_node_id *esc__path_to(esc__fa *fa, const esc_node_id *parent, esc_node_id node,
                          uint32_t *n);

/* lifetimes.c */
void esc__lifetimes(esc__fa *fa);

/* summary.c */
esc__summary *esc__summarize(esc__fa *fa);
bool esc__summary_equal(const esc__summary *a, const esc__summary *b);

/* callgraph.c: SCCs, callees first; order lists fn indices,
 * order[scc_start[k] .. scc_start[k+1]) is SCC k; per function, scc_of is
 * its SCC and position its index in order. */
typedef struct esc__sccs {
  uint32_t *order, *scc_start, nsccs;
  uint32_t *scc_of, *position;
  bool *recursive; /* per SCC: a cycle (or a self call) */
} esc__sccs;
void esc__callgraph(esc__ctx *cx, esc__sccs *out);
/* schedule.c: calls analyze once per SCC of cx->sccs, callees first, on up
 * to esc_options.threads threads, each with a copy of cx whose arena is its
 * own (moved into cx's at the end). */
typedef void (*esc__scc_fn)(esc__ctx *cx, const uint32_t *members, uint32_t n, bool recursive);
void esc__schedule(esc__ctx *cx, esc__scc_fn analyze);
/* The index of the defined function that call i of fn calls, or ESC_NONE. */
uint32_t esc__callee_index(const esc__fn *fn, uint32_t i);

/* region.c */
/* True if the fresh objects fn hands back live within its callers' frames;
 * words name those frames, or fail says why not. */
bool esc__region_ok(esc__ctx *cx, esc__fn *fn, const char **words, esc__why *fail);

/* verdict.c */
void esc__emit(esc__ctx *cx, esc__fn *fn, esc_findings *out);

/* ** }====== */

#endif
