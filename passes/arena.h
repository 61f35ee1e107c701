/* A bump arena: the memory of one translation unit's graph and findings,
 * released all at once. Allocation failure aborts with a message (the
 * analyzer cannot continue without memory, and every caller would do the
 * same). */
#ifndef ESC_ARENA_H
#define ESC_ARENA_H

#include <stddef.h>
#include <stdint.h>

typedef struct esc_arena_chunk esc_arena_chunk;
typedef struct esc_arena {
  esc_arena_chunk *head;
} esc_arena;

void esc_arena_init(esc_arena *a);
void esc_arena_free(esc_arena *a);
/* n zeroed bytes aligned for any type. */
void *esc_arena_alloc(esc_arena *a, size_t n);
/* A copy of old (old_n bytes) in a block of new_n bytes (new_n >= old_n). */
void *esc_arena_grow(esc_arena *a, void *old, size_t old_n, size_t new_n);
char *esc_arena_strdup(esc_arena *a, const char *s);
/* Moves every block of from into a (from is left empty): what was
 * allocated in from is released with a. */
void esc_arena_take(esc_arena *a, esc_arena *from);
/* Doubles an arena array's capacity when *len == *cap; returns the array. */
void *esc_arena_reserve(esc_arena *a, void *items, size_t item_size,
                        uint32_t *len, uint32_t *cap);

#endif
