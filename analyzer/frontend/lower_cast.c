/* Conversions, explicit (a cast in the source) or implicit (libclang's
 * UnexposedExpr around one operand):
 *     pointer -> pointer        keeps the value; an explicit cast is a flow
 *                               step "converted to 'T'"
 *     pointer -> integer        the pointer escapes: ESC_SINK_ADDRESS_TO_INTEGER
 *                               (not for _Bool, a truth value)
 *     integer -> pointer        a null constant points nowhere; any other
 *                               integer may be any address: EXTERNAL
 *     anything else             keeps the value if the type can carry one */
#include "lower.h"

/* Whether e is an integer constant expression equal to 0. */
static bool is_null_constant(CXCursor e) {
  CXEvalResult r = clang_Cursor_Evaluate(e);
  if (!r)
    return false;
  bool zero = clang_EvalResult_getKind(r) == CXEval_Int &&
              clang_EvalResult_getAsLongLong(r) == 0;
  clang_EvalResult_dispose(r);
  return zero;
}

static bool pointer_like(CXType t) {
  return esc__fe_type_is_pointer(t) || esc__fe_type_is_array(t) || esc__fe_type_is_function(t);
}

esc_node_id esc__fe_convert(esc__fe_lower *L, CXCursor e, CXCursor child, bool explicit_cast) {
  CXType to = clang_getCursorType(e), from = clang_getCursorType(child);
  esc_node_id v = esc__fe_expr(L, child);
  if (esc__fe_type_is_pointer(to)) {
    if (esc__fe_type_is_integer(from))
      return is_null_constant(child) ? ESC_NONE
                                     : esc__fe_external_value(L, esc__fe_start_loc(L, e));
    if (!explicit_cast || v == ESC_NONE)
      return v;
    esc_loc loc = esc__fe_start_loc(L, e);
    CXString spelling = clang_getTypeSpelling(to);
    esc_node_id t = esc__fe_temp(L, NULL, loc);
    esc__fe_copy(L, t, v, loc, ESC_STEP_CAST, clang_getCString(spelling));
    clang_disposeString(spelling);
    return t;
  }
  if (esc__fe_type_is_integer(to) && pointer_like(from)) {
    if (v != ESC_NONE) {
      CXString spelling = clang_getTypeSpelling(to);
      esc_fn_add_sink(L->u, L->f, ESC_SINK_ADDRESS_TO_INTEGER, v, esc__fe_start_loc(L, e),
                      clang_getCString(spelling));
      clang_disposeString(spelling);
    }
    return ESC_NONE;
  }
  return esc__fe_type_carries(to) ? v : ESC_NONE;
}
