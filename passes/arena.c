/* The bump arena behind every graph (see arena.h): chunks of at least 2 MiB
 * in a list; nothing is freed before esc_arena_free. A large unit's graph
 * is tens of megabytes, written once: chunks come from pages.c, zero
 * already (allocations are never cleared twice) and backed by huge pages
 * where the kernel allows. */
#include "arena.h"

#include <string.h>

#include "pages.h"

struct esc_arena_chunk {
  esc_arena_chunk *next;
  size_t used, size, mapped;
  max_align_t data[];
};

void esc_arena_init(esc_arena *a) { a->head = NULL; }

/* A zeroed chunk with room for at least n bytes. */
static esc_arena_chunk *chunk_new(size_t n) {
  size_t mapped;
  esc_arena_chunk *c = esc__pages_map(sizeof(esc_arena_chunk) + n, &mapped);
  c->mapped = mapped;
  c->size = mapped - sizeof *c;
  return c;
}

void esc_arena_free(esc_arena *a) {
  while (a->head) {
    esc_arena_chunk *next = a->head->next;
    esc__pages_unmap(a->head, a->head->mapped);
    a->head = next;
  }
}

void *esc_arena_alloc(esc_arena *a, size_t n) {
  const size_t align = _Alignof(max_align_t);
  n = (n + align - 1) & ~(align - 1);
  esc_arena_chunk *c = a->head;
  if (!c || c->size - c->used < n) {
    c = chunk_new(n);
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
