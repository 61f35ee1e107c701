/* Expressions as STORAGE: esc__fe_addr returns the node whose points-to set is
 * the storage an lvalue designates (field-insensitive, so an interior
 * pointer designates the whole object):
 *     x       the variable's own node      (&x)
 *     *p      what p points to             (value of p)
 *     s.f     s                            (&s)
 *     p->f    what p points to             (value of p)
 *     a[i]    what a points to             (value of a, decayed if an array)
 * An rvalue whose address is needed (an array member of a returned struct)
 * is a temporary object of this frame holding the value. */
#include "lower.h"

static esc_node_id temporary(esc__fe_lower *L, CXCursor e);

static esc_node_id first_kid_addr(esc__fe_lower *L, CXCursor e) {
  esc__fe_kids k;
  esc__fe_kids_exprs(e, &k);
  esc_node_id a = k.n == 1 ? esc__fe_addr(L, k.v[0]) : esc__fe_unmodeled(L, e, "lvalue");
  esc__fe_kids_free(&k);
  return a;
}

static esc_node_id declref_addr(esc__fe_lower *L, CXCursor e) {
  CXCursor d = clang_getCursorReferenced(e);
  switch (clang_getCursorKind(d)) {
  case CXCursor_VarDecl:
  case CXCursor_ParmDecl:
    return esc__fe_var_addr(L, d);
  default: /* a function designator: code, not data */
    return esc__fe_expr(L, e);
  }
}

static esc_node_id member_addr(esc__fe_lower *L, CXCursor e) {
  esc__fe_kids k;
  esc__fe_kids_exprs(e, &k);
  esc_node_id a;
  if (k.n != 1)
    a = esc__fe_unmodeled(L, e, "member access without a base");
  else if (esc__fe_type_is_pointer(clang_getCursorType(k.v[0])))
    a = esc__fe_expr(L, k.v[0]);
  else
    a = esc__fe_addr(L, k.v[0]);
  esc__fe_kids_free(&k);
  return a;
}

static esc_node_id unary_addr(esc__fe_lower *L, CXCursor e) {
  switch (clang_getCursorUnaryOperatorKind(e)) {
  case CXUnaryOperator_Deref:
    return esc__fe_union_kids(L, e, 0);
  case CXUnaryOperator_Extension:
    return first_kid_addr(L, e);
  default: /* &x, and the others, are rvalues */
    return temporary(L, e);
  }
}

/* A temporary object holding an rvalue's value, for an rvalue whose
 * storage is used (f().array, or a value converted by an implicit cast). */
static esc_node_id temporary(esc__fe_lower *L, CXCursor e) {
  if (esc__fe_type_is_array(clang_getCursorType(e)))
    return esc__fe_unmodeled(L, e, "array-typed rvalue");
  esc_loc loc = esc__fe_start_loc(L, e);
  esc_node_id obj = esc_fn_add_node(L->u, L->f, ESC_NODE_LOCAL, "<temporary>", loc, L->loop);
  esc__fe_copy(L, obj, esc__fe_expr(L, e), loc, ESC_STEP_NONE, NULL);
  return esc__fe_address_of(L, obj, loc);
}

static esc_node_id storage(esc__fe_lower *L, CXCursor e);

esc_node_id esc__fe_addr(esc__fe_lower *L, CXCursor e) {
  return esc__fe_nested(L, e, storage);
}

static esc_node_id storage(esc__fe_lower *L, CXCursor e) {
  switch (clang_getCursorKind(e)) {
  case CXCursor_DeclRefExpr:
    return declref_addr(L, e);
  case CXCursor_MemberRefExpr:
    return member_addr(L, e);
  case CXCursor_ArraySubscriptExpr:
    return esc__fe_union_kids(L, e, 0);
  case CXCursor_UnaryOperator:
    return unary_addr(L, e);
  case CXCursor_ParenExpr:
    return first_kid_addr(L, e);
  case CXCursor_CompoundLiteralExpr: {
    esc_node_id obj = esc__fe_compound_literal(L, e);
    esc_loc loc = esc__fe_start_loc(L, e);
    return esc__fe_address_of(L, obj, loc);
  }
  case CXCursor_StringLiteral: /* static, read-only storage */
    return ESC_NONE;
  case CXCursor_UnexposedExpr: {
    /* An implicit conversion that keeps an lvalue (or a GNU lvalue form):
     * the storage of its single operand when it has one. */
    esc__fe_kids k;
    esc__fe_kids_exprs(e, &k);
    bool lvalue_kid = k.n == 1 && clang_equalLocations(
        clang_getRangeStart(clang_getCursorExtent(e)),
        clang_getRangeStart(clang_getCursorExtent(k.v[0])));
    CXCursor kid = lvalue_kid ? k.v[0] : e;
    esc__fe_kids_free(&k);
    return lvalue_kid ? esc__fe_addr(L, kid) : temporary(L, e);
  }
  default:
    return temporary(L, e);
  }
}
