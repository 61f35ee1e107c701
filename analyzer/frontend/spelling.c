/* Spelling of lvalues and small expressions rebuilt from the AST, for the
 * words of a flow step: "stored into 's->next'", "stored into 'arr[i]'".
 * Only the shapes an lvalue takes are spelled in full; anything else is
 * "..." (a step's words need to be recognisable, not complete). */
#include <stdio.h>
#include <string.h>

#include "lower.h"

typedef struct buf {
  char *s;
  size_t len, size;
} buf;

static void put(buf *b, const char *text) {
  size_t n = strlen(text);
  if (b->len + n >= b->size)
    n = b->size - 1 - b->len;
  memcpy(b->s + b->len, text, n);
  b->len += n;
  b->s[b->len] = '\0';
}

static void put_cxstring(buf *b, CXString s) {
  put(b, clang_getCString(s));
  clang_disposeString(s);
}

static void spell(esc__fe_lower *L, CXCursor e, buf *b, int depth);

static void spell_kid(esc__fe_lower *L, CXCursor e, unsigned i, buf *b, int depth) {
  esc__fe_kids k;
  esc__fe_kids_exprs(e, &k);
  if (i < k.n)
    spell(L, k.v[i], b, depth + 1);
  else
    put(b, "...");
  esc__fe_kids_free(&k);
}

static void spell_integer(CXCursor e, buf *b) {
  CXEvalResult r = clang_Cursor_Evaluate(e);
  if (r && clang_EvalResult_getKind(r) == CXEval_Int) {
    char num[32];
    snprintf(num, sizeof num, "%lld", clang_EvalResult_getAsLongLong(r));
    put(b, num);
  } else {
    put(b, "...");
  }
  if (r)
    clang_EvalResult_dispose(r);
}

static void spell_member(esc__fe_lower *L, CXCursor e, buf *b, int depth) {
  esc__fe_kids k;
  esc__fe_kids_exprs(e, &k);
  if (k.n >= 1) {
    spell(L, k.v[0], b, depth + 1);
    put(b, esc__fe_type_is_pointer(clang_getCursorType(k.v[0])) ? "->" : ".");
  }
  esc__fe_kids_free(&k);
  put_cxstring(b, clang_getCursorSpelling(e));
}

static void spell_unary(esc__fe_lower *L, CXCursor e, buf *b, int depth) {
  enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(e);
  bool postfix = op == CXUnaryOperator_PostInc || op == CXUnaryOperator_PostDec;
  CXString s = clang_getUnaryOperatorKindSpelling(op);
  if (!postfix)
    put(b, clang_getCString(s));
  spell_kid(L, e, 0, b, depth);
  if (postfix)
    put(b, clang_getCString(s));
  clang_disposeString(s);
}

static void spell(esc__fe_lower *L, CXCursor e, buf *b, int depth) {
  if (depth > 16) {
    put(b, "...");
    return;
  }
  switch (clang_getCursorKind(e)) {
  case CXCursor_DeclRefExpr:
    put_cxstring(b, clang_getCursorSpelling(e));
    break;
  case CXCursor_MemberRefExpr:
    spell_member(L, e, b, depth);
    break;
  case CXCursor_ArraySubscriptExpr:
    spell_kid(L, e, 0, b, depth);
    put(b, "[");
    spell_kid(L, e, 1, b, depth);
    put(b, "]");
    break;
  case CXCursor_UnaryOperator:
    spell_unary(L, e, b, depth);
    break;
  case CXCursor_ParenExpr:
    put(b, "(");
    spell_kid(L, e, 0, b, depth);
    put(b, ")");
    break;
  case CXCursor_CStyleCastExpr:
    put(b, "(");
    put_cxstring(b, clang_getTypeSpelling(clang_getCursorType(e)));
    put(b, ")");
    spell_kid(L, e, 0, b, depth);
    break;
  case CXCursor_UnexposedExpr: /* implicit conversions: spell what is converted */
    spell_kid(L, e, 0, b, depth);
    break;
  case CXCursor_IntegerLiteral:
  case CXCursor_CharacterLiteral:
    spell_integer(e, b);
    break;
  case CXCursor_BinaryOperator:
    spell_kid(L, e, 0, b, depth);
    put(b, " ");
    put_cxstring(b, clang_getBinaryOperatorKindSpelling(clang_getCursorBinaryOperatorKind(e)));
    put(b, " ");
    spell_kid(L, e, 1, b, depth);
    break;
  case CXCursor_CallExpr:
    put_cxstring(b, clang_getCursorSpelling(e));
    put(b, "(...)");
    break;
  default:
    put(b, "...");
    break;
  }
}

const char *esc__fe_spell(esc__fe_lower *L, CXCursor e, char *out, size_t size) {
  buf b = {out, 0, size};
  out[0] = '\0';
  spell(L, e, &b, 0);
  return out;
}
