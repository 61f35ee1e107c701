/* One points-to set (see internal.h): objects in insertion order, so that
 * the solver's difference propagation is a suffix, with the provenance of
 * each fact beside it; small sets are scanned, large ones hashed. The
 * arrays live in the function's scratch memory (scratch.c). */
#include "internal.h"

enum { HASH_FROM = 12 };

static uint32_t slot_of(esc_node_id o, uint32_t mask) {
  return (o * 2654435761u) & mask;
}

uint32_t esc__pts_find(const esc__pts *s, esc_node_id o) {
  if (!s->tab) {
    for (uint32_t i = 0; i < s->n; i++)
      if (s->obj[i] == o)
        return i;
    return ESC_NONE;
  }
  uint32_t mask = s->tab_cap - 1;
  for (uint32_t h = slot_of(o, mask);; h = (h + 1) & mask) {
    uint32_t at = s->tab[h];
    if (at == 0)
      return ESC_NONE;
    if (s->obj[at - 1] == o)
      return at - 1;
  }
}

bool esc__pts_has(const esc__pts *s, esc_node_id o) { return esc__pts_find(s, o) != ESC_NONE; }

/* Rebuilds the table at twice the set's size (load factor <= 1/2). */
static void rehash(esc__scratch *m, esc__pts *s) {
  uint32_t cap = 32;
  while (cap < 2 * s->cap)
    cap *= 2;
  s->tab = esc__scratch_zalloc(m, cap * sizeof *s->tab);
  s->tab_cap = cap;
  for (uint32_t i = 0; i < s->n; i++) {
    uint32_t h = slot_of(s->obj[i], cap - 1);
    while (s->tab[h])
      h = (h + 1) & (cap - 1);
    s->tab[h] = i + 1;
  }
}

bool esc__pts_add(esc__scratch *m, esc__pts *s, esc_node_id o, esc__prov prov) {
  if (esc__pts_find(s, o) != ESC_NONE)
    return false;
  if (s->n == s->cap) {
    uint32_t cap = s->cap ? 2 * s->cap : 4;
    s->obj = esc__scratch_grow(m, s->obj, s->n * sizeof *s->obj, cap * sizeof *s->obj);
    s->prov = esc__scratch_grow(m, s->prov, s->n * sizeof *s->prov, cap * sizeof *s->prov);
    s->cap = cap;
    if (s->cap >= HASH_FROM)
      rehash(m, s);
  }
  s->obj[s->n] = o;
  s->prov[s->n] = prov;
  s->n++;
  if (s->tab) {
    uint32_t h = slot_of(o, s->tab_cap - 1);
    while (s->tab[h])
      h = (h + 1) & (s->tab_cap - 1);
    s->tab[h] = s->n;
  }
  return true;
}
