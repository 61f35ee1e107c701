/* alloc.c: handing out objects and taking them back. Small objects come
 * from the free list of their class's current span; when it runs dry the
 * class takes a span with free objects, else sweeps unswept spans until one
 * has room (lazy sweeping, at most LAZY_SWEEP_MAX spans at a time), else
 * asks spans.c for a fresh span. Large
 * objects get a span each. Every object is zeroed when handed out, so no
 * stale pointer in reused memory keeps garbage alive.
 */
#include <string.h>

#include "gc_internal.h"

/* Spans one refill sweeps at most (about 1 us each): a heap of full spans
 * once made a single allocation sweep thousands of them, a pause of
 * milliseconds that no step counted. The rest is swept by later refills,
 * by incremental steps or before the next mark. */
#define LAZY_SWEEP_MAX 32

/* Lays out a fresh span for class cls: nobjs state bytes, padding to the
 * granule, then nobjs objects, all on the span's free list in address
 * order. */
esc__span *esc__small_span_new(int cls, bool atomic) {
  bool zeroed;
  uint32_t npages = esc__class_pages(cls);
  esc__span *s = esc__span_new(npages, &zeroed);
  if (!s) return NULL;
  size_t size = esc__class_size(cls), bytes = (size_t)npages * ESC__PAGE;
  size_t nobjs = bytes / (size + 1), first;
  for (;;) {
    first = (nobjs + ESC__GRANULE - 1) & ~(size_t)(ESC__GRANULE - 1);
    if (first + nobjs * size <= bytes) break;
    nobjs--;
  }
  uintptr_t base = esc__span_base(s);
  s->kind = ESC__SPAN_SMALL;
  s->cls = (uint8_t)cls;
  s->atomic = atomic;
  s->size = size;
  s->nobjs = s->nfree = (uint32_t)nobjs;
  s->first = (uint32_t)first;
  s->recip = ((UINT64_C(1) << ESC__RECIP_SHIFT) + size - 1) / size;
  s->epoch = esc__gc.epoch;
  s->state = (uint8_t *)base;
  if (!zeroed) memset(s->state, ESC__FREE, nobjs);
  void *free = NULL;
  for (size_t i = nobjs; i-- > 0;) {
    void **obj = (void **)(base + first + i * size);
    *obj = free;
    free = obj;
  }
  s->free = free;
  return s;
}

/* Makes c->cur a span with a free object, or returns NULL when the arena
 * is exhausted. The old current span is full. */
static esc__span *refill(esc__class *c, int cls, bool atomic) {
  if (c->cur) esc__list_push(&c->full, c->cur);
  esc__span *s = esc__list_first(&c->avail);
  if (s) {
    esc__list_remove(s);
  } else {
    for (int swept = 0; swept < LAZY_SWEEP_MAX && (s = esc__list_first(&c->unswept)); swept++) {
      esc__list_remove(s);
      if (esc__sweep_span(s)) break;
      esc__list_push(&c->full, s);
      s = NULL;
    }
    if (!s) s = esc__small_span_new(cls, atomic);
  }
  c->cur = s;
  return s;
}

static void *small_alloc(size_t n, bool atomic, size_t *size) {
  int cls = esc__class_of(n);
  esc__class *c = &esc__gc.classes[atomic][cls];
  esc__span *s = c->cur;
  if (!s || !s->free) s = refill(c, cls, atomic);
  if (!s) return NULL;
  void **obj = s->free;
  s->free = *obj;
  s->nfree--;
  uintptr_t in = (uintptr_t)obj - esc__span_base(s) - s->first;
  s->state[(in * s->recip) >> ESC__RECIP_SHIFT] = esc__gc.alloc_color;
  memset(obj, 0, s->size);
  *size = s->size;
  return obj;
}

static void *large_alloc(size_t n, bool atomic, size_t *size) {
  bool zeroed;
  size_t rounded = (n + ESC__GRANULE - 1) & ~(size_t)(ESC__GRANULE - 1);
  esc__span *s = esc__span_new((rounded + ESC__PAGE - 1) >> ESC__PAGE_SHIFT, &zeroed);
  if (!s) return NULL;
  s->kind = ESC__SPAN_LARGE;
  s->atomic = atomic;
  s->size = rounded;
  s->nobjs = 1;
  s->state = &s->large_state;
  s->large_state = esc__gc.alloc_color;
  s->epoch = esc__gc.epoch;
  esc__list_push(&esc__gc.large_swept, s);
  void *obj = (void *)esc__span_base(s);
  if (!zeroed) memset(obj, 0, rounded);
  *size = rounded;
  return obj;
}

static void *alloc_now(size_t n, bool atomic, size_t *size) {
  return n <= ESC__SMALL_MAX ? small_alloc(n, atomic, size) : large_alloc(n, atomic, size);
}

/* Pays for the allocation first (pacing may collect), then allocates; when
 * the arena is full, collects once more and retries before giving up. */
void *esc__alloc(size_t n, bool atomic) {
  esc__heap *h = &esc__gc;
  if (n > h->reserved) return NULL;
  if (n == 0) n = 1;
  esc__collect_if_due(n);
  size_t size;
  void *p = alloc_now(n, atomic, &size);
  if (!p) {
    if (!esc__collect()) return NULL;
    esc__sweep_finish();
    p = alloc_now(n, atomic, &size);
    if (!p) return NULL;
  }
  h->allocated += size;
  h->stats.allocated_bytes += size;
  h->debt += (intptr_t)size;
  if (h->alloc_color == ESC__BLACK) h->marked += size;
  return p;
}

/* Frees the object p points into; words that point into no object, and
 * objects already free, are ignored. A small object goes back on its span's
 * free list at once unless the span awaits sweeping (which will find it). */
void esc__free(void *p) {
  esc__heap *h = &esc__gc;
  uint32_t i;
  esc__span *s = esc__find((uintptr_t)p, &i);
  if (!s) return;
  uint8_t st = s->state[i], color = st & ESC__COLOR;
  if (color == ESC__FREE) return;
  void *obj = (void *)esc__object(s, i);
  if (st & ESC__FINALIZABLE) esc__finalizers_forget(obj);
  bool swept = s->epoch == h->epoch;
  if (swept || color == ESC__BLACK) h->allocated -= s->size;
  if (esc__gc_marking && color != ESC__WHITE) h->marked -= s->size;
  if (s->kind == ESC__SPAN_LARGE) {
    esc__list_remove(s);
    esc__span_release(s);
    return;
  }
  s->state[i] = ESC__FREE;
  if (!swept) return;
  *(void **)obj = s->free;
  s->free = obj;
  esc__class *c = &h->classes[s->atomic][s->cls];
  if (s->nfree++ == 0 && s != c->cur) { /* was on the full list */
    esc__list_remove(s);
    esc__list_push(&c->avail, s);
  }
}
