/* The scratch memory of one function's analysis (esc__scratch, internal.h):
 * the solver's points-to sets and edge lists and the function's extended
 * graph grow by thousands of small steps, and are all dropped when the
 * function is done. Bump allocation from blocks that are kept from one
 * function to the next replaces those mallocs, reallocs and frees; growing
 * the newest allocation extends it in place. Blocks come from pages.c.
 *
 * Under AddressSanitizer the blocks are poisoned when they are reset and
 * unpoisoned piece by piece as they are handed out again, so memory used
 * after its function was done is reported as it would be with malloc. */
#include "internal.h"

#include <string.h>

#include "pages.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SCRATCH_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SCRATCH_ASAN 1
#endif

#ifdef SCRATCH_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

enum { BLOCK_MIN = 2 * 1024 * 1024, ALIGN = _Alignof(max_align_t) };

struct esc__scratch_block {
  esc__scratch_block *next;
  size_t used, size, mapped;
  max_align_t data[];
};

static size_t aligned(size_t n) { return (n + ALIGN - 1) & ~(size_t)(ALIGN - 1); }

void *esc__scratch_alloc(esc__scratch *s, size_t n) {
  n = aligned(n ? n : 1);
  esc__scratch_block **link = s->cur ? &s->cur->next : &s->head;
  while (s->cur && s->cur->size - s->cur->used < n) {
    link = &s->cur->next;
    s->cur = s->cur->next;
  }
  if (!s->cur) {
    size_t mapped;
    esc__scratch_block *b = esc__pages_map(sizeof *b + (n > BLOCK_MIN ? n : BLOCK_MIN), &mapped);
    *b = (esc__scratch_block){.next = *link, .size = mapped - sizeof *b, .mapped = mapped};
    POISON(b->data, b->size);
    *link = b;
    s->cur = b;
  }
  char *p = (char *)s->cur->data + s->cur->used;
  s->cur->used += n;
  s->last = p;
  UNPOISON(p, n);
  return p;
}

void *esc__scratch_zalloc(esc__scratch *s, size_t n) {
  return memset(esc__scratch_alloc(s, n), 0, n);
}

void *esc__scratch_grow(esc__scratch *s, void *old, size_t old_n, size_t new_n) {
  if (old && old == s->last) {
    size_t start = (size_t)((char *)old - (char *)s->cur->data);
    if (start + aligned(new_n) <= s->cur->size) {
      s->cur->used = start + aligned(new_n);
      UNPOISON(old, aligned(new_n));
      return old;
    }
  }
  void *p = esc__scratch_alloc(s, new_n);
  if (old_n)
    memcpy(p, old, old_n);
  return p;
}

void esc__scratch_reset(esc__scratch *s) {
  for (esc__scratch_block *b = s->head; b; b = b->next) {
    b->used = 0;
    POISON(b->data, b->size);
  }
  s->cur = s->head;
  s->last = NULL;
}

void esc__scratch_free(esc__scratch *s) {
  while (s->head) {
    esc__scratch_block *next = s->head->next;
    UNPOISON(s->head->data, s->head->size);
    esc__pages_unmap(s->head, s->head->mapped);
    s->head = next;
  }
  s->cur = NULL;
  s->last = NULL;
}
