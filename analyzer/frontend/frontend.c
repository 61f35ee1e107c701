/* The frontend's entry point: walks the translation unit's top level and
 * lowers each function defined outside system headers (its parameters, then
 * its body: lower_stmt.c), then marks the functions whose address is taken.
 * The walk recurses once per level of nesting, so it runs on a thread of its
 * own with a large stack (reserved, not touched, until deep code needs it).
 * See lower.h for how the lowering files fit together. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "frontend.h"
#include "lower.h"

static void add_params(esc__fe_lower *L, CXCursor fn) {
  int n = clang_Cursor_getNumArguments(fn);
  for (int i = 0; i < n; i++) {
    CXCursor p = clang_Cursor_getArgument(fn, (unsigned)i);
    CXString name = clang_getCursorSpelling(p);
    char unnamed[32];
    const char *s = clang_getCString(name);
    if (!s || !*s) {
      snprintf(unnamed, sizeof unnamed, "<param %d>", i + 1);
      s = unnamed;
    }
    esc__fe_var_bind(L, p, esc_fn_add_param(L->u, L->f, s, esc__fe_cursor_loc(L, p)));
    clang_disposeString(name);
  }
  /* The variadic arguments, as one more parameter (graph.h): va_start puts
   * it into the va_list, va_arg takes it out (lower_call.c,
   * lower_unexposed.c). */
  L->dots = L->f->is_variadic ? esc_fn_add_param(L->u, L->f, "...", esc__fe_cursor_loc(L, fn))
                              : ESC_NONE;
}

static CXCursor body_of(CXCursor fn) {
  esc__fe_kids k;
  esc__fe_kids_all(fn, &k);
  CXCursor body = clang_getNullCursor();
  for (uint32_t i = 0; i < k.n; i++)
    if (clang_getCursorKind(k.v[i]) == CXCursor_CompoundStmt)
      body = k.v[i];
  esc__fe_kids_free(&k);
  return body;
}

static void lower_function(esc__fe_lower *L, CXCursor fn) {
  CXString name = clang_getCursorSpelling(fn);
  L->f = esc_unit_add_function(L->u, clang_getCString(name), esc__fe_cursor_loc(L, fn));
  clang_disposeString(name);
  L->f->range = esc__fe_range(L, fn);
  L->f->is_static = clang_getCursorLinkage(fn) == CXLinkage_Internal;
  L->f->is_variadic = clang_isFunctionTypeVariadic(clang_getCursorType(fn)) == 1;
  L->f->returns_aggregate =
      clang_getCanonicalType(clang_getCursorResultType(fn)).kind == CXType_Record;
  esc__fe_vars_reset(L);
  esc__fe_loops_reset(L);
  add_params(L, fn);
  CXCursor body = body_of(fn);
  if (!clang_Cursor_isNull(body))
    esc__fe_stmt(L, body);
  esc__fe_loops_finish(L);
  esc__fe_params_settle(L);
}

static bool in_system_header(CXCursor c) {
  return clang_Location_isInSystemHeader(clang_getCursorLocation(c)) != 0;
}

static enum CXChildVisitResult top_level(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  esc__fe_lower *L = data;
  switch (clang_getCursorKind(c)) {
  case CXCursor_FunctionDecl:
    if (clang_isCursorDefinition(c) && !in_system_header(c))
      lower_function(L, c);
    break;
  case CXCursor_VarDecl:
    if (!in_system_header(c))
      esc__fe_taken_scan_global(L, c);
    break;
  case CXCursor_LinkageSpec:
    return CXChildVisit_Recurse;
  default:
    break;
  }
  return CXChildVisit_Continue;
}

static void release(esc__fe_lower *L) {
  for (uint32_t i = 0; i < L->ntaken; i++)
    free(L->taken[i]);
  free(L->taken);
  free(L->vars);
  free(L->labels);
  free(L->files);
  esc__fe_hash_free(&L->var_index);
  esc__fe_hash_free(&L->label_index);
  esc__fe_hash_free(&L->taken_index);
}

static void *lower_unit(void *data) {
  esc__fe_lower *L = data;
  clang_visitChildren(clang_getTranslationUnitCursor(L->tu), top_level, L);
  esc__fe_taken_apply(L);
  return NULL;
}

/* Runs lower_unit on a thread with a deep stack, or here if none can be made. */
static void run_deep(esc__fe_lower *L) {
  pthread_attr_t attr;
  pthread_t thread;
  bool started = false;
  if (pthread_attr_init(&attr) == 0) {
    started = pthread_attr_setstacksize(&attr, ESC__FE_STACK_BYTES) == 0 &&
              pthread_create(&thread, &attr, lower_unit, L) == 0;
    pthread_attr_destroy(&attr);
  }
  if (started)
    pthread_join(thread, NULL);
  else
    lower_unit(L);
}

int esc_frontend_lower(CXTranslationUnit tu, esc_unit *out, char *err, size_t errlen) {
  if (!tu || !out) {
    if (err && errlen)
      snprintf(err, errlen, "no translation unit to lower");
    return -1;
  }
  esc__fe_lower L = {.tu = tu, .u = out};
  run_deep(&L);
  bool too_deep = L.too_deep;
  release(&L);
  if (too_deep) {
    if (err && errlen)
      snprintf(err, errlen, "code nested more than %u levels deep is not analyzed",
               ESC__FE_MAX_DEPTH);
    return -1;
  }
  return 0;
}
