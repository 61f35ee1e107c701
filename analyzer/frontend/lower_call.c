/* Calls: every call becomes an esc_call, recorded neutrally (the passes
 * decide what it means). A direct call names the function as written
 * (builtins and _chk variants included); a call through a pointer has no
 * callee and its callee expression is lowered for its side effects. Each
 * argument's value is copied into a TEMP of its own by an ARG step, and its
 * integer constant value (sizeof, 4*sizeof(int), ...) and string-literal
 * length are recorded for the size and library models. va_start also
 * stores the function's "..." parameter into its va_list. */
#include <stdint.h>
#include <string.h>

#include "lower.h"

/* Looks through parentheses, implicit conversions, & and * to a function
 * name: f(x), (f)(x), (&f)(x), (*f)(x) are all direct calls of f. */
CXCursor esc__fe_direct_callee(CXCursor callee) {
  for (int depth = 0; depth < 16; depth++) {
    enum CXCursorKind k = clang_getCursorKind(callee);
    if (k == CXCursor_DeclRefExpr) {
      CXCursor d = clang_getCursorReferenced(callee);
      return clang_getCursorKind(d) == CXCursor_FunctionDecl ? d : clang_getNullCursor();
    }
    bool through = k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr ||
                   (k == CXCursor_UnaryOperator &&
                    (clang_getCursorUnaryOperatorKind(callee) == CXUnaryOperator_AddrOf ||
                     clang_getCursorUnaryOperatorKind(callee) == CXUnaryOperator_Deref));
    if (!through)
      break;
    esc__fe_kids k2;
    esc__fe_kids_exprs(callee, &k2);
    CXCursor inner = k2.n == 1 ? k2.v[0] : clang_getNullCursor();
    esc__fe_kids_free(&k2);
    if (clang_Cursor_isNull(inner))
      break;
    CXType t = clang_getCursorType(inner);
    if (clang_getCursorKind(inner) != CXCursor_DeclRefExpr && /* builtins have no C type */
        !esc__fe_type_is_function(t) && !esc__fe_type_is_function(clang_getPointeeType(t)))
      break;
    callee = inner;
  }
  return clang_getNullCursor();
}

static int64_t constant_of(CXCursor arg) {
  if (!esc__fe_type_is_integer(clang_getCursorType(arg)))
    return ESC_NOT_CONSTANT;
  CXEvalResult r = clang_Cursor_Evaluate(arg);
  if (!r)
    return ESC_NOT_CONSTANT;
  int64_t value = ESC_NOT_CONSTANT;
  if (clang_EvalResult_getKind(r) == CXEval_Int) {
    if (!clang_EvalResult_isUnsignedInt(r))
      value = clang_EvalResult_getAsLongLong(r);
    else if (clang_EvalResult_getAsUnsigned(r) <= INT64_MAX)
      value = (int64_t)clang_EvalResult_getAsUnsigned(r);
  }
  clang_EvalResult_dispose(r);
  return value;
}

/* libclang evaluates a string literal through the conversion around it,
 * so each level from the argument down is tried. */
static int64_t evaluated_strlen(CXCursor e) {
  CXEvalResult r = clang_Cursor_Evaluate(e);
  int64_t n = -1;
  if (r && clang_EvalResult_getKind(r) == CXEval_StrLiteral)
    n = (int64_t)strlen(clang_EvalResult_getAsStr(r));
  if (r)
    clang_EvalResult_dispose(r);
  return n;
}

enum { MAX_WRAPPERS = 16 };

/* An argument and the expressions beneath its parentheses, implicit
 * conversions and casts, outermost first (one walk serves both questions
 * below). A chain deeper than MAX_WRAPPERS stops there: the questions are
 * then answered "no", which costs precision only. */
typedef struct wrapped {
  CXCursor level[MAX_WRAPPERS];
  int n;
} wrapped;

static wrapped peel(CXCursor arg) {
  wrapped w = {.n = 0};
  for (CXCursor e = arg; w.n < MAX_WRAPPERS;) {
    w.level[w.n++] = e;
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k != CXCursor_UnexposedExpr && k != CXCursor_ParenExpr && k != CXCursor_CStyleCastExpr)
      break;
    esc__fe_kids kids;
    esc__fe_kids_exprs(e, &kids);
    CXCursor inner = kids.n == 1 ? kids.v[0] : clang_getNullCursor();
    esc__fe_kids_free(&kids);
    if (clang_Cursor_isNull(inner))
      break;
    e = inner;
  }
  return w;
}

/* The length of the string literal the argument is (through conversions
 * and parentheses, not casts), else -1. */
static int64_t strlen_of(const wrapped *w) {
  if (clang_getCursorKind(w->level[w->n - 1]) != CXCursor_StringLiteral)
    return -1;
  for (int i = 0; i < w->n - 1; i++)
    if (clang_getCursorKind(w->level[i]) == CXCursor_CStyleCastExpr)
      return -1;
  for (int i = 0; i < w->n; i++) {
    int64_t len = evaluated_strlen(w->level[i]);
    if (len >= 0)
      return len;
  }
  return -1;
}

/* va_start(ap, last) stores the function's variadic arguments into ap. */
static bool is_va_start(const char *name) {
  return strcmp(name, "__builtin_va_start") == 0 || strcmp(name, "__builtin_c23_va_start") == 0;
}

static bool is_setjmp(const char *name) {
  static const char *const names[] = {"setjmp", "_setjmp", "sigsetjmp", "__sigsetjmp",
                                      "__builtin_setjmp", "savectx", "vfork", "getcontext"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(name, names[i]) == 0)
      return true;
  return false;
}

esc_node_id esc__fe_call(esc__fe_lower *L, CXCursor e) {
  esc__fe_kids k;
  esc__fe_kids_exprs(e, &k);
  CXCursor callee_expr = k.n ? k.v[0] : clang_getNullCursor();
  esc__fe_kids_free(&k);
  CXCursor fn = clang_Cursor_isNull(callee_expr) ? callee_expr : esc__fe_direct_callee(callee_expr);
  CXString name = clang_getCursorSpelling(fn);
  const char *callee = clang_Cursor_isNull(fn) ? NULL : clang_getCString(name);
  esc_loc loc = callee ? esc__fe_cursor_loc(L, callee_expr) : esc__fe_start_loc(L, e);
  if (!callee && !clang_Cursor_isNull(callee_expr))
    esc__fe_expr(L, callee_expr);
  if (callee && is_setjmp(callee))
    esc__fe_setjmp_seen(L, e);

  int nargs = clang_Cursor_getNumArguments(e);
  esc_call *c = esc_fn_add_call(L->u, L->f, callee, loc, nargs > 0 ? (uint32_t)nargs : 0);
  uint32_t index = (uint32_t)(c - L->f->calls);
  const char *step_text = callee ? callee : "function pointer";
  c->range = esc__fe_range(L, e);
  c->loop = L->loop;
  for (int i = 0; i < nargs; i++) {
    CXCursor arg = clang_Cursor_getArgument(e, (unsigned)i);
    esc_node_id v = esc__fe_expr(L, arg);
    c = &L->f->calls[index]; /* lowering the argument may have grown calls */
    c->arg_ranges[i] = esc__fe_range(L, arg);
    c->arg_const[i] = constant_of(arg);
    wrapped w = peel(arg);
    c->arg_strlen[i] = strlen_of(&w);
    c->arg_param[i] = esc__fe_param_named(L, w.level[w.n - 1]);
    if (v == ESC_NONE)
      continue;
    esc_loc at = c->arg_ranges[i].begin;
    esc_node_id t = esc__fe_temp(L, NULL, at);
    esc_fn_add_edge(L->u, L->f, ESC_EDGE_COPY, t, v, at, ESC_STEP_ARG, step_text, (uint32_t)i);
    L->f->calls[index].args[i] = t;
  }
  c = &L->f->calls[index];
  if (callee && is_va_start(callee) && L->dots != ESC_NONE && c->nargs > 0)
    esc_fn_add_edge(L->u, L->f, ESC_EDGE_STORE, c->args[0], L->dots, loc, ESC_STEP_NONE, NULL, 0);
  if (clang_getCursorType(e).kind != CXType_Void) {
    char result[128];
    const char *rname = callee ? callee : "(*fp)";
    size_t n = strlen(rname);
    if (n > sizeof result - 3)
      n = sizeof result - 3;
    memcpy(result, rname, n);
    memcpy(result + n, "()", 3);
    c->result = esc__fe_temp(L, result, loc);
  }
  clang_disposeString(name);
  return esc__fe_type_carries(clang_getCursorType(e)) ? c->result : ESC_NONE;
}
