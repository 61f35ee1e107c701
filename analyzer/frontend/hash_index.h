/* An open-addressing hash index from a 32-bit hash to item numbers of an
 * array its user owns; the user's `same` callback tells whether item i has
 * the key being looked up. Used by the frontend for variables (keyed by
 * declaration cursor), labels and function names, so each lookup is O(1)
 * expected and lowering stays linear. */
#ifndef ESC_FRONTEND_HASH_INDEX_H
#define ESC_FRONTEND_HASH_INDEX_H

#include <stdbool.h>
#include <stdint.h>

typedef struct esc__fe_hash_index {
  uint32_t *slots;  /* item + 1, 0 = empty */
  uint32_t *hashes;
  uint32_t cap, count;
} esc__fe_hash_index;

typedef bool (*esc__fe_same_fn)(const void *key, uint32_t item, void *ctx);

/* The item with this hash for which same(key, item, ctx), or UINT32_MAX. */
uint32_t esc__fe_hash_find(const esc__fe_hash_index *ix, uint32_t hash,
                        esc__fe_same_fn same, const void *key, void *ctx);
void esc__fe_hash_insert(esc__fe_hash_index *ix, uint32_t hash, uint32_t item);
/* Forgets every item, keeping the memory. */
void esc__fe_hash_clear(esc__fe_hash_index *ix);
void esc__fe_hash_free(esc__fe_hash_index *ix);
/* FNV-1a of a string. */
uint32_t esc__fe_hash_string(const char *s);

#endif
