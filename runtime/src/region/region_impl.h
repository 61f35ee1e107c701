/* The region allocator's data model, shared by the files of src/region/:
 * region.c (create, destroy, allocation), rewind.c (mark, rewind, reset and
 * the misuse checks), chunks.c (chunk stack and cache), registry.c (the list
 * of live regions the GC scans), scratch.c (per-thread regions), os.c (the
 * only file that talks to the operating system) and instrument.h (ASan and
 * Valgrind descriptions of which bytes are live).
 *
 * Memory layout
 *   chunk  = [esc__chunk header][data ... limit)
 *   first chunk = [esc__chunk][esc_region][data ... limit)
 *   large  = [esc__large header][padding][data of `bytes` bytes]
 * The region lives in its first chunk, so creating one costs one OS request.
 *
 * Ordering by sequence number: r->head.seq counts marks taken. A mark m gets
 * seq = ++r->head.seq; a cleanup or large block made afterwards records the
 * then r->head.seq, which is >= m.seq, and one made before records < m.seq.
 * So "allocated after m" is "seq >= m.seq" for the newest-first lists, and a
 * chunk linked after m has first_seq >= m.seq.
 *
 * The header's inline fast paths read and write r->head (struct esc__head,
 * its invariants are stated there); everything else is private.
 */
#ifndef ESC_REGION_IMPL_H
#define ESC_REGION_IMPL_H

#include <stdbool.h>
#include <stdint.h>

#include "cescape/region.h"

#define ESC__ALIGN ((size_t)ESC_REGION_ALIGN)
/* Chunks after the first double from this size (or twice the first). */
#define ESC__CHUNK_FIRST_GROWTH ((size_t)8 << 10)
/* Largest chunk the geometric growth reaches; larger requests go large. */
#define ESC__CHUNK_MAX ((size_t)64 << 20)
/* Requests above this are refused outright, so sizes never overflow. */
#define ESC__REQUEST_MAX (SIZE_MAX / 4)

typedef struct esc__chunk {
  struct esc__chunk *prev; /* older chunk of the stack, or next in cache */
  char *top;               /* saved bump pointer while not the current chunk */
  char *limit;             /* end of the data area */
  size_t bytes;            /* size of the OS block, header included */
  uint64_t first_seq;      /* r->head.seq when it was pushed */
} esc__chunk;

typedef struct esc__large {
  struct esc__large *prev; /* older large block */
  uint64_t seq;
  size_t bytes;            /* size of the OS block, header included */
  char *data;
  size_t data_bytes;
} esc__large;

typedef struct esc__cleanup {
  struct esc__cleanup *prev; /* older cleanup */
  uint64_t seq;
  void (*fn)(void *);
  void *arg;
} esc__cleanup;

struct esc_region {
  struct esc__head head;    /* first: the header's fast paths use it */
  char *limit;              /* real end of the current chunk */
  esc__chunk *cache;        /* rewound chunks, largest first */
  size_t cache_bytes, cache_limit;
  esc__large *large;        /* newest first */
  esc__cleanup *cleanups;   /* newest first; nodes live in the region */
  size_t next_chunk_bytes;  /* size of the next chunk taken from the OS */
  struct esc_region *reg_prev, *reg_next; /* registry links (registry.c) */
  bool instrumented;        /* ASan or Valgrind: fast window kept empty */
};

static inline size_t round_up(size_t n, size_t a) { return (n + a - 1) & ~(a - 1); }

static inline char *chunk_data(esc__chunk *c) {
  return (char *)c + round_up(sizeof(esc__chunk), ESC__ALIGN);
}

/* The data of the first chunk starts after the region that lives in it. */
static inline char *chunk_base(const esc_region *r, esc__chunk *c) {
  return c->prev ? chunk_data(c) : (char *)r + round_up(sizeof(esc_region), ESC__ALIGN);
}

/* Opens the fast window: all of the chunk unless instrumented. */
static inline void sync_window(esc_region *r) {
  r->head.end = r->instrumented ? r->head.cur : r->limit;
}

/* The lowest slow_seq of a region: every rewind is slow when instrumented
 * (memory must be poisoned) or in debug builds (marks are checked fully). */
static inline uint64_t base_slow_seq(const esc_region *r) {
#ifdef ESC_RT_DEBUG
  (void)r;
  return UINT64_MAX;
#else
  return r->instrumented ? UINT64_MAX : 0;
#endif
}

/* Rewinds to marks up to r->head.seq must take the slow path: called when a
 * cleanup or a large block is recorded. */
static inline void need_slow_rewind(esc_region *r) {
  if (r->head.slow_seq < r->head.seq)
    r->head.slow_seq = r->head.seq;
}

/* chunks.c: the stack of chunks and the cache of rewound ones. */
bool esc__chunk_push(esc_region *r, size_t need);
void esc__chunk_pop(esc_region *r);
void esc__chunk_cache_trim(esc_region *r);
void esc__chunk_release(esc__chunk *c);

/* registry.c */
void esc__registry_add(esc_region *r);
void esc__registry_remove(esc_region *r);

/* rewind.c: runs cleanups and frees large blocks with seq >= since. */
void esc__region_release_since(esc_region *r, uint64_t since);

/* os.c */
void *esc__os_alloc(size_t bytes);
void esc__os_free(void *p, size_t bytes);
size_t esc__os_page_size(void);

/* Prints "libcescape-rt: <what>" and aborts: misuse is a bug of the caller. */
_Noreturn void esc__region_die(const char *what);

#endif
