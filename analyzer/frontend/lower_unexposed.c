/* CXCursor_UnexposedExpr: the libclang bucket for expressions the C API
 * does not name. Most are implicit conversions (ImplicitCastExpr), which
 * begin where their single operand begins; the rest begin with a keyword of
 * their own, read from the source at their spelling location:
 *     __builtin_va_arg        the next variadic argument: loaded from the
 *                             va_list
 *     . or [ (designators)    the designated initialiser's value (also the
 *                             GNU `field: value`, told by its field child)
 *     __builtin_choose_expr   either operand
 *     __builtin_offsetof      an integer
 *     __atomic_* / __c11_atomic_*   operand 1 is the atomic object: modelled
 *                             as loads from and stores into it of every
 *                             other operand (and through pointer operands)
 * Any other form is not modelled (esc__fe_unmodeled, named by its keyword). */
#include <stdio.h>
#include <string.h>

#include "lower.h"

/* The identifier or punctuator at the start of e's spelling, in word. */
static void leading_word(esc__fe_lower *L, CXCursor e, char *word, size_t size) {
  CXFile file = NULL;
  unsigned offset = 0;
  clang_getSpellingLocation(clang_getRangeStart(clang_getCursorExtent(e)), &file, NULL, NULL,
                            &offset);
  size_t len = 0, n = 0;
  const char *text = file ? clang_getFileContents(L->tu, file, &len) : NULL;
  if (text && offset < len) {
    const char *p = text + offset;
    while (offset + n < len && n + 1 < size &&
           (p[n] == '_' || (p[n] >= 'a' && p[n] <= 'z') || (p[n] >= 'A' && p[n] <= 'Z') ||
            (n > 0 && p[n] >= '0' && p[n] <= '9')))
      n++;
    if (n == 0 && size > 1)
      n = 1;
    memcpy(word, p, n);
  }
  word[n] = '\0';
}

static bool starts_with(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

static void store(esc__fe_lower *L, esc_node_id dst, esc_node_id src, esc_loc loc) {
  if (dst != ESC_NONE && src != ESC_NONE)
    esc_fn_add_edge(L->u, L->f, ESC_EDGE_STORE, dst, src, loc, ESC_STEP_NONE, NULL, 0);
}

/* __atomic_op(obj, operands...): *obj may receive every operand and what
 * pointer operands point to, and those may receive *obj; the value is *obj. */
static esc_node_id atomic(esc__fe_lower *L, CXCursor e) {
  esc__fe_kids k;
  esc__fe_kids_exprs(e, &k);
  esc_node_id obj = k.n ? esc__fe_expr(L, k.v[0]) : ESC_NONE;
  esc_loc loc = esc__fe_start_loc(L, e);
  CXType any = clang_getCursorType(k.n ? k.v[0] : e);
  esc_node_id held = esc__fe_load(L, obj, any, loc);
  for (uint32_t i = 1; i < k.n; i++) {
    esc_node_id v = esc__fe_expr(L, k.v[i]);
    if (v == ESC_NONE || obj == ESC_NONE)
      continue;
    store(L, obj, v, loc);
    store(L, obj, esc__fe_load(L, v, any, loc), loc);
    store(L, v, held, loc);
  }
  esc__fe_kids_free(&k);
  return esc__fe_type_carries(clang_getCursorType(e)) ? held : ESC_NONE;
}

/* A designated initialiser names its field with a MemberRef child (the
 * only way to recognise the old GNU form `field: value`). */
static bool designates_field(CXCursor e) {
  esc__fe_kids k;
  esc__fe_kids_all(e, &k);
  bool found = false;
  for (uint32_t i = 0; i < k.n; i++)
    found |= clang_getCursorKind(k.v[i]) == CXCursor_MemberRef;
  esc__fe_kids_free(&k);
  return found;
}


/* va_arg(ap, T): what the va_list holds (va_start stored the "..."
 * parameter there; a va_list parameter holds its caller's arguments). A
 * va_list whose value is not followed yields unknown memory. A typeof in T
 * is not evaluated, so only the va_list operand is lowered. */
static esc_node_id va_arg_value(esc__fe_lower *L, CXCursor e, bool carries) {
  esc__fe_kids k;
  esc__fe_kids_exprs(e, &k);
  esc_node_id ap = k.n ? esc__fe_expr(L, k.v[0]) : ESC_NONE;
  esc__fe_kids_free(&k);
  if (!carries)
    return ESC_NONE;
  esc_loc loc = esc__fe_start_loc(L, e);
  if (ap == ESC_NONE)
    return esc__fe_external_value(L, loc);
  esc_node_id t = esc__fe_temp(L, NULL, loc);
  esc_fn_add_edge(L->u, L->f, ESC_EDGE_LOAD, t, ap, loc, ESC_STEP_NONE, NULL, 0);
  return t;
}

static esc_node_id keyword_form(esc__fe_lower *L, CXCursor e) {
  char word[64];
  leading_word(L, e, word, sizeof word);
  bool carries = esc__fe_type_carries(clang_getCursorType(e));
  if (strcmp(word, "__builtin_va_arg") == 0)
    return va_arg_value(L, e, carries);
  if (strcmp(word, ".") == 0 || strcmp(word, "[") == 0 ||
      strcmp(word, "__builtin_choose_expr") == 0 || designates_field(e))
    return esc__fe_union_kids(L, e, 0);
  if (strcmp(word, "__builtin_offsetof") == 0) {
    esc__fe_union_kids(L, e, 0);
    return ESC_NONE;
  }
  if (starts_with(word, "__atomic_") || starts_with(word, "__c11_atomic_"))
    return atomic(L, e);
  char what[96];
  snprintf(what, sizeof what, "'%s'", word);
  return esc__fe_unmodeled(L, e, what);
}

esc_node_id esc__fe_unexposed(esc__fe_lower *L, CXCursor e) {
  esc__fe_kids k;
  esc__fe_kids_exprs(e, &k);
  if (k.n == 0) { /* implicit value initialisation, type traits, __func__ */
    esc__fe_kids_free(&k);
    return ESC_NONE;
  }
  CXCursor first = k.v[0];
  uint32_t n = k.n;
  esc__fe_kids_free(&k);
  /* An implicit conversion is located where its operand is (cheap to ask);
   * the extents' starts decide the rarer forms. */
  bool same_start = clang_equalLocations(clang_getCursorLocation(e), clang_getCursorLocation(first)) ||
                    clang_equalLocations(clang_getRangeStart(clang_getCursorExtent(e)),
                                         clang_getRangeStart(clang_getCursorExtent(first)));
  if (!same_start)
    return keyword_form(L, e);
  if (n == 1)
    return esc__fe_convert(L, e, first, false);
  /* a ?: b (GNU), and wrappers of several operands: any operand's value */
  esc_node_id v = esc__fe_union_kids(L, e, 0);
  return esc__fe_type_carries(clang_getCursorType(e)) ? v : ESC_NONE;
}
