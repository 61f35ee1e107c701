/* Statements. The graph is flow-insensitive, so control flow only matters
 * for loops (loops.c): every statement is walked once, in source order, and
 * the expressions inside are lowered (lower_expr.c). Declarations make
 * LOCAL nodes, return copies into RETURN, inline assembly clobbers its
 * operands (not modelled). */
#include "lower.h"

static void declarations(esc__fe_lower *L, CXCursor s) {
  esc__fe_kids k;
  esc__fe_kids_all(s, &k);
  for (uint32_t i = 0; i < k.n; i++)
    if (clang_getCursorKind(k.v[i]) == CXCursor_VarDecl)
      esc__fe_declare(L, k.v[i]);
  esc__fe_kids_free(&k);
}

static void return_stmt(esc__fe_lower *L, CXCursor s) {
  esc_node_id v = esc__fe_union_kids(L, s, 0);
  esc__fe_copy(L, L->f->ret, v, esc__fe_start_loc(L, s), ESC_STEP_RETURN, NULL);
}

/* asm("..." : "=r"(out) : "r"(in)): the assembly may read and write through
 * every operand; an lvalue operand may also be overwritten with anything. */
static void inline_asm(esc__fe_lower *L, CXCursor s) {
  static const char what[] = "inline assembly";
  esc__fe_kids k;
  esc__fe_kids_exprs(s, &k);
  for (uint32_t i = 0; i < k.n; i++) {
    esc_loc loc = esc__fe_start_loc(L, k.v[i]);
    CXCursor var = esc__fe_plain_var(k.v[i]);
    if (!clang_Cursor_isNull(var) || clang_getCursorKind(k.v[i]) == CXCursor_MemberRefExpr ||
        clang_getCursorKind(k.v[i]) == CXCursor_ArraySubscriptExpr ||
        clang_getCursorKind(k.v[i]) == CXCursor_UnaryOperator)
      esc__fe_clobber(L, esc__fe_addr(L, k.v[i]), loc, what);
    else
      esc__fe_clobber(L, esc__fe_expr(L, k.v[i]), loc, what);
  }
  esc__fe_kids_free(&k);
}

/* Statements whose parts are just walked: if, switch, case, labels, ... */
static void parts(esc__fe_lower *L, CXCursor s) {
  esc__fe_kids k;
  esc__fe_kids_all(s, &k);
  for (uint32_t i = 0; i < k.n; i++) {
    enum CXCursorKind kind = clang_getCursorKind(k.v[i]);
    if (clang_isExpression(kind))
      esc__fe_expr(L, k.v[i]);
    else if (clang_isStatement(kind))
      esc__fe_stmt(L, k.v[i]);
    else if (kind == CXCursor_VarDecl)
      esc__fe_declare(L, k.v[i]);
  }
  esc__fe_kids_free(&k);
}

static void statement(esc__fe_lower *L, CXCursor s);

void esc__fe_stmt(esc__fe_lower *L, CXCursor s) {
  if (!esc__fe_enter(L))
    return;
  statement(L, s);
  L->depth--;
}

static void statement(esc__fe_lower *L, CXCursor s) {
  enum CXCursorKind kind = clang_getCursorKind(s);
  switch (kind) {
  case CXCursor_DeclStmt:
    declarations(L, s);
    break;
  case CXCursor_ReturnStmt:
    return_stmt(L, s);
    break;
  case CXCursor_ForStmt:
  case CXCursor_WhileStmt:
  case CXCursor_DoStmt: {
    uint32_t saved = esc__fe_loop_open(L, s);
    parts(L, s);
    esc__fe_loop_close(L, saved);
    break;
  }
  case CXCursor_LabelStmt:
    esc__fe_label_reached(L, s);
    parts(L, s);
    break;
  case CXCursor_GotoStmt:
    esc__fe_goto_seen(L, s);
    break;
  case CXCursor_IndirectGotoStmt: /* goto *p: may jump to any label */
    L->whole_body_loop = true;
    parts(L, s);
    break;
  case CXCursor_GCCAsmStmt:
  case CXCursor_MSAsmStmt:
    inline_asm(L, s);
    break;
  default:
    if (clang_isExpression(kind))
      esc__fe_expr(L, s);
    else
      parts(L, s);
    break;
  }
}

esc_node_id esc__fe_compound_value(esc__fe_lower *L, CXCursor compound) {
  if (clang_getCursorKind(compound) != CXCursor_CompoundStmt) {
    esc__fe_stmt(L, compound);
    return ESC_NONE;
  }
  esc__fe_kids k;
  esc__fe_kids_all(compound, &k);
  esc_node_id v = ESC_NONE;
  for (uint32_t i = 0; i < k.n; i++) {
    if (i + 1 == k.n && clang_isExpression(clang_getCursorKind(k.v[i])))
      v = esc__fe_expr(L, k.v[i]);
    else
      esc__fe_stmt(L, k.v[i]);
  }
  esc__fe_kids_free(&k);
  return v;
}
