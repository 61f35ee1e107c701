/* mark.c: shading and scanning, the heart of the tri-color mark.
 *
 * An object is shaded when a word pointing into it is found: white becomes
 * gray and goes on the mark stack (atomic objects, having nothing to scan,
 * go straight to black). Propagation pops a gray object, blackens it and
 * shades every object its words point to, so a black object never points to
 * a white one. Big ranges are scanned SCAN_CHUNK bytes at a time for
 * incremental mode's short steps; the unscanned rest of an object stays on
 * the stack as a raw range and counts as gray until scanned.
 *
 * Marking is bound by cache misses on the objects it reads, so propagation
 * pops gray objects into a small FIFO (RING entries), prefetching each as
 * it enters and scanning it as it leaves: the memory has arrived by then.
 * Entries in the FIFO are still gray and count as on the mark stack; they
 * go back on it when a step's budget runs out.
 *
 * Scanning is conservative: any word that points into an object's bytes
 * keeps it, and a word that merely looks like a pointer keeps garbage.
 */
#include <string.h>
#include <valgrind/memcheck.h>

#include "gc_internal.h"

#define SCAN_CHUNK ((uintptr_t)64 << 10)
#define RING 16 /* gray objects in flight between prefetch and scan; a power of two */

int esc__gc_marking;

/* A mark stack entry: a gray object, with its state byte, or the unscanned
 * rest of a range (state NULL). */
typedef struct gray_entry {
  uintptr_t start, end;
  uint8_t *state;
} gray_entry;

/* The heap's lookup tables and the mark stack, copied into locals for one
 * burst of marking: stores to state bytes (char-typed, so they may alias
 * anything) would otherwise force the compiler to reload them after every
 * object. marker_end writes the stack's length and the marked bytes back. */
typedef struct marker {
  uintptr_t lo, top;
  const uint32_t *page_head;
  esc__span *spans;
  gray_entry *stack;
  size_t len, cap, marked;
} marker;

static marker marker_begin(void) {
  esc__heap *h = &esc__gc;
  return (marker){h->lo, h->top, h->page_head, h->spans, h->gray.data, h->gray.len, h->gray.cap, 0};
}

static void marker_end(const marker *m) {
  esc__gc.gray.len = m->len;
  esc__gc.marked += m->marked;
}

static void push(marker *m, uintptr_t start, uintptr_t end, uint8_t *state) {
  if (m->len == m->cap) {
    esc__gc.gray.len = m->len;
    esc__vec_push(&esc__gc.gray);
    m->stack = esc__gc.gray.data;
    m->cap = esc__gc.gray.cap;
  }
  m->stack[m->len++] = (gray_entry){start, end, state};
}

void esc__mark_init(void) { esc__vec_init(&esc__gc.gray, sizeof(gray_entry)); }

/* White to gray (or to black when atomic); anything else stays. */
static inline void shade(marker *m, esc__span *s, uint32_t i) {
  uint8_t *st = &s->state[i];
  uint8_t old = *st;
  if ((old & ESC__COLOR) != ESC__WHITE) return;
  m->marked += s->size;
  if (s->atomic) {
    *st = (uint8_t)(old | ESC__BLACK);
    return;
  }
  *st = (uint8_t)((old & ~ESC__COLOR) | ESC__GRAY);
  uintptr_t obj = esc__object(s, i);
  __builtin_prefetch((const void *)obj);
  push(m, obj, obj + s->size, st);
}

/* esc__find with the tables in locals. */
static inline void mark_word(marker *m, uintptr_t w) {
  uintptr_t off = w - m->lo;
  if (off >= m->top) return;
  uint32_t head = m->page_head[off >> ESC__PAGE_SHIFT];
  if (!head) return;
  esc__span *s = &m->spans[head - 1];
  uintptr_t in = off - ((uintptr_t)(head - 1) << ESC__PAGE_SHIFT) - s->first;
  if (in >= (uintptr_t)s->nobjs * s->size) return;
  shade(m, s, (uint32_t)((in * s->recip) >> ESC__RECIP_SHIFT));
}

void esc__mark_object(esc__span *s, uint32_t i) {
  marker m = marker_begin();
  shade(&m, s, i);
  marker_end(&m);
}

void esc__mark_word(uintptr_t w) {
  marker m = marker_begin();
  mark_word(&m, w);
  marker_end(&m);
}

/* The write barrier's slow path: only called while marking. Most stored
 * pointers are to objects already shaded (allocated black, or reached):
 * those need no marker. */
void esc__gc_shade(const void *p) {
  uint32_t i;
  esc__span *s = esc__find((uintptr_t)p, &i);
  if (s && (s->state[i] & ESC__COLOR) == ESC__WHITE) esc__mark_object(s, i);
}

/* Reads every aligned word of [start, end). Exempt from AddressSanitizer:
 * roots include poisoned stack and global redzones. */
__attribute__((no_sanitize("address"))) static inline void scan(marker *m, uintptr_t start, uintptr_t end) {
  for (const uintptr_t *p = (const uintptr_t *)start; (uintptr_t)(p + 1) <= end; p++) mark_word(m, *p);
}

/* Shades everything a root range points to. Under valgrind the words are
 * copied, with error reports off, and declared defined first: stacks hold
 * uninitialised words and regions have inaccessible redzones, and reading
 * them is what a conservative collector does, not an error. */
void esc__mark_range(uintptr_t start, uintptr_t end) {
  start = (start + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
  marker m = marker_begin();
  if (!RUNNING_ON_VALGRIND) {
    scan(&m, start, end);
    marker_end(&m);
    return;
  }
  uintptr_t copy[512];
  while (start < end) {
    size_t bytes = end - start < sizeof copy ? end - start : sizeof copy;
    VALGRIND_DISABLE_ERROR_REPORTING;
    memcpy(copy, (const void *)start, bytes);
    VALGRIND_ENABLE_ERROR_REPORTING;
    VALGRIND_MAKE_MEM_DEFINED(copy, bytes);
    scan(&m, (uintptr_t)copy, (uintptr_t)copy + bytes);
    start += bytes;
  }
  marker_end(&m);
}

/* Blackens one gray entry and scans (a chunk of) it; returns bytes read. */
static inline size_t scan_entry(marker *m, gray_entry g) {
  uintptr_t start = g.start, end = g.end;
  if (g.state) {
    if ((*g.state & ESC__COLOR) != ESC__GRAY) return 0; /* freed meanwhile */
    *g.state = (uint8_t)(*g.state | ESC__BLACK);
  }
  if (end - start > SCAN_CHUNK) {
    push(m, start + SCAN_CHUNK, end, NULL);
    end = start + SCAN_CHUNK;
  }
  scan(m, start, end);
  return end - start;
}

/* Scans gray objects until about budget bytes were read or none is left;
 * returns the bytes read. The FIFO is three arrays of scalars: copying
 * whole entries let the compiler mix 16- and 8-byte moves, and loads that
 * straddle two earlier stores stall. */
size_t esc__propagate(size_t budget) {
  marker m = marker_begin();
  uintptr_t ring_start[RING], ring_end[RING];
  uint8_t *ring_state[RING];
  unsigned head = 0, n = 0;
  size_t work = 0;
  while (work < budget) {
    for (; n < RING && m.len; n++) {
      const gray_entry *g = &m.stack[--m.len];
      unsigned at = (head + n) % RING;
      ring_start[at] = g->start;
      ring_end[at] = g->end;
      ring_state[at] = g->state;
      __builtin_prefetch((const void *)ring_start[at]);
    }
    if (!n) break;
    work += scan_entry(&m, (gray_entry){ring_start[head], ring_end[head], ring_state[head]});
    head = (head + 1) % RING;
    n--;
  }
  for (; n; n--, head = (head + 1) % RING) push(&m, ring_start[head], ring_end[head], ring_state[head]);
  marker_end(&m);
  return work;
}
