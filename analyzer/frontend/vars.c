/* Variables -> nodes for the function being lowered, looked up by the
 * canonical declaration cursor (clang_hashCursor / clang_equalCursors), so
 * a use costs O(1). A local is a LOCAL node made when its declaration is
 * lowered (so decl_loop is the loop around the declaration); a parameter is
 * its PARAM node (bound by frontend.c); a global, file static, static local
 * or extern is one GLOBAL node per declaration per function. */
#include <stdlib.h>

#include "lower.h"

static bool same_decl(const void *key, uint32_t item, void *ctx) {
  const esc__fe_lower *L = ctx;
  return clang_equalCursors(*(const CXCursor *)key, L->vars[item].decl);
}

static uint32_t find(esc__fe_lower *L, CXCursor decl) {
  return esc__fe_hash_find(&L->var_index, clang_hashCursor(decl), same_decl, &decl, L);
}

void esc__fe_var_bind(esc__fe_lower *L, CXCursor decl, esc_node_id node) {
  decl = clang_getCanonicalCursor(decl);
  L->vars = esc__fe_grow(L->vars, sizeof *L->vars, L->nvars, &L->cap_vars);
  L->vars[L->nvars] = (esc__fe_var_entry){decl, node, ESC_NONE, false};
  esc__fe_hash_insert(&L->var_index, clang_hashCursor(decl), L->nvars++);
}

static uint32_t entry(esc__fe_lower *L, CXCursor decl) {
  decl = clang_getCanonicalCursor(decl);
  uint32_t i = find(L, decl);
  if (i != UINT32_MAX)
    return i;
  bool global = clang_getCursorKind(decl) == CXCursor_VarDecl &&
                clang_Cursor_hasVarDeclGlobalStorage(decl) == 1;
  CXString name = clang_getCursorSpelling(decl);
  esc_node_id node = esc_fn_add_node(L->u, L->f, global ? ESC_NODE_GLOBAL : ESC_NODE_LOCAL,
                                     clang_getCString(name), esc__fe_cursor_loc(L, decl),
                                     global ? 0 : L->loop);
  clang_disposeString(name);
  esc__fe_var_bind(L, decl, node);
  return L->nvars - 1;
}

esc_node_id esc__fe_var(esc__fe_lower *L, CXCursor decl) {
  uint32_t i = entry(L, decl); /* may grow L->vars */
  return L->vars[i].node;
}

esc_node_id esc__fe_var_addr(esc__fe_lower *L, CXCursor decl) {
  uint32_t i = entry(L, decl);
  L->vars[i].written = true; /* it may be written through its address */
  if (L->vars[i].addr == ESC_NONE) {
    esc_node_id var = L->vars[i].node;
    esc_loc loc = L->f->nodes[var].decl;
    L->vars[i].addr = esc__fe_address_of(L, var, loc);
    /* A pointer copied into an integer through its address (memcpy(&x,
     * &p, ...)) is read back as bytes whenever x is (values.c). */
    esc__fe_bytes_read(L, var, clang_getCursorType(decl), loc);
  }
  return L->vars[i].addr;
}

void esc__fe_var_written(esc__fe_lower *L, CXCursor lvalue) {
  CXCursor decl = esc__fe_plain_var(lvalue);
  if (!clang_Cursor_isNull(decl)) {
    uint32_t i = entry(L, decl); /* may grow L->vars */
    L->vars[i].written = true;
  }
}

uint32_t esc__fe_param_named(esc__fe_lower *L, CXCursor e) {
  if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
    return ESC_NONE;
  CXCursor decl = clang_getCursorReferenced(e);
  if (clang_getCursorKind(decl) != CXCursor_ParmDecl)
    return ESC_NONE;
  const esc_node *n = &L->f->nodes[esc__fe_var(L, decl)];
  return n->kind == ESC_NODE_PARAM ? n->param_index : ESC_NONE;
}

void esc__fe_params_settle(esc__fe_lower *L) {
  bool *written = calloc(L->f->nparams + 1, sizeof *written);
  if (!written)
    abort();
  for (uint32_t i = 0; i < L->nvars; i++) {
    const esc_node *n = &L->f->nodes[L->vars[i].node];
    if (n->kind == ESC_NODE_PARAM && L->vars[i].written)
      written[n->param_index] = true;
  }
  for (uint32_t c = 0; c < L->f->ncalls; c++) {
    esc_call *call = &L->f->calls[c];
    for (uint32_t a = 0; a < call->nargs; a++)
      if (call->arg_param[a] != ESC_NONE && written[call->arg_param[a]])
        call->arg_param[a] = ESC_NONE;
  }
  free(written);
}

void esc__fe_vars_reset(esc__fe_lower *L) {
  L->nvars = 0;
  esc__fe_hash_clear(&L->var_index);
}

CXCursor esc__fe_plain_var(CXCursor e) {
  for (;;) {
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_ParenExpr) {
      esc__fe_kids kids;
      esc__fe_kids_exprs(e, &kids);
      CXCursor inner = kids.n == 1 ? kids.v[0] : clang_getNullCursor();
      esc__fe_kids_free(&kids);
      e = inner;
      continue;
    }
    if (k != CXCursor_DeclRefExpr)
      return clang_getNullCursor();
    CXCursor d = clang_getCursorReferenced(e);
    k = clang_getCursorKind(d);
    return k == CXCursor_VarDecl || k == CXCursor_ParmDecl ? d : clang_getNullCursor();
  }
}
