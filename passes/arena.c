/* The bump arena behind every graph (see arena.h): chunks of at least 1 MiB
 * in a list; nothing is freed before esc_arena_free. Chunks come zeroed from
 * calloc, which knows when fresh pages are zero already, so allocations are
 * never cleared twice (a large unit's graph is tens of megabytes). */
#include "arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct esc_arena_chunk {
  esc_arena_chunk *next;
  size_t used, size;
  max_align_t data[];
};

enum { CHUNK_MIN = 1024 * 1024 };

void esc_arena_init(esc_arena *a) { a->head = NULL; }

void esc_arena_free(esc_arena *a) {
  while (a->head) {
    esc_arena_chunk *next = a->head->next;
    free(a->head);
    a->head = next;
  }
}

void *esc_arena_alloc(esc_arena *a, size_t n) {
  const size_t align = _Alignof(max_align_t);
  n = (n + align - 1) & ~(align - 1);
  esc_arena_chunk *c = a->head;
  if (!c || c->size - c->used < n) {
    size_t size = n > CHUNK_MIN ? n : CHUNK_MIN;
    c = calloc(1, sizeof *c + size);
    if (!c) {
      fprintf(stderr, "cescape: out of memory (%zu bytes)\n", size);
      abort();
    }
    c->size = size;
    c->used = 0;
    c->next = a->head;
    a->head = c;
  }
  void *p = (char *)c->data + c->used;
  c->used += n;
  return p;
}

void *esc_arena_grow(esc_arena *a, void *old, size_t old_n, size_t new_n) {
  void *p = esc_arena_alloc(a, new_n);
  if (old_n)
    memcpy(p, old, old_n);
  return p;
}

void esc_arena_take(esc_arena *a, esc_arena *from) {
  esc_arena_chunk *last = from->head;
  if (!last)
    return;
  while (last->next)
    last = last->next;
  if (a->head) { /* a's head stays the block it allocates from */
    last->next = a->head->next;
    a->head->next = from->head;
  } else {
    a->head = from->head;
  }
  from->head = NULL;
}

char *esc_arena_strdup(esc_arena *a, const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(esc_arena_alloc(a, n), s, n);
}

void *esc_arena_reserve(esc_arena *a, void *items, size_t item_size,
                        uint32_t *len, uint32_t *cap) {
  if (*len < *cap)
    return items;
  uint32_t new_cap = *cap ? *cap * 2 : 8;
  items = esc_arena_grow(a, items, (size_t)*cap * item_size, (size_t)new_cap * item_size);
  *cap = new_cap;
  return items;
}
