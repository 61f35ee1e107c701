/* The dataflow graph: the one data model between the libclang frontend
 * (analyzer/) and the analyses (passes/). Nothing here knows libclang, so a
 * pass can be unit-tested on a graph built by hand with graph.c's builders.
 *
 * The model
 * ---------
 * Each function is lowered into LOCATIONS (nodes) and ASSIGNMENT EDGES
 * between them, the four constraints of Andersen's points-to analysis, which
 * are Go's escape-analysis edges with a dereference count:
 *
 *     p = &x    ESC_EDGE_ADDR   derefs -1   p may point to x's storage
 *     p = q     ESC_EDGE_COPY   derefs  0   p may point to what q points to
 *     p = *q    ESC_EDGE_LOAD   derefs  1   p may point to what q's targets hold
 *     *p = q    ESC_EDGE_STORE              p's targets may hold what q points to
 *
 * A node is at once a value and a piece of storage: its points-to set is what
 * its storage may hold. Locals, parameters' own storage, globals and the
 * object made by an allocation site are storage that can be pointed to;
 * temporaries (an expression's value) are never pointed to. Fields and array
 * elements are not told apart: `s.a`, `s.b` and `arr[i]` all stand for the
 * whole object (field-insensitive, which is sound).
 *
 * Memory the function cannot see is modelled by a few nodes every function
 * has (graph.c creates them): ESC_NODE_EXTERNAL (everything reachable by
 * code we cannot see: unknown callees, pointers made from integers, what
 * globals hold), ESC_NODE_RETURN (the returned value) and, for parameter i,
 * ESC_NODE_PARAM_OBJ (the caller's object the parameter points to on entry)
 * and ESC_NODE_PARAM_DEEP (caller memory reachable from it). The solver seeds
 * them: param i -> PARAM_OBJ i -> PARAM_DEEP i -> itself; every GLOBAL and
 * EXTERNAL -> EXTERNAL.
 *
 * An object outlives the frame when it is reachable, through points-to sets,
 * from a ROOT: a global, EXTERNAL, RETURN or a parameter's caller memory.
 * Calls are kept as calls (esc_call) and sinks (esc_sink): the passes turn
 * them into edges once they know the callee (an allocator, a summary of a
 * function of this unit, or the built-in C library model).
 *
 * Every edge carries the source location and the words of the step it takes
 * (esc_step + text), so that a finding can show the whole flow, file:line:col
 * by file:line:col, from the allocation to where it escapes.
 *
 * Ownership: all strings and arrays of a unit live in its arena and are freed
 * with esc_unit_destroy.
 */
#ifndef ESC_GRAPH_H
#define ESC_GRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef uint32_t esc_node_id;
#define ESC_NONE UINT32_MAX
/* An argument that is not a compile-time integer constant. */
#define ESC_NOT_CONSTANT INT64_MIN

/* A point in the source. file indexes esc_unit.files; line and col are
 * 1-based (line 0: no location); offset is the byte offset in the file. */
typedef struct esc_loc {
  uint32_t file, line, col, offset;
} esc_loc;

/* A half-open source range [begin, end) of one file (end.offset is one past
 * the last byte). Fix-its rewrite ranges. */
typedef struct esc_range {
  esc_loc begin, end;
} esc_range;

typedef enum esc_node_kind {
  ESC_NODE_LOCAL,      /* automatic variable or compound literal of this frame */
  ESC_NODE_PARAM,      /* a parameter's own storage in this frame */
  ESC_NODE_TEMP,       /* an expression's value; never pointed to */
  ESC_NODE_GLOBAL,     /* global, file-static or static local: a root */
  ESC_NODE_ALLOC,      /* the object made by one allocation call (esc_call) */
  ESC_NODE_RETURN,     /* the function's return value: a root */
  ESC_NODE_PARAM_OBJ,  /* caller memory parameter param_index points to: a root */
  ESC_NODE_PARAM_DEEP, /* caller memory reachable from PARAM_OBJ: a root */
  ESC_NODE_EXTERNAL,   /* memory code we cannot see may reach: a root */
} esc_node_kind;

typedef struct esc_node {
  esc_node_kind kind;
  const char *name;     /* spelling for messages: "q", "s->next", "<return>" */
  esc_loc decl;         /* where it is declared (locals, params, globals) */
  uint32_t decl_loop;   /* innermost loop (esc_function.loops) around the
                           declaration; 0 = outside every loop */
  uint32_t param_index; /* PARAM, PARAM_OBJ, PARAM_DEEP: 0-based parameter */
  uint32_t call;        /* ALLOC: the allocation call in esc_function.calls */
} esc_node;

typedef enum esc_edge_kind {
  ESC_EDGE_ADDR,  /* dst = &src */
  ESC_EDGE_COPY,  /* dst = src */
  ESC_EDGE_LOAD,  /* dst = *src */
  ESC_EDGE_STORE, /* *dst = src */
} esc_edge_kind;

/* The words a flow step shows; TEXT is esc_edge.text. */
typedef enum esc_step {
  ESC_STEP_NONE,   /* plumbing inside one expression: not shown */
  ESC_STEP_ASSIGN, /* "assigned to 'TEXT'" (initialiser or '=' to a variable) */
  ESC_STEP_STORE,  /* "stored into 'TEXT'" (through a pointer, field, element) */
  ESC_STEP_LOAD,   /* "loaded from 'TEXT'" */
  ESC_STEP_RETURN, /* "returned" */
  ESC_STEP_ARG,    /* "passed to 'TEXT' argument N" (N = esc_edge.arg + 1) */
  ESC_STEP_RESULT, /* "returned by 'TEXT'" */
  ESC_STEP_CAST,   /* "converted to 'TEXT'" (a pointer type) */
} esc_step;

typedef struct esc_edge {
  esc_edge_kind kind;
  esc_node_id dst, src;
  esc_loc loc;
  esc_step step;
  const char *text;
  uint32_t arg;
} esc_edge;

/* A call. Arguments and the result are TEMP nodes holding their values. The
 * frontend records every call; the passes decide what it means (allocation
 * site, free, summary of a defined function, library model, unknown). */
typedef struct esc_call {
  const char *callee;     /* directly called function; NULL if indirect */
  esc_loc loc;            /* the callee's name (the call's start if indirect) */
  esc_range range;        /* the whole call expression */
  uint32_t loop;          /* innermost loop around the call; 0 = none */
  esc_node_id result;     /* TEMP for the value; ESC_NONE for void */
  uint32_t nargs;
  esc_node_id *args;      /* TEMP per argument (ESC_NONE: carries no pointer) */
  int64_t *arg_const;     /* integer value of each argument or ESC_NOT_CONSTANT */
  int64_t *arg_strlen;    /* strlen of a string-literal argument, else -1 */
  esc_range *arg_ranges;  /* each argument's source text */
  uint32_t *arg_param;    /* index of the calling function's parameter an
                             argument is (after implicit conversions and
                             casts), else ESC_NONE: lets the passes see that
                             xmalloc(n) passes its own size n to malloc */
} esc_call;

/* Why a sink makes what reaches it escape (see reasons.h for wording). */
typedef enum esc_sink_kind {
  ESC_SINK_ADDRESS_TO_INTEGER, /* a pointer converted to an integer */
  ESC_SINK_UNMODELED,          /* an expression the frontend does not model */
} esc_sink_kind;

/* Everything src points to (and all it reaches) escapes, for this reason. */
typedef struct esc_sink {
  esc_sink_kind kind;
  esc_node_id src;
  esc_loc loc;
  const char *text;  /* the type converted to, or the construct not modelled */
} esc_sink;

/* A loop (for, while, do, or a label a later goto jumps back to). */
typedef struct esc_loop {
  uint32_t parent;   /* enclosing loop, 0 = none */
  esc_loc loc;
} esc_loop;

typedef struct esc_function {
  const char *name;
  esc_loc loc;          /* the function's name in its definition */
  esc_range range;      /* the whole definition */
  bool is_static;       /* internal linkage: every caller is in this unit */
  bool address_taken;   /* its address is used other than to call it */
  bool is_variadic;     /* see "Variadic functions" below */
  bool returns_aggregate; /* returns a struct or union by value: RETURN holds
                             what its members point to (so it is no
                             allocator wrapper, which returns a pointer) */
  uint32_t nparams;
  esc_node_id *params;  /* PARAM node per parameter */
  esc_node_id external, ret; /* the EXTERNAL and RETURN nodes */

  esc_node *nodes;   uint32_t nnodes, cap_nodes;
  esc_edge *edges;   uint32_t nedges, cap_edges;
  esc_call *calls;   uint32_t ncalls, cap_calls;
  esc_sink *sinks;   uint32_t nsinks, cap_sinks;
  esc_loop *loops;   uint32_t nloops, cap_loops; /* loops[0]: "no loop" */
} esc_function;

/* Variadic functions. The frontend gives a variadic function one more
 * parameter after the named ones, named "...", standing for all its variadic
 * arguments: va_start(ap, x) stores that parameter's value into ap, va_arg
 * (ap, T) loads it back, va_copy copies it. Callers then map every extra
 * argument to it (passes/effects.c). A graph without it (a hand-built one)
 * makes extra arguments escape. */

/* One translation unit: the functions with a body outside system headers. */
typedef struct esc_unit {
  esc_arena arena;
  const char **files;  uint32_t nfiles, cap_files;
  esc_function **functions; uint32_t nfunctions, cap_functions;
  const char **strings; uint32_t nstrings, cap_strings; /* hash set of the copies */
} esc_unit;

/* --- building (frontend and hand-built test graphs) --- */

void esc_unit_init(esc_unit *u);
void esc_unit_destroy(esc_unit *u);
/* Index of path in u->files, adding a copy if new. */
uint32_t esc_unit_file(esc_unit *u, const char *path);
/* The unit's copy of s, in its arena; equal strings share one copy. */
const char *esc_unit_strdup(esc_unit *u, const char *s);
/* A new function with its EXTERNAL and RETURN nodes and loops[0]. */
esc_function *esc_unit_add_function(esc_unit *u, const char *name, esc_loc loc);
/* The defined function of that name, or NULL. */
esc_function *esc_unit_find_function(const esc_unit *u, const char *name);

esc_node_id esc_fn_add_node(esc_unit *u, esc_function *f, esc_node_kind kind,
                            const char *name, esc_loc decl, uint32_t decl_loop);
/* Adds parameter number f->nparams: its PARAM, PARAM_OBJ and PARAM_DEEP
 * nodes; returns the PARAM node. */
esc_node_id esc_fn_add_param(esc_unit *u, esc_function *f, const char *name, esc_loc decl);
void esc_fn_add_edge(esc_unit *u, esc_function *f, esc_edge_kind kind,
                     esc_node_id dst, esc_node_id src, esc_loc loc,
                     esc_step step, const char *text, uint32_t arg);
/* A call with nargs arguments, all ESC_NONE / ESC_NOT_CONSTANT / -1 until set. */
esc_call *esc_fn_add_call(esc_unit *u, esc_function *f, const char *callee,
                          esc_loc loc, uint32_t nargs);
void esc_fn_add_sink(esc_unit *u, esc_function *f, esc_sink_kind kind,
                     esc_node_id src, esc_loc loc, const char *text);
uint32_t esc_fn_add_loop(esc_unit *u, esc_function *f, uint32_t parent, esc_loc loc);

/* True if loop `inner` is `outer` or nested inside it (0 is every loop's
 * outside). */
bool esc_loop_within(const esc_function *f, uint32_t inner, uint32_t outer);

#endif
