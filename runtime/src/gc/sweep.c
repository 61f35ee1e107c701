/* sweep.c: turning the colors a mark left into free memory. The atomic
 * step ends a mark by moving every span to its unswept list (constant time
 * per class) and bumping the epoch. A span is then swept on demand: by
 * allocation of its class (alloc.c, lazy sweeping), by incremental steps, or
 * all at once before the next mark. Sweeping frees white objects and turns
 * black ones white, so that the next mark starts all white.
 */
#include "gc_internal.h"

static int sweep_cursor; /* next class to sweep in steps, [atomic*NCLASSES + cls] */

/* Frees the white objects of a small span, whitens the black ones and
 * rebuilds its free list in address order; returns the free count. */
uint32_t esc__sweep_span(esc__span *s) {
  uintptr_t first = esc__span_base(s) + s->first;
  void *free = NULL;
  uint32_t nfree = 0;
  for (uint32_t i = s->nobjs; i-- > 0;) {
    uint8_t st = s->state[i];
    if ((st & ESC__COLOR) == ESC__BLACK) {
      s->state[i] = (uint8_t)((st & ~ESC__COLOR) | ESC__WHITE);
      continue;
    }
    s->state[i] = ESC__FREE;
    void **obj = (void **)(first + (uintptr_t)i * s->size);
    *obj = free;
    free = obj;
    nfree++;
  }
  s->free = free;
  s->nfree = nfree;
  s->epoch = esc__gc.epoch;
  return nfree;
}

/* A whole sweep of one small span outside allocation: empty spans go back
 * to the page allocator. */
static void sweep_small(esc__class *c, esc__span *s) {
  esc__list_remove(s);
  uint32_t nfree = esc__sweep_span(s);
  if (nfree == s->nobjs) esc__span_release(s);
  else esc__list_push(nfree ? &c->avail : &c->full, s);
}

static void sweep_large(esc__span *s) {
  esc__list_remove(s);
  if ((s->large_state & ESC__COLOR) != ESC__BLACK) {
    esc__span_release(s);
    return;
  }
  s->large_state = (uint8_t)((s->large_state & ~ESC__COLOR) | ESC__WHITE);
  s->epoch = esc__gc.epoch;
  esc__list_push(&esc__gc.large_swept, s);
}

/* Sweeps spans until about budget bytes of them were swept; returns the
 * bytes swept, 0 once nothing is left to sweep. */
size_t esc__sweep_step(size_t budget) {
  esc__heap *h = &esc__gc;
  size_t work = 0;
  while (work < budget) {
    esc__span *s = esc__list_first(&h->large_unswept);
    if (s) {
      sweep_large(s);
      work += ESC__PAGE; /* a large span costs one state byte, not its size */
      continue;
    }
    for (; sweep_cursor < 2 * ESC__NCLASSES; sweep_cursor++) {
      esc__class *c = &h->classes[sweep_cursor / ESC__NCLASSES][sweep_cursor % ESC__NCLASSES];
      if ((s = esc__list_first(&c->unswept))) {
        work += (size_t)s->npages * ESC__PAGE;
        sweep_small(c, s);
        break;
      }
    }
    if (!s) break;
  }
  return work;
}

/* Ends a mark: every span, swept or not, now waits for sweeping. */
void esc__sweep_begin(void) {
  esc__heap *h = &esc__gc;
  h->epoch++;
  for (int atomic = 0; atomic < 2; atomic++)
    for (int cls = 0; cls < ESC__NCLASSES; cls++) {
      esc__class *c = &h->classes[atomic][cls];
      if (c->cur) esc__list_push(&c->unswept, c->cur);
      c->cur = NULL;
      esc__list_splice(&c->unswept, &c->avail);
      esc__list_splice(&c->unswept, &c->full);
    }
  esc__list_splice(&h->large_unswept, &h->large_swept);
  sweep_cursor = 0;
}

/* Sweeps whatever is left, then gives surplus free pages back. */
void esc__sweep_finish(void) {
  while (esc__sweep_step(SIZE_MAX)) {
  }
  esc__spans_trim();
}
