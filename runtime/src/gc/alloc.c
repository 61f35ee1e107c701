/* alloc.c: handing out objects and taking them back. A small object comes
 * from its class's current span: allocation walks the span's state bytes
 * from the class's cursor to the first FREE one (in a fresh span, a bump of
 * the cursor; in a swept one, survivors are skipped). When the span has no
 * FREE object left the class takes a span with free objects, else sweeps
 * unswept spans until one has room (lazy sweeping, at most LAZY_SWEEP_MAX
 * spans at a time), else asks spans.c for a fresh span. Large objects get a
 * span each. Every object reads as zero when handed out (memory fresh from
 * the kernel is not cleared again), so no stale pointer in reused memory
 * keeps garbage alive.
 *
 * The fast path (esc__alloc) is a table lookup for the class, the walk, and
 * spending pacing credit; everything else is in alloc_slow.
 */
#include <string.h>

#include "gc_internal.h"

/* Spans one refill sweeps at most (about 1 us each): a heap of full spans
 * once made a single allocation sweep thousands of them, a pause of
 * milliseconds that no step counted. The rest is swept by later refills,
 * by incremental steps or before the next mark. */
#define LAZY_SWEEP_MAX 32

/* Lays out a fresh span for class cls: nobjs state bytes, padding to the
 * granule, then nobjs objects; every state byte up to the objects is FREE,
 * the padding included (sweep.c reads the state bytes eight at a time). */
static esc__span *small_span_new(int cls, bool atomic) {
  bool zeroed;
  uint32_t npages = esc__class_pages(cls);
  esc__span *s = esc__span_new(npages, &zeroed);
  if (!s) return NULL;
  size_t size = esc__class_sizes[cls], bytes = (size_t)npages * ESC__PAGE;
  size_t nobjs = bytes / (size + 1), first;
  for (;;) {
    first = (nobjs + ESC__GRANULE - 1) & ~(size_t)(ESC__GRANULE - 1);
    if (first + nobjs * size <= bytes) break;
    nobjs--;
  }
  s->kind = ESC__SPAN_SMALL;
  s->cls = (uint8_t)cls;
  s->atomic = atomic;
  s->size = size;
  s->nobjs = (uint32_t)nobjs;
  s->first = (uint32_t)first;
  s->recip = ((UINT64_C(1) << ESC__RECIP_SHIFT) + size - 1) / size;
  s->epoch = esc__gc.epoch;
  s->state = (uint8_t *)esc__span_base(s);
  s->cursor = 0;
  s->clean = zeroed ? 0 : (uint32_t)nobjs;
  if (!zeroed) memset(s->state, ESC__FREE, first);
  return s;
}

/* The class's current span stops being current: its cursor and clean index
 * go back into the span. Returns the span (NULL if there was none). */
esc__span *esc__class_retire(esc__class *c) {
  esc__span *s = c->cur;
  if (!s) return NULL;
  s->cursor = (uint32_t)(c->next - s->state);
  uintptr_t first = esc__span_base(s) + s->first;
  s->clean = c->clean <= first ? 0 : (uint32_t)((c->clean - first) / s->size);
  c->cur = NULL;
  c->next = c->end = NULL;
  return s;
}

static void make_current(esc__class *c, esc__span *s) {
  uintptr_t first = esc__span_base(s) + s->first;
  c->cur = s;
  c->next = s->state + s->cursor;
  c->end = s->state + s->nobjs;
  c->obj = first + (uintptr_t)s->cursor * s->size;
  c->clean = first + (uintptr_t)s->clean * s->size;
}

/* Makes c->cur a span with a FREE object, or returns false when the arena
 * is exhausted. The old current span has none left. */
static bool refill(esc__class *c, int cls, bool atomic) {
  esc__span *s = esc__class_retire(c);
  if (s) esc__list_push(&c->full, s);
  s = esc__list_first(&c->avail);
  if (s) {
    esc__list_remove(s);
  } else {
    for (int swept = 0; swept < LAZY_SWEEP_MAX && (s = esc__list_first(&c->unswept)); swept++) {
      esc__list_remove(s);
      if (esc__sweep_span(s)) break;
      esc__list_push(&c->full, s);
      s = NULL;
    }
    if (!s) s = small_span_new(cls, atomic);
  }
  if (!s) return false;
  make_current(c, s);
  return true;
}

/* Clears an object of size bytes (a multiple of the granule): the common
 * small sizes without a call. */
static inline void zero(void *p, size_t size) {
  uint64_t *w = p;
  if (size > 32) {
    memset(p, 0, size);
    return;
  }
  w[0] = w[1] = 0;
  if (size == 32) w[2] = w[3] = 0;
}

/* The next FREE object of the current span, or 0 when it has none. */
static inline uintptr_t take(esc__class *c, size_t size) {
  uint8_t *st = c->next, *end = c->end;
  uintptr_t obj = c->obj;
  while (st < end && *st != ESC__FREE) {
    st++;
    obj += size;
  }
  if (st == end) {
    c->next = st;
    c->obj = obj;
    return 0;
  }
  *st = esc__gc.alloc_color;
  c->next = st + 1;
  c->obj = obj + size;
  if (obj < c->clean) zero((void *)obj, size);
  else c->clean = obj + size;
  return obj;
}

static void *small_alloc(size_t n, bool atomic, size_t *size) {
  int cls = esc__class_of(n);
  esc__class *c = &esc__gc.classes[atomic][cls];
  *size = esc__class_sizes[cls];
  uintptr_t obj = take(c, *size);
  if (!obj) {
    if (!refill(c, cls, atomic)) return NULL;
    obj = take(c, *size);
  }
  return (void *)obj;
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
static __attribute__((noinline)) void *alloc_slow(size_t n, bool atomic) {
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
  h->credit -= (intptr_t)size;
  return p;
}

/* The fast path: a small object from the current span while pacing has
 * credit left. */
void *esc__alloc(size_t n, bool atomic) {
  esc__heap *h = &esc__gc;
  if (n - 1 < ESC__SMALL_MAX) {
    int cls = esc__class_of(n);
    size_t size = esc__class_sizes[cls];
    if ((intptr_t)size <= h->credit) {
      uintptr_t obj = take(&h->classes[atomic][cls], size);
      if (obj) {
        h->credit -= (intptr_t)size;
        return (void *)obj;
      }
    }
  }
  return alloc_slow(n, atomic);
}

void *esc_gc_alloc(size_t n) {
  esc__check_thread("esc_gc_alloc");
  return esc__alloc(n, false);
}

void *esc_gc_alloc_atomic(size_t n) {
  esc__check_thread("esc_gc_alloc_atomic");
  return esc__alloc(n, true);
}

/* Frees the object p points into; words that point into no object, and
 * objects already free, are ignored. A small object in a swept span is
 * FREE at once and its span's cursor moves back to it (a full span becomes
 * available again); in a span awaiting sweeping, sweeping finds it. */
void esc__free(void *p) {
  esc__heap *h = &esc__gc;
  uint32_t i;
  esc__span *s = esc__find((uintptr_t)p, &i);
  if (!s) return;
  uint8_t st = s->state[i], color = st & ESC__COLOR;
  if (color == ESC__FREE) return;
  uintptr_t obj = esc__object(s, i);
  if (st & ESC__FINALIZABLE) esc__finalizers_forget((void *)obj);
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
  esc__class *c = &h->classes[s->atomic][s->cls];
  if (s == c->cur) {
    if (obj < c->obj) {
      c->next = &s->state[i];
      c->obj = obj;
    }
    return;
  }
  if (s->cursor == s->nobjs) { /* was on the full list */
    esc__list_remove(s);
    esc__list_push(&c->avail, s);
  }
  if (i < s->cursor) s->cursor = i;
}
