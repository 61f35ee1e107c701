/* Stack discipline: marks, rewinds, reset, and the checks that catch a
 * rewind to a mark that is not valid.
 *
 * The common rewind (to a mark in the current chunk, nothing to clean up,
 * not instrumented, not a debug build) is inline in the header. The slow
 * path here first runs the cleanups registered after the mark (newest first,
 * while all memory is intact), then frees the large blocks made after it,
 * then pops chunks down to the mark's chunk and lowers the bump pointer.
 *
 * Validity: rewinding to m makes every mark taken after m (seq in
 * (m.seq, head.seq]) stale. The region remembers the newest such interval;
 * merging is exact because a valid m is never inside it, so the new interval
 * always contains the old one or lies above it. Cheap checks (region, stale
 * interval) always run; the walk of the chunk stack that also catches a mark
 * whose chunk was recycled, or that lies above the current top, runs only
 * when ESC_RT_DEBUG is defined (the default outside Release builds).
 */
#include <string.h>

#include "instrument.h"
#include "region_impl.h"

/* The external definitions of the header's inline mark and rewind. */
extern inline esc_mark esc_region_mark(esc_region *r);
extern inline void esc_region_rewind(esc_region *r, esc_mark m);

/* Byte written over released memory in debug builds, when no sanitizer
 * tracks it, so that a use after rewind reads garbage rather than old data. */
#define ESC__RELEASED_BYTE 0xDE

static void check_mark(esc_region *r, esc_mark m) {
  if (m.esc__region != r)
    esc__region_die("esc_region_rewind: the mark belongs to another region");
  if (m.esc__seq == 0 || m.esc__seq > r->head.seq)
    esc__region_die("esc_region_rewind: the mark is not one this region handed out");
  if (m.esc__seq > r->head.stale_lo && m.esc__seq <= r->head.stale_hi)
    esc__region_die("esc_region_rewind: the mark was already rewound past");
#ifdef ESC_RT_DEBUG
  esc__chunk *c = r->head.chunk;
  while (c && c != m.esc__chunk)
    c = c->prev;
  char *top = c == r->head.chunk ? r->head.cur : c ? c->top : NULL;
  if (!c || m.esc__seq <= c->first_seq || m.esc__top > top)
    esc__region_die("esc_region_rewind: the mark was already rewound past");
#endif
}

static void scrub(esc_region *r, char *from, char *to) {
#ifdef ESC_RT_DEBUG
  if (!r->instrumented)
    memset(from, ESC__RELEASED_BYTE, (size_t)(to - from));
#else
  (void)r, (void)from, (void)to;
#endif
}

/* Runs cleanups and frees large blocks recorded at seq >= since, then pops
 * the chunk stack down to chunk and lowers the bump pointer to top. */
static void release_to(esc_region *r, uint64_t since, esc__chunk *chunk, char *top) {
  while (r->cleanups && r->cleanups->seq >= since) {
    esc__cleanup *c = r->cleanups;
    r->cleanups = c->prev;
    c->fn(c->arg);
  }
  while (r->large && r->large->seq >= since) {
    esc__large *b = r->large;
    r->large = b->prev;
    esc__os_free(b, b->bytes);
  }
  while (r->head.chunk != chunk) {
    if (!r->head.chunk->prev)
      esc__region_die("esc_region_rewind: the mark's chunk is not in this region");
    scrub(r, chunk_data(r->head.chunk), r->head.cur);
    esc__chunk_pop(r);
  }
  scrub(r, top, r->head.cur);
  if (r->instrumented)
    inst_release(r->head.chunk, chunk_base(r, r->head.chunk), top, r->head.cur);
  r->head.cur = r->head.floor = top;
  sync_window(r);
  esc__chunk_cache_trim(r);
  r->head.stale_lo = since;
  r->head.stale_hi = r->head.seq;
  r->head.slow_seq = base_slow_seq(r);
  if (r->cleanups && r->head.slow_seq < r->cleanups->seq)
    r->head.slow_seq = r->cleanups->seq;
  if (r->large && r->head.slow_seq < r->large->seq)
    r->head.slow_seq = r->large->seq;
}

void esc__region_rewind_slow(esc_region *r, esc_mark m) {
  check_mark(r, m);
  release_to(r, m.esc__seq, m.esc__chunk, m.esc__top);
}

/* A region used as a batch allocator is reset often while it still fits its
 * first chunk: that case (nothing to clean up, no instrumentation, no debug
 * checks) only moves the bump pointer and marks every mark stale. */
void esc_region_reset(esc_region *r) {
  esc__chunk *first = r->head.chunk;
  if (!first->prev && !r->cleanups && !r->large && base_slow_seq(r) == 0) {
    r->head.cur = r->head.floor = chunk_base(r, first);
    r->head.stale_lo = 0;
    r->head.stale_hi = r->head.seq;
    return;
  }
  while (first->prev)
    first = first->prev;
  release_to(r, 0, first, chunk_base(r, first));
}
