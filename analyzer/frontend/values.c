/* Small graph-building helpers shared by the lowering files: temporaries,
 * loads, unions of values, and the sink for what is not modelled. */
#include "lower.h"

bool esc__fe_enter(esc__fe_lower *L) {
  if (L->depth >= ESC__FE_MAX_DEPTH) {
    L->too_deep = true;
    return false;
  }
  L->depth++;
  return true;
}

esc_node_id esc__fe_nested(esc__fe_lower *L, CXCursor e, esc__fe_lowering lower) {
  if (!esc__fe_enter(L))
    return ESC_NONE;
  esc_node_id v = lower(L, e);
  L->depth--;
  return v;
}

esc_node_id esc__fe_temp(esc__fe_lower *L, const char *name, esc_loc loc) {
  return esc_fn_add_node(L->u, L->f, ESC_NODE_TEMP, name, loc, L->loop);
}

esc_node_id esc__fe_address_of(esc__fe_lower *L, esc_node_id obj, esc_loc loc) {
  esc_node_id t = esc_fn_add_node(L->u, L->f, ESC_NODE_TEMP, NULL, loc, 0);
  esc_fn_add_edge(L->u, L->f, ESC_EDGE_ADDR, t, obj, loc, ESC_STEP_NONE, NULL, 0);
  return t;
}

esc_node_id esc__fe_external_value(esc__fe_lower *L, esc_loc loc) {
  return esc__fe_address_of(L, L->f->external, loc);
}

esc_node_id esc__fe_load(esc__fe_lower *L, esc_node_id src, CXType type, esc_loc loc) {
  if (src == ESC_NONE || !esc__fe_type_carries(type))
    return ESC_NONE;
  esc_node_id t = esc__fe_temp(L, NULL, loc);
  esc_fn_add_edge(L->u, L->f, ESC_EDGE_LOAD, t, src, loc, ESC_STEP_NONE, NULL, 0);
  return t;
}

/* Byte views of pointers. Reading a character or integer where a pointer is
 * stored sees the pointer's bytes: a byte-wise copy through unsigned char *,
 * a pun through a union member or a memcpy into an integer, after which the
 * bytes can rebuild the pointer anywhere. Reads through a pointer (*p, p[i])
 * and from union members may be such views, so what the storage read holds
 * escapes there; a read of a declared non-union field (s->len) is typed and
 * cannot be; a variable of bytes type whose address is taken (memcpy(&x, ...))
 * is caught by vars.c. Storage holding no pointer (strings, int arrays) makes
 * nothing escape, so the rule costs precision only where pointers are read
 * as bytes. */
void esc__fe_bytes_read(esc__fe_lower *L, esc_node_id storage, CXType type, esc_loc loc) {
  if (storage == ESC_NONE || !esc__fe_type_is_bytes(type))
    return;
  CXString spelling = clang_getTypeSpelling(type);
  esc_fn_add_sink(L->u, L->f, ESC_SINK_ADDRESS_TO_INTEGER, storage, loc, clang_getCString(spelling));
  clang_disposeString(spelling);
}

void esc__fe_copy(esc__fe_lower *L, esc_node_id dst, esc_node_id src, esc_loc loc,
               esc_step step, const char *text) {
  if (dst != ESC_NONE && src != ESC_NONE)
    esc_fn_add_edge(L->u, L->f, ESC_EDGE_COPY, dst, src, loc, step, text, 0);
}

void esc__fe_join_add(esc__fe_lower *L, esc__fe_join *j, esc_node_id v, CXCursor from) {
  if (v == ESC_NONE || v == j->value)
    return;
  if (j->value == ESC_NONE) {
    j->value = v;
    return;
  }
  esc_loc loc = esc__fe_start_loc(L, from);
  if (!j->owned) {
    esc_node_id t = esc__fe_temp(L, NULL, loc);
    esc__fe_copy(L, t, j->value, loc, ESC_STEP_NONE, NULL);
    j->value = t;
    j->owned = true;
  }
  esc__fe_copy(L, j->value, v, loc, ESC_STEP_NONE, NULL);
}

esc_node_id esc__fe_union_kids(esc__fe_lower *L, CXCursor c, unsigned skip) {
  esc__fe_kids k;
  esc__fe_kids_exprs(c, &k);
  esc__fe_join j = {ESC_NONE, false};
  for (uint32_t i = skip; i < k.n; i++)
    esc__fe_join_add(L, &j, esc__fe_expr(L, k.v[i]), k.v[i]);
  esc__fe_kids_free(&k);
  return j.value;
}

void esc__fe_sink_unmodeled(esc__fe_lower *L, esc_node_id v, esc_loc loc, const char *what) {
  if (v != ESC_NONE)
    esc_fn_add_sink(L->u, L->f, ESC_SINK_UNMODELED, v, loc, what);
}

void esc__fe_clobber(esc__fe_lower *L, esc_node_id v, esc_loc loc, const char *what) {
  if (v == ESC_NONE)
    return;
  esc__fe_sink_unmodeled(L, v, loc, what);
  esc_fn_add_edge(L->u, L->f, ESC_EDGE_STORE, v, esc__fe_external_value(L, loc), loc,
                  ESC_STEP_NONE, NULL, 0);
}

esc_node_id esc__fe_unmodeled(esc__fe_lower *L, CXCursor c, const char *what) {
  esc__fe_kids k;
  esc__fe_kids_exprs(c, &k);
  for (uint32_t i = 0; i < k.n; i++) {
    esc_node_id v = esc__fe_expr(L, k.v[i]);
    if (v != ESC_NONE)
      esc__fe_clobber(L, v, esc__fe_start_loc(L, k.v[i]), what);
  }
  esc__fe_kids_free(&k);
  if (!esc__fe_type_carries(clang_getCursorType(c)))
    return ESC_NONE;
  return esc__fe_external_value(L, esc__fe_start_loc(L, c));
}
