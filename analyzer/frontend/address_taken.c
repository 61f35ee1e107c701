/* Which functions of the unit have their address taken: a function name
 * used other than as the callee of a direct call (stored in a function
 * pointer, passed as a callback, put in a file-scope table). Such a
 * function can be called from places the call graph does not show. Names
 * are collected while lowering (lower_expr.c) and from file-scope
 * initialisers, then applied to the unit's functions at the end. */
#include <stdlib.h>
#include <string.h>

#include "lower.h"

static bool same_name(const void *key, uint32_t item, void *ctx) {
  const esc__fe_lower *L = ctx;
  return strcmp(key, L->taken[item]) == 0;
}

static uint32_t find(esc__fe_lower *L, const char *name) {
  return esc__fe_hash_find(&L->taken_index, esc__fe_hash_string(name), same_name, name, L);
}

void esc__fe_taken_add(esc__fe_lower *L, const char *name) {
  if (!name || !*name || find(L, name) != UINT32_MAX)
    return;
  L->taken = esc__fe_grow(L->taken, sizeof *L->taken, L->ntaken, &L->cap_taken);
  L->taken[L->ntaken] = strdup(name);
  if (!L->taken[L->ntaken])
    abort();
  esc__fe_hash_insert(&L->taken_index, esc__fe_hash_string(name), L->ntaken++);
}

static enum CXChildVisitResult scan(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  if (clang_getCursorKind(c) == CXCursor_DeclRefExpr) {
    CXCursor d = clang_getCursorReferenced(c);
    if (clang_getCursorKind(d) == CXCursor_FunctionDecl) {
      CXString name = clang_getCursorSpelling(d);
      esc__fe_taken_add(data, clang_getCString(name));
      clang_disposeString(name);
    }
  }
  return CXChildVisit_Recurse;
}

void esc__fe_taken_scan_global(esc__fe_lower *L, CXCursor var) {
  CXCursor init = clang_Cursor_getVarDeclInitializer(var);
  if (!clang_Cursor_isNull(init)) {
    scan(init, var, L);
    clang_visitChildren(init, scan, L);
  }
}

void esc__fe_taken_apply(esc__fe_lower *L) {
  for (uint32_t i = 0; i < L->u->nfunctions; i++) {
    esc_function *f = L->u->functions[i];
    if (find(L, f->name) != UINT32_MAX)
      f->address_taken = true;
  }
}
