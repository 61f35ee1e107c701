/* sweep.c: turning the colors a mark left into free memory. The atomic
 * step ends a mark by moving every span to its unswept list (constant time
 * per class) and bumping the epoch. A span is then swept on demand: by
 * allocation of its class (alloc.c, lazy sweeping), by incremental steps, or
 * all at once before the next mark. Sweeping frees white objects and turns
 * black ones white, so that the next mark starts all white.
 */
#include <string.h>

#include "gc_internal.h"

_Static_assert(ESC__FREE == 0 && ESC__WHITE == 1 && ESC__BLACK == 3 && ESC__FINALIZABLE == 4,
               "esc__sweep_span's bit tricks rely on these values");

/* Sweeping's cost in pacing's unit, bytes of marking: a fixed part per
 * span (its descriptor and state bytes are cache and TLB misses, and an
 * empty span goes back to spans.c; about a microsecond, as long as
 * marking takes for a few hundred bytes), plus an eighth of its state
 * bytes (eight are one operation). */
#define SPAN_WORK 384

static int sweep_cursor; /* next class to sweep in steps, [atomic*NCLASSES + cls] */

/* Frees the white objects of a small span and whitens the black ones,
 * eight state bytes at a time (the padding after the last state byte is
 * FREE and stays so); returns the number of FREE objects. Per byte: bit 1
 * set (black) clears bit 1, giving white with the finalizer bit kept;
 * otherwise the byte becomes FREE. Object memory is not touched: allocation
 * finds FREE objects by their state bytes. */
uint32_t esc__sweep_span(esc__span *s) {
  const uint64_t ones = 0x0101010101010101u;
  uint32_t live = 0;
  for (uint32_t at = 0; at < s->nobjs; at += 8) {
    uint64_t x;
    memcpy(&x, s->state + at, sizeof x);
    uint64_t black = (x >> 1) & ones;
    x &= (black * 0xff) & ~(ones << 1);
    memcpy(s->state + at, &x, sizeof x);
    live += (uint32_t)__builtin_popcountll(black);
  }
  uint32_t nfree = s->nobjs - live;
  s->cursor = nfree ? 0 : s->nobjs;
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

/* Sweeps spans until about budget bytes of work were done; returns the
 * work done, 0 once nothing is left to sweep. */
size_t esc__sweep_step(size_t budget) {
  esc__heap *h = &esc__gc;
  size_t work = 0;
  while (work < budget) {
    esc__span *s = esc__list_first(&h->large_unswept);
    if (s) {
      sweep_large(s);
      work += SPAN_WORK;
      continue;
    }
    for (; sweep_cursor < 2 * ESC__NCLASSES; sweep_cursor++) {
      esc__class *c = &h->classes[sweep_cursor / ESC__NCLASSES][sweep_cursor % ESC__NCLASSES];
      if ((s = esc__list_first(&c->unswept))) {
        work += SPAN_WORK + s->nobjs / 8;
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
  esc__spans_new_epoch();
  for (int atomic = 0; atomic < 2; atomic++)
    for (int cls = 0; cls < ESC__NCLASSES; cls++) {
      esc__class *c = &h->classes[atomic][cls];
      esc__span *cur = esc__class_retire(c);
      if (cur) esc__list_push(&c->unswept, cur);
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
