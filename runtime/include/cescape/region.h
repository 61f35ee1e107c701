/* libcescape-rt, part 1: the region allocator and the per-thread scratch
 * stack. This is where objects go when cescape finds that their lifetime is
 * bounded by a frame (verdict `region`) or that they do not escape but their
 * size is not a small constant (verdict `stack-fallback`).
 *
 * Glossary
 *   region   a stack of chunks plus a bump pointer. Allocation moves the bump
 *            pointer up; nothing is freed one object at a time.
 *   chunk    a block from the operating system that the bump pointer walks
 *            through. Chunks grow geometrically; a request larger than a
 *            quarter of the next chunk gets a block of its own.
 *   mark     a saved position (chunk, bump pointer, sequence number).
 *   rewind   returns to a mark: runs the cleanups registered after it (newest
 *            first), then releases every byte allocated after it.
 *   scratch  one region per thread, created on first use, destroyed when the
 *            thread exits; ESC_SCRATCH_SCOPE gives a block stack discipline.
 *
 * Invariants
 *   every pointer returned is aligned for max_align_t (or the asked power of
 *   two); the bump pointer and the chunk limit are multiples of
 *   ESC_REGION_ALIGN, so the fast path below needs one comparison;
 *   a region is used by one thread at a time (only the registry of live
 *   regions, which the garbage collector reads, is locked).
 *
 * Fast paths: esc_region_alloc, esc_region_mark, esc_region_rewind and
 * esc_region_realloc are inline. Allocation costs one subtraction, one
 * compare and one add; a mark, a few stores; a rewind within the current
 * chunk with no cleanups or large blocks to release, a handful of compares
 * and stores. Everything else goes to the library. Under AddressSanitizer or
 * Valgrind, and in debug builds of the library for rewinds, every call takes
 * the out-of-line path, which poisons memory and checks marks fully.
 */
#ifndef CESCAPE_REGION_H
#define CESCAPE_REGION_H

#include <stddef.h>
#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#define ESC_REGION_ALIGN alignof(max_align_t)
#else
#define ESC_REGION_ALIGN _Alignof(max_align_t)
#endif

typedef struct esc_region esc_region;

/* A saved position of one region. Fields are private to the library. */
typedef struct esc_mark {
  esc_region *esc__region;
  void *esc__chunk;
  char *esc__top;
  unsigned long long esc__seq;
} esc_mark;

/* Default size of the first chunk when esc_region_create is given 0. */
#define ESC_REGION_DEFAULT_CHUNK 16384u
/* Default bound on the bytes of rewound chunks a region keeps for reuse. */
#define ESC_REGION_DEFAULT_CACHE (32u << 20)

/* Creates a region whose first chunk holds at least first_chunk_bytes
 * (0 = ESC_REGION_DEFAULT_CHUNK). NULL on OOM. */
esc_region *esc_region_create(size_t first_chunk_bytes);
/* Runs all cleanups newest first, then returns every chunk to the OS. */
void esc_region_destroy(esc_region *r);

/* n bytes aligned for max_align_t; n == 0 gives a unique minimal block.
 * NULL (errno ENOMEM) only when memory is exhausted or n is absurdly large. */
inline void *esc_region_alloc(esc_region *r, size_t n);
/* n bytes aligned to align, a power of two no larger than the page size;
 * any other align returns NULL with errno EINVAL. */
void *esc_region_alloc_aligned(esc_region *r, size_t n, size_t align);
/* count * size zeroed bytes; NULL (ENOMEM) if the product overflows. */
void *esc_region_calloc(esc_region *r, size_t count, size_t size);
/* A copy of the string s (of at most n bytes for strndup) in r. */
char *esc_region_strdup(esc_region *r, const char *s);
char *esc_region_strndup(esc_region *r, const char *s, size_t n);
/* A copy of n bytes at p in r. */
void *esc_region_memdup(esc_region *r, const void *p, size_t n);
/* printf into a fresh string in r; NULL on OOM or a formatting error. */
char *esc_region_sprintf(esc_region *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *esc_region_vsprintf(esc_region *r, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
/* Resizes p, an allocation of old_n bytes from r: in place when p is the
 * newest allocation, was made after the newest mark, and the chunk has room;
 * else by copying into a new block (the old one stays until a rewind; a
 * block that cannot shrink in place is returned as is). p == NULL
 * allocates. NULL (ENOMEM) on OOM, with p untouched. */
inline void *esc_region_realloc(esc_region *r, void *p, size_t old_n, size_t new_n);

/* The current position of r. */
inline esc_mark esc_region_mark(esc_region *r);
/* Runs the cleanups registered after m (newest first) and releases every
 * byte allocated after m. m stays valid: a loop may rewind to it again.
 * Marks taken after m become invalid; rewinding to one aborts with a
 * message, as does a mark of another region. */
inline void esc_region_rewind(esc_region *r, esc_mark m);
/* Rewinds to empty, keeping the first chunk; all marks become invalid. */
void esc_region_reset(esc_region *r);
/* Registers fn(arg) to run when the region is rewound past this point,
 * reset or destroyed. 0 on success, -1 on OOM (fn is then not registered).
 * fn must not allocate from, rewind or destroy r. */
int esc_region_on_release(esc_region *r, void (*fn)(void *), void *arg);

/* Bytes of rewound chunks r keeps for reuse (default
 * ESC_REGION_DEFAULT_CACHE); chunks beyond it go back to the OS. */
void esc_region_set_cache_limit(esc_region *r, size_t bytes);
/* Bytes handed out since the region was empty (including alignment
 * padding), and bytes the region holds from the OS (including cache). */
size_t esc_region_used_bytes(const esc_region *r);
size_t esc_region_reserved_bytes(const esc_region *r);

/* This thread's scratch region, created on first use and destroyed when the
 * thread exits. Aborts with a message if it cannot be created (OOM). */
esc_region *esc_scratch(void);

/* Marks r on entry and rewinds to the mark on every exit of the enclosing
 * block: falling off its end, return, break, continue, goto out of it (not
 * longjmp). Use as a statement at the top of a block. */
#define ESC_REGION_SCOPE(r) ESC__REGION_SCOPE(r, ESC__CAT(esc__scope_, __COUNTER__))
/* ESC_REGION_SCOPE of this thread's scratch region. */
#define ESC_SCRATCH_SCOPE ESC_REGION_SCOPE(esc_scratch())

/* ---- implementation details below; not part of the API ---- */

#define ESC__CAT2(a, b) a##b
#define ESC__CAT(a, b) ESC__CAT2(a, b)
#define ESC__REGION_SCOPE(r, name) \
  __attribute__((cleanup(esc__scope_leave), unused)) esc_mark name = esc_region_mark(r)

static inline void esc__scope_leave(esc_mark *m) { esc_region_rewind(m->esc__region, *m); }

/* The first member of every esc_region: what the inline fast paths read
 * and write. The library keeps it consistent:
 *   [cur, end) is free space of the current chunk; end == cur when the
 *     region is instrumented, so that allocation takes the slow path;
 *   floor is the position of the newest valid mark within the current chunk
 *     (its start if that mark is in an older chunk); a piece at or above it
 *     may be resized in place;
 *   marks with seq in (stale_lo, stale_hi] were rewound past;
 *   a rewind to a mark with seq <= slow_seq must take the slow path (there
 *     are cleanups or large blocks to release, or the region is
 *     instrumented, or the library checks marks fully). */
struct esc__chunk;
struct esc__head {
  char *cur;
  char *end;
  char *floor;
  struct esc__chunk *chunk;
  unsigned long long seq;
  unsigned long long stale_lo, stale_hi;
  unsigned long long slow_seq;
};

void *esc__region_alloc_slow(esc_region *r, size_t n);
void *esc__region_realloc_slow(esc_region *r, void *p, size_t old_n, size_t new_n);
void esc__region_rewind_slow(esc_region *r, esc_mark m);

#define ESC__HEAD(r) ((struct esc__head *)(void *)(r))
#define ESC__ROUND(n) (((n) + (ESC_REGION_ALIGN - 1)) & ~(size_t)(ESC_REGION_ALIGN - 1))

/* These are C99 inline definitions: callers inline them, and the library
 * holds the one external definition of each (for calls not inlined, and for
 * dlsym). */
inline void *esc_region_alloc(esc_region *r, size_t n) {
  struct esc__head *h = ESC__HEAD(r);
  /* cur and end are multiples of ESC_REGION_ALIGN, so n <= end - cur means
   * the rounded-up n fits too; n == 0 wraps and takes the slow path. */
  if (__builtin_expect(n - 1 < (size_t)(h->end - h->cur), 1)) {
    char *p = h->cur;
    h->cur = p + ESC__ROUND(n);
    return p;
  }
  return esc__region_alloc_slow(r, n);
}

inline esc_mark esc_region_mark(esc_region *r) {
  struct esc__head *h = ESC__HEAD(r);
  h->floor = h->cur;
  esc_mark m = {r, h->chunk, h->cur, ++h->seq};
  return m;
}

inline void esc_region_rewind(esc_region *r, esc_mark m) {
  struct esc__head *h = ESC__HEAD(r);
  if (__builtin_expect(m.esc__region == r && m.esc__chunk == h->chunk && m.esc__seq > h->slow_seq &&
                           m.esc__seq <= h->seq && m.esc__top <= h->cur &&
                           !(m.esc__seq > h->stale_lo && m.esc__seq <= h->stale_hi),
                       1)) {
    h->cur = h->floor = m.esc__top;
    h->stale_lo = m.esc__seq;
    h->stale_hi = h->seq;
    return;
  }
  esc__region_rewind_slow(r, m);
}

/* p == NULL allocates; in place when p is the newest piece, made after the
 * newest mark, and the chunk has room (never when instrumented: end == cur
 * then). */
inline void *esc_region_realloc(esc_region *r, void *p, size_t old_n, size_t new_n) {
  struct esc__head *h = ESC__HEAD(r);
  char *c = (char *)p;
  if (!c)
    return esc_region_alloc(r, new_n);
  if (old_n && new_n && old_n < (size_t)(h->end - h->floor) && h->end != h->cur &&
      c >= h->floor && c + ESC__ROUND(old_n) == h->cur && new_n <= (size_t)(h->end - c)) {
    h->cur = c + ESC__ROUND(new_n);
    return p;
  }
  return esc__region_realloc_slow(r, p, old_n, new_n);
}

#ifdef __cplusplus
}
#endif
#endif
