/* Assignments and initialisers: where a value goes.
 *   x = v        COPY x <- v, step "assigned to 'x'" (x a plain variable)
 *   lv = v       STORE &lv <- v, step "stored into 'lv'" (the lvalue's
 *                spelling rebuilt from the AST: "s->next", "arr[i]", "*pp")
 *   T x = init   COPY x <- init (an initialiser list's value is the union
 *                of its elements: the object holds all of them)
 *   (T){...}     a LOCAL object of this frame holding its elements
 * Compound assignments (p += n) and ++/-- keep a pointer inside its object,
 * so they add no flow beyond their operands. */
#include "lower.h"

/* The target of an assignment: a plain variable or stored-through storage. */
typedef struct target {
  esc_node_id var;  /* the variable's node, or ESC_NONE */
  esc_node_id addr; /* the storage written, when not a plain variable */
  CXCursor lvalue;
} target;

static target target_of(esc__fe_lower *L, CXCursor lhs) {
  esc__fe_var_written(L, lhs);
  CXCursor decl = esc__fe_plain_var(lhs);
  if (!clang_Cursor_isNull(decl))
    return (target){esc__fe_var(L, decl), ESC_NONE, lhs};
  return (target){ESC_NONE, esc__fe_addr(L, lhs), lhs};
}

/* Writes value v to the target; the edge is located at the target's start. */
static void write(esc__fe_lower *L, const target *t, esc_node_id v) {
  if (v == ESC_NONE)
    return;
  esc_loc loc = esc__fe_start_loc(L, t->lvalue);
  char text[256];
  if (t->var != ESC_NONE) {
    esc__fe_copy(L, t->var, v, loc, ESC_STEP_ASSIGN, L->f->nodes[t->var].name);
  } else if (t->addr != ESC_NONE) {
    esc_fn_add_edge(L->u, L->f, ESC_EDGE_STORE, t->addr, v, loc, ESC_STEP_STORE,
                    esc__fe_spell(L, t->lvalue, text, sizeof text), 0);
  }
}

/* Lowers `lhs = rhs` or `lhs op= rhs`: rhs's value is written to lhs.
 * False if e does not have an assignment's two operands. */
static bool assignment(esc__fe_lower *L, CXCursor e, target *t, esc_node_id *value) {
  esc__fe_kids k;
  esc__fe_kids_exprs(e, &k);
  bool ok = k.n == 2;
  if (ok) {
    *t = target_of(L, k.v[0]);
    *value = esc__fe_expr(L, k.v[1]);
    write(L, t, *value);
  }
  esc__fe_kids_free(&k);
  return ok;
}

esc_node_id esc__fe_assign(esc__fe_lower *L, CXCursor e) {
  target t;
  esc_node_id v;
  if (!assignment(L, e, &t, &v))
    return esc__fe_unmodeled(L, e, "assignment");
  return esc__fe_type_carries(clang_getCursorType(e)) ? v : ESC_NONE;
}

esc_node_id esc__fe_compound_assign(esc__fe_lower *L, CXCursor e) {
  target t;
  esc_node_id v;
  if (!assignment(L, e, &t, &v))
    return esc__fe_unmodeled(L, e, "compound assignment");
  CXType type = clang_getCursorType(e);
  if (!esc__fe_type_carries(type))
    return ESC_NONE;
  if (t.var != ESC_NONE || t.addr == ESC_NONE)
    return t.var;
  return esc__fe_load(L, t.addr, type, esc__fe_start_loc(L, t.lvalue));
}

void esc__fe_declare(esc__fe_lower *L, CXCursor var) {
  if (clang_Cursor_hasVarDeclGlobalStorage(var) == 1) {
    /* A static local or extern: a GLOBAL whose constant initialiser makes no
     * flow of this frame, but may name functions (a table of callbacks). */
    esc__fe_taken_scan_global(L, var);
    return;
  }
  esc_node_id node = esc__fe_var(L, var);
  CXCursor init = clang_Cursor_getVarDeclInitializer(var);
  /* The other expressions under a declaration are VLA bounds (evaluated)
   * or typeof operands (not evaluated unless the type is a VLA). */
  bool bounds = esc__fe_type_is_variably_modified(clang_getCursorType(var));
  esc__fe_kids k;
  esc__fe_kids_exprs(var, &k);
  for (uint32_t i = 0; i < k.n; i++) {
    bool is_init = !clang_Cursor_isNull(init) && clang_equalCursors(k.v[i], init);
    if (!is_init && !bounds)
      continue;
    esc_node_id v = esc__fe_expr(L, k.v[i]);
    if (is_init)
      esc__fe_copy(L, node, v, esc__fe_cursor_loc(L, var), ESC_STEP_ASSIGN, L->f->nodes[node].name);
  }
  esc__fe_kids_free(&k);
}

esc_node_id esc__fe_compound_literal(esc__fe_lower *L, CXCursor e) {
  esc_loc loc = esc__fe_start_loc(L, e);
  esc_node_id obj = esc_fn_add_node(L->u, L->f, ESC_NODE_LOCAL, "<compound literal>", loc, L->loop);
  /* The initialiser list is the last child (a typeof in the type is not
   * evaluated). */
  esc__fe_kids k;
  esc__fe_kids_exprs(e, &k);
  esc_node_id v = k.n ? esc__fe_expr(L, k.v[k.n - 1]) : ESC_NONE;
  esc__fe_kids_free(&k);
  esc__fe_copy(L, obj, v, loc, ESC_STEP_STORE, "compound literal");
  return obj;
}
