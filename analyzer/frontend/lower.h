/* The frontend's internal interface: the lowering context shared by the
 * files of analyzer/frontend/, and the verbs each file exports. Internal
 * names carry esc__fe_ (the passes use esc__ for their own).
 *
 * Lowering is one recursive walk per function body, in source order:
 *   esc__fe_stmt  lowers a statement (lower_stmt.c);
 *   esc__fe_expr  returns the node whose points-to set is an expression's
 *                 VALUE (lower_expr.c), ESC_NONE when it can hold no pointer;
 *   esc__fe_addr  returns the node whose points-to set is the STORAGE an
 *                 lvalue designates (lower_lvalue.c).
 * Every expression cursor is lowered exactly once (as a value or as an
 * address), so each call and each side effect is recorded once. The other
 * files: lower_assign.c (assignments, initialisers, compound literals),
 * lower_call.c, lower_cast.c, lower_unexposed.c (implicit conversions and
 * GNU/builtin forms), loops.c (loops and backward gotos), vars.c
 * (variables), values.c (graph helpers), spelling.c (step words),
 * locations.c, types.c, address_taken.c, children.c, hash_index.c.
 *
 * Soundness rule: a construct that is not modelled never drops a pointer
 * flow; its operands' values go to an ESC_SINK_UNMODELED sink (and may
 * receive unknown pointers) and its own value points to EXTERNAL
 * (esc__fe_unmodeled). */
#ifndef ESC_FRONTEND_LOWER_H
#define ESC_FRONTEND_LOWER_H

#include <clang-c/Index.h>
#include <stdbool.h>

#include "graph.h"
#include "hash_index.h"

/* A variable's node in the function being lowered (vars.c). */
typedef struct esc__fe_var_entry {
  CXCursor decl;       /* canonical declaration cursor */
  esc_node_id node;    /* LOCAL, PARAM or GLOBAL node */
  esc_node_id addr;    /* TEMP holding &node, made on first use, or ESC_NONE */
  bool written;        /* assigned, incremented or address-taken in the body */
} esc__fe_var_entry;

/* A label a later goto may jump back to (loops.c). */
typedef struct esc__fe_label {
  CXCursor label;
  uint32_t loop_at_label; /* the loop around the label */
  uint32_t nnodes, ncalls, nloops; /* graph sizes when the label was reached (or
                              when the last goto back to it was seen) */
  uint32_t goto_loop;     /* loop made for backward gotos to it, 0 = none yet */
} esc__fe_label;

/* A CXFile already entered in esc_unit.files (locations.c). */
typedef struct esc__fe_file_entry {
  CXFile file;
  uint32_t index;
} esc__fe_file_entry;

typedef struct esc__fe_lower {
  CXTranslationUnit tu;
  esc_unit *u;
  esc_function *f;  /* the function being lowered */
  esc_node_id dots; /* its "..." parameter (graph.h) if variadic, else ESC_NONE */
  uint32_t loop;    /* innermost loop around the code being lowered */
  bool whole_body_loop; /* computed goto seen: any of the body may rerun */
  uint32_t setjmp_label; /* labels[] entry of the first setjmp, or UINT32_MAX */
  uint32_t depth;   /* nesting of statements and expressions being lowered */
  bool too_deep;    /* nesting passed ESC__FE_MAX_DEPTH: the unit is refused */

  esc__fe_var_entry *vars; uint32_t nvars, cap_vars;
  esc__fe_hash_index var_index;

  esc__fe_label *labels; uint32_t nlabels, cap_labels;
  esc__fe_hash_index label_index;

  esc__fe_file_entry *files; uint32_t nfiles, cap_files;
  uint32_t last_file;

  char **taken; uint32_t ntaken, cap_taken; /* address-taken function names */
  esc__fe_hash_index taken_index;
} esc__fe_lower;

/* Deepest nesting of statements and expressions lowered. The walk recurses
 * once per level, on a thread with a stack of ESC__FE_STACK_BYTES
 * (frontend.c); deeper code (generated sums of many thousand terms) is
 * refused with an error rather than lowered partly. */
#define ESC__FE_MAX_DEPTH 50000u
#define ESC__FE_STACK_BYTES ((size_t)1 << 30)
/* Enters one more level of nesting (the caller leaves with L->depth--);
 * false past ESC__FE_MAX_DEPTH, which marks the unit too deep. */
bool esc__fe_enter(esc__fe_lower *L);
/* lower(L, e) one level deeper (ESC_NONE past the limit). */
typedef esc_node_id (*esc__fe_lowering)(esc__fe_lower *L, CXCursor e);
esc_node_id esc__fe_nested(esc__fe_lower *L, CXCursor e, esc__fe_lowering lower);

/* Children of a cursor, in order (children.c). Small lists stay inline. */
typedef struct esc__fe_kids {
  CXCursor inline_kids[6];
  CXCursor *v;
  uint32_t n, cap;
} esc__fe_kids;
/* All children of c. */
void esc__fe_kids_all(CXCursor c, esc__fe_kids *k);
/* Only the children that are expressions. */
void esc__fe_kids_exprs(CXCursor c, esc__fe_kids *k);
void esc__fe_kids_free(esc__fe_kids *k);
/* Grows a malloc'ed array (aborts when out of memory, like the arena). */
void *esc__fe_grow(void *items, size_t item_size, uint32_t len, uint32_t *cap);

/* --- locations.c --- */
esc_loc esc__fe_loc(esc__fe_lower *L, CXSourceLocation where);
/* The cursor's own location (a call's callee name, an operator). */
esc_loc esc__fe_cursor_loc(esc__fe_lower *L, CXCursor c);
/* Where the cursor's source text begins. */
esc_loc esc__fe_start_loc(esc__fe_lower *L, CXCursor c);
esc_range esc__fe_range(esc__fe_lower *L, CXCursor c);

/* --- types.c (all look through typedefs) --- */
bool esc__fe_type_is_pointer(CXType t);   /* data or function pointer */
bool esc__fe_type_is_array(CXType t);
bool esc__fe_type_is_integer(CXType t);   /* integer or enum, not _Bool */
bool esc__fe_type_is_function(CXType t);
/* A VLA type, or an array of or pointer to one: its sizes are evaluated. */
bool esc__fe_type_is_variably_modified(CXType t);
/* Whether a value of this type can hold a pointer (pointers, records,
 * arrays, atomics of those, and anything not understood). */
bool esc__fe_type_carries(CXType t);
/* A scalar that holds no pointer but may hold a pointer's bytes: a
 * character, integer, floating or vector type (not void, _Bool, a function). */
bool esc__fe_type_is_bytes(CXType t);
bool esc__fe_type_is_union(CXType t);

/* --- values.c: small graph-building helpers --- */
esc_node_id esc__fe_temp(esc__fe_lower *L, const char *name, esc_loc loc);
/* A TEMP that points to obj (its address). */
esc_node_id esc__fe_address_of(esc__fe_lower *L, esc_node_id obj, esc_loc loc);
/* A TEMP that points to EXTERNAL. */
esc_node_id esc__fe_external_value(esc__fe_lower *L, esc_loc loc);
/* A TEMP holding what src's targets hold, or ESC_NONE if type carries no
 * pointer or src is ESC_NONE. */
esc_node_id esc__fe_load(esc__fe_lower *L, esc_node_id src, CXType type, esc_loc loc);
/* A read of a value of bytes type (esc__fe_type_is_bytes) from the storage
 * `storage` holds, where the read may see a pointer's bytes: what that
 * storage holds escapes as address-to-integer (values.c explains when). */
void esc__fe_bytes_read(esc__fe_lower *L, esc_node_id storage, CXType type, esc_loc loc);
void esc__fe_copy(esc__fe_lower *L, esc_node_id dst, esc_node_id src, esc_loc loc,
               esc_step step, const char *text);
/* Unions values: start with ESC_NONE, add each value; makes at most one TEMP. */
typedef struct esc__fe_join {
  esc_node_id value;
  bool owned; /* value is a TEMP made by this join */
} esc__fe_join;
/* Adds v, the value of expression `from` (whose start locates any edge). */
void esc__fe_join_add(esc__fe_lower *L, esc__fe_join *j, esc_node_id v, CXCursor from);
/* Lowers every expression child of c and returns the union of their values
 * (skipping the first `skip` expression children, left unlowered). */
esc_node_id esc__fe_union_kids(esc__fe_lower *L, CXCursor c, unsigned skip);
/* Sinks v (unless ESC_NONE) as not modelled, naming the construct. */
void esc__fe_sink_unmodeled(esc__fe_lower *L, esc_node_id v, esc_loc loc, const char *what);
/* An operand value v of a construct that is not modelled: everything it
 * points to escapes (a sink), and unknown pointers may be written there. */
void esc__fe_clobber(esc__fe_lower *L, esc_node_id v, esc_loc loc, const char *what);
/* The construct c is not modelled: lowers its expression children, clobbers
 * their values and returns a value pointing to EXTERNAL (if it can carry). */
esc_node_id esc__fe_unmodeled(esc__fe_lower *L, CXCursor c, const char *what);

/* --- vars.c --- */
/* The node of the variable a declaration cursor names (creating a LOCAL or
 * GLOBAL node on first sight, with decl_loop = the current loop). */
esc_node_id esc__fe_var(esc__fe_lower *L, CXCursor decl);
/* A TEMP pointing to the variable's storage (shared by all uses). */
esc_node_id esc__fe_var_addr(esc__fe_lower *L, CXCursor decl);
void esc__fe_var_bind(esc__fe_lower *L, CXCursor decl, esc_node_id node);
/* Notes that the plain variable lvalue (if it is one) may change after its
 * declaration: assigned, incremented, or its address taken. */
void esc__fe_var_written(esc__fe_lower *L, CXCursor lvalue);
/* The index of the parameter e names (a reference to it; the caller looks
 * through parentheses and conversions first), else ESC_NONE. Final only
 * once the whole body is lowered: esc__fe_params_settle drops parameters
 * written later. */
uint32_t esc__fe_param_named(esc__fe_lower *L, CXCursor e);
/* Clears esc_call.arg_param entries of parameters the body writes. */
void esc__fe_params_settle(esc__fe_lower *L);
void esc__fe_vars_reset(esc__fe_lower *L);
/* The VarDecl/ParmDecl that e names if e is a plain variable reference
 * (through parentheses), else a null cursor. */
CXCursor esc__fe_plain_var(CXCursor e);

/* --- spelling.c --- */
/* The expression's spelling rebuilt from the AST ("s->next", "arr[i]",
 * "*pp"), truncated to fit buf. Returns buf. */
const char *esc__fe_spell(esc__fe_lower *L, CXCursor e, char *buf, size_t size);

/* --- lower_expr.c, lower_lvalue.c, lower_cast.c, lower_unexposed.c --- */
esc_node_id esc__fe_expr(esc__fe_lower *L, CXCursor e);
esc_node_id esc__fe_addr(esc__fe_lower *L, CXCursor e);
/* A conversion of child to e's type (explicit: a cast written in source). */
esc_node_id esc__fe_convert(esc__fe_lower *L, CXCursor e, CXCursor child, bool explicit_cast);
/* CXCursor_UnexposedExpr: implicit conversions and GNU/builtin forms. */
esc_node_id esc__fe_unexposed(esc__fe_lower *L, CXCursor e);

/* --- lower_assign.c --- */
esc_node_id esc__fe_assign(esc__fe_lower *L, CXCursor e);
esc_node_id esc__fe_compound_assign(esc__fe_lower *L, CXCursor e);
/* A local declaration: its node and initialiser (and VLA sizes). */
void esc__fe_declare(esc__fe_lower *L, CXCursor var);
/* The object of a compound literal (a LOCAL node holding its contents). */
esc_node_id esc__fe_compound_literal(esc__fe_lower *L, CXCursor e);

/* --- lower_call.c --- */
esc_node_id esc__fe_call(esc__fe_lower *L, CXCursor e);
/* The function a call's callee expression names directly, else null. */
CXCursor esc__fe_direct_callee(CXCursor callee_expr);

/* --- lower_stmt.c --- */
void esc__fe_stmt(esc__fe_lower *L, CXCursor s);
/* A GNU statement expression's compound: lowers it, returns the value of
 * its last statement. */
esc_node_id esc__fe_compound_value(esc__fe_lower *L, CXCursor compound);

/* --- loops.c --- */
/* Opens a for/while/do loop at s; returns what esc__fe_loop_close restores. */
uint32_t esc__fe_loop_open(esc__fe_lower *L, CXCursor s);
void esc__fe_loop_close(esc__fe_lower *L, uint32_t saved);
void esc__fe_label_reached(esc__fe_lower *L, CXCursor label_stmt);
void esc__fe_goto_seen(esc__fe_lower *L, CXCursor goto_stmt);
/* A call of setjmp (or a relative) at e: what follows may run again. */
void esc__fe_setjmp_seen(esc__fe_lower *L, CXCursor e);
/* At the end of a function: the loops made by setjmp or a computed goto. */
void esc__fe_loops_finish(esc__fe_lower *L);
void esc__fe_loops_reset(esc__fe_lower *L);

/* --- address_taken.c --- */
void esc__fe_taken_add(esc__fe_lower *L, const char *name);
/* Scans a static variable's initialiser for function designators. */
void esc__fe_taken_scan_global(esc__fe_lower *L, CXCursor var);
/* Sets address_taken on the unit's functions. */
void esc__fe_taken_apply(esc__fe_lower *L);

#endif
