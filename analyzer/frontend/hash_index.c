/* The hash index behind the frontend's lookup tables (see hash_index.h):
 * linear probing over a power-of-two table kept at most half full. */
#include "hash_index.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uint32_t esc__fe_hash_find(const esc__fe_hash_index *ix, uint32_t hash,
                        esc__fe_same_fn same, const void *key, void *ctx) {
  if (ix->cap == 0)
    return UINT32_MAX;
  uint32_t mask = ix->cap - 1;
  for (uint32_t i = hash & mask; ix->slots[i]; i = (i + 1) & mask)
    if (ix->hashes[i] == hash && same(key, ix->slots[i] - 1, ctx))
      return ix->slots[i] - 1;
  return UINT32_MAX;
}

static void place(uint32_t *slots, uint32_t *hashes, uint32_t mask,
                  uint32_t hash, uint32_t item_plus_one) {
  uint32_t i = hash & mask;
  while (slots[i])
    i = (i + 1) & mask;
  slots[i] = item_plus_one;
  hashes[i] = hash;
}

/* Doubles the table, rehashing every item (amortised O(1) per insert). */
static void rehash(esc__fe_hash_index *ix) {
  uint32_t cap = ix->cap ? ix->cap * 2 : 64;
  uint32_t *slots = calloc(cap, sizeof *slots);
  uint32_t *hashes = calloc(cap, sizeof *hashes);
  if (!slots || !hashes) {
    fputs("cescape: out of memory\n", stderr);
    abort();
  }
  for (uint32_t i = 0; i < ix->cap; i++)
    if (ix->slots[i])
      place(slots, hashes, cap - 1, ix->hashes[i], ix->slots[i]);
  free(ix->slots);
  free(ix->hashes);
  ix->slots = slots;
  ix->hashes = hashes;
  ix->cap = cap;
}

void esc__fe_hash_insert(esc__fe_hash_index *ix, uint32_t hash, uint32_t item) {
  if (2 * (ix->count + 1) > ix->cap)
    rehash(ix);
  place(ix->slots, ix->hashes, ix->cap - 1, hash, item + 1);
  ix->count++;
}

void esc__fe_hash_clear(esc__fe_hash_index *ix) {
  if (ix->count)
    memset(ix->slots, 0, ix->cap * sizeof *ix->slots);
  ix->count = 0;
}

void esc__fe_hash_free(esc__fe_hash_index *ix) {
  free(ix->slots);
  free(ix->hashes);
  memset(ix, 0, sizeof *ix);
}

uint32_t esc__fe_hash_string(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}
