/* Expressions as VALUES: esc__fe_expr returns the node whose points-to set is
 * what the expression's value may point to (ESC_NONE: it can hold no
 * pointer). A struct or union value is its contents; an array-typed
 * expression decays to the address of its storage; an integer never holds a
 * pointer (a pointer converted to an integer escapes at the conversion, see
 * lower_cast.c). Fields and elements are not told apart. */
#include "lower.h"

/* What src's targets hold, as the value of expression e (no node when e's
 * type holds no pointer; the location is only computed when needed). A
 * read that may be a byte view of a stored pointer (values.c) makes what
 * the targets hold escape. */
static esc_node_id load_value(esc__fe_lower *L, esc_node_id src, CXCursor e, bool byte_view) {
  CXType t = clang_getCursorType(e);
  if (src == ESC_NONE)
    return ESC_NONE;
  if (!esc__fe_type_carries(t)) {
    if (byte_view && esc__fe_type_is_bytes(t)) {
      esc_loc loc = esc__fe_start_loc(L, e);
      esc_node_id held = esc__fe_temp(L, NULL, loc);
      esc_fn_add_edge(L->u, L->f, ESC_EDGE_LOAD, held, src, loc, ESC_STEP_NONE, NULL, 0);
      esc__fe_bytes_read(L, held, t, loc);
    }
    return ESC_NONE;
  }
  return esc__fe_load(L, src, t, esc__fe_start_loc(L, e));
}

static esc_node_id only_kid(esc__fe_lower *L, CXCursor e) {
  return esc__fe_union_kids(L, e, 0);
}

/* The values of every operand are lowered; an arithmetic result carries
 * none, a pointer result (pointer +/- integer) carries the pointer's. */
static esc_node_id operands(esc__fe_lower *L, CXCursor e) {
  esc_node_id v = esc__fe_union_kids(L, e, 0);
  return esc__fe_type_carries(clang_getCursorType(e)) ? v : ESC_NONE;
}

static esc_node_id declref(esc__fe_lower *L, CXCursor e) {
  CXCursor d = clang_getCursorReferenced(e);
  switch (clang_getCursorKind(d)) {
  case CXCursor_VarDecl:
  case CXCursor_ParmDecl:
    return esc__fe_type_carries(clang_getCursorType(e)) ? esc__fe_var(L, d) : ESC_NONE;
  case CXCursor_FunctionDecl: {
    CXString name = clang_getCursorSpelling(d);
    esc__fe_taken_add(L, clang_getCString(name));
    clang_disposeString(name);
    return ESC_NONE;
  }
  default: /* enumerators */
    return ESC_NONE;
  }
}

/* s.f is (part of) s's contents; p->f is loaded from what p points to. */
static esc_node_id member(esc__fe_lower *L, CXCursor e) {
  esc__fe_kids k;
  esc__fe_kids_exprs(e, &k);
  if (k.n != 1) {
    esc__fe_kids_free(&k);
    return esc__fe_unmodeled(L, e, "member access without a base");
  }
  CXCursor base = k.v[0];
  esc__fe_kids_free(&k);
  CXType base_type = clang_getCursorType(base);
  bool arrow = esc__fe_type_is_pointer(base_type);
  bool in_union = esc__fe_type_is_union(arrow ? clang_getPointeeType(base_type) : base_type);
  esc_node_id v = esc__fe_expr(L, base);
  CXType t = clang_getCursorType(e);
  if (arrow)
    return load_value(L, v, e, in_union);
  if (in_union)
    esc__fe_bytes_read(L, v, t, esc__fe_start_loc(L, e));
  return esc__fe_type_carries(t) ? v : ESC_NONE;
}

static esc_node_id unary(esc__fe_lower *L, CXCursor e) {
  switch (clang_getCursorUnaryOperatorKind(e)) {
  case CXUnaryOperator_AddrOf: {
    esc__fe_kids k;
    esc__fe_kids_exprs(e, &k);
    esc_node_id a = k.n == 1 ? esc__fe_addr(L, k.v[0]) : esc__fe_unmodeled(L, e, "address-of");
    esc__fe_kids_free(&k);
    return a;
  }
  case CXUnaryOperator_Deref: {
    esc_node_id v = only_kid(L, e);
    CXType t = clang_getCursorType(e);
    if (esc__fe_type_is_function(t)) /* *fp is fp */
      return v;
    return load_value(L, v, e, true);
  }
  case CXUnaryOperator_PostInc:
  case CXUnaryOperator_PostDec:
  case CXUnaryOperator_PreInc:
  case CXUnaryOperator_PreDec: {
    /* p++ keeps p pointing into the same object: no new flow. */
    esc__fe_kids k;
    esc__fe_kids_exprs(e, &k);
    if (k.n == 1)
      esc__fe_var_written(L, k.v[0]);
    esc__fe_kids_free(&k);
    return operands(L, e);
  }
  case CXUnaryOperator_Extension:
    return operands(L, e);
  case CXUnaryOperator_Plus:
  case CXUnaryOperator_Minus:
  case CXUnaryOperator_Not:
  case CXUnaryOperator_LNot:
  case CXUnaryOperator_Real:
  case CXUnaryOperator_Imag:
    only_kid(L, e);
    return ESC_NONE;
  default:
    return esc__fe_unmodeled(L, e, "unary operator");
  }
}

static esc_node_id binary(esc__fe_lower *L, CXCursor e) {
  switch (clang_getCursorBinaryOperatorKind(e)) {
  case CXBinaryOperator_Assign:
    return esc__fe_assign(L, e);
  case CXBinaryOperator_Comma: {
    esc__fe_kids k;
    esc__fe_kids_exprs(e, &k);
    esc_node_id v = ESC_NONE;
    for (uint32_t i = 0; i < k.n; i++)
      v = esc__fe_expr(L, k.v[i]);
    esc__fe_kids_free(&k);
    return esc__fe_type_carries(clang_getCursorType(e)) ? v : ESC_NONE;
  }
  default:
    return operands(L, e);
  }
}

/* c ? a : b may be either arm. */
static esc_node_id conditional(esc__fe_lower *L, CXCursor e) {
  esc__fe_kids k;
  esc__fe_kids_exprs(e, &k);
  if (k.n >= 1)
    esc__fe_expr(L, k.v[0]);
  esc__fe_kids_free(&k);
  esc_node_id v = esc__fe_union_kids(L, e, 1);
  return esc__fe_type_carries(clang_getCursorType(e)) ? v : ESC_NONE;
}

static esc_node_id explicit_cast(esc__fe_lower *L, CXCursor e) {
  esc__fe_kids k;
  esc__fe_kids_exprs(e, &k);
  esc_node_id v = k.n ? esc__fe_convert(L, e, k.v[k.n - 1], true)
                      : esc__fe_unmodeled(L, e, "cast without an operand");
  esc__fe_kids_free(&k);
  return v;
}

static esc_node_id statement_expression(esc__fe_lower *L, CXCursor e) {
  esc__fe_kids k;
  esc__fe_kids_all(e, &k);
  esc_node_id v = ESC_NONE;
  for (uint32_t i = 0; i < k.n; i++)
    v = esc__fe_compound_value(L, k.v[i]);
  esc__fe_kids_free(&k);
  return esc__fe_type_carries(clang_getCursorType(e)) ? v : ESC_NONE;
}

static esc_node_id unmodeled_kind(esc__fe_lower *L, CXCursor e) {
  CXString s = clang_getCursorKindSpelling(clang_getCursorKind(e));
  esc_node_id v = esc__fe_unmodeled(L, e, clang_getCString(s));
  clang_disposeString(s);
  return v;
}

static esc_node_id value(esc__fe_lower *L, CXCursor e);

esc_node_id esc__fe_expr(esc__fe_lower *L, CXCursor e) {
  return esc__fe_nested(L, e, value);
}

/* Whether an expression of this kind can be an array lvalue, whose value
 * is its decayed address. The others never have array type (conversions,
 * operators, calls), or are lowered with their own rule (initialiser lists,
 * string literals) or through their operands (GNU forms). Asking only for
 * these kinds keeps type queries off the most common nodes. */
static bool may_be_array(enum CXCursorKind kind) {
  switch (kind) {
  case CXCursor_DeclRefExpr:
  case CXCursor_MemberRefExpr:
  case CXCursor_ArraySubscriptExpr:
  case CXCursor_UnaryOperator:
  case CXCursor_ParenExpr:
  case CXCursor_CompoundLiteralExpr:
  case CXCursor_StmtExpr:
  case CXCursor_GenericSelectionExpr:
    return true;
  default:
    return false;
  }
}

static esc_node_id value(esc__fe_lower *L, CXCursor e) {
  enum CXCursorKind kind = clang_getCursorKind(e);
  if (may_be_array(kind) && esc__fe_type_is_array(clang_getCursorType(e)))
    return esc__fe_addr(L, e);
  switch (kind) {
  case CXCursor_DeclRefExpr:
    return declref(L, e);
  case CXCursor_MemberRefExpr:
    return member(L, e);
  case CXCursor_ArraySubscriptExpr:
    return load_value(L, esc__fe_addr(L, e), e, true);
  case CXCursor_ParenExpr:
    return only_kid(L, e);
  case CXCursor_UnaryOperator:
    return unary(L, e);
  case CXCursor_BinaryOperator:
    return binary(L, e);
  case CXCursor_CompoundAssignOperator:
    return esc__fe_compound_assign(L, e);
  case CXCursor_ConditionalOperator:
    return conditional(L, e);
  case CXCursor_CStyleCastExpr:
    return explicit_cast(L, e);
  case CXCursor_UnexposedExpr:
    return esc__fe_unexposed(L, e);
  case CXCursor_CallExpr:
    return esc__fe_call(L, e);
  case CXCursor_CompoundLiteralExpr:
    return esc__fe_compound_literal(L, e);
  case CXCursor_InitListExpr: /* an aggregate's value is all its elements */
    return operands(L, e);
  case CXCursor_StmtExpr:
    return statement_expression(L, e);
  case CXCursor_GenericSelectionExpr:
    /* The controlling expression is not evaluated; any association may be
     * the one chosen. */
    return esc__fe_union_kids(L, e, 1);
  case CXCursor_UnaryExpr: /* sizeof, _Alignof: operand not evaluated */
  case CXCursor_IntegerLiteral:
  case CXCursor_FloatingLiteral:
  case CXCursor_ImaginaryLiteral:
  case CXCursor_FixedPointLiteral:
  case CXCursor_CharacterLiteral:
  case CXCursor_StringLiteral: /* static storage: nothing to track */
  case CXCursor_AddrLabelExpr:
  case CXCursor_GNUNullExpr:
  case CXCursor_CXXNullPtrLiteralExpr:
  case CXCursor_CXXBoolLiteralExpr:
    return ESC_NONE;
  default:
    return unmodeled_kind(L, e);
  }
}
