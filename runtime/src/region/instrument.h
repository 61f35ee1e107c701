/* How the region allocator tells AddressSanitizer and Valgrind's memcheck
 * which bytes are live, so that a use after rewind is reported like a use
 * after free. Every other file calls these and never a sanitizer directly.
 *
 * ASan: chunk data starts poisoned; an allocation unpoisons exactly its n
 * bytes (so an overflow into the rounding is caught); release poisons again.
 * Memcheck: each chunk on the stack is one mempool whose handle is the chunk
 * header; allocations are pool pieces, a rewind trims the pool to what is
 * still in use, and a chunk leaving the stack destroys its pool.
 * Outside ASan the Valgrind requests cost a few instructions and do nothing
 * when not running under Valgrind; without Valgrind's headers (Debian
 * package valgrind) they compile to nothing.
 */
#ifndef ESC_REGION_INSTRUMENT_H
#define ESC_REGION_INSTRUMENT_H

#include <stdbool.h>
#include <stddef.h>

#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#include <valgrind/valgrind.h>
#else
#define RUNNING_ON_VALGRIND 0
#define VALGRIND_CREATE_MEMPOOL(pool, rz, zeroed) ((void)(pool))
#define VALGRIND_DESTROY_MEMPOOL(pool) ((void)(pool))
#define VALGRIND_MEMPOOL_ALLOC(pool, p, n) ((void)(pool), (void)(p), (void)(n))
#define VALGRIND_MEMPOOL_CHANGE(pool, a, b, n) ((void)(pool), (void)(a), (void)(n))
#define VALGRIND_MEMPOOL_TRIM(pool, p, n) ((void)(pool), (void)(p), (void)(n))
#define VALGRIND_MAKE_MEM_NOACCESS(p, n) ((void)(p), (void)(n))
#define VALGRIND_MAKE_MEM_UNDEFINED(p, n) ((void)(p), (void)(n))
#endif

#if defined(__SANITIZE_ADDRESS__)
#define ESC__ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ESC__ASAN 1
#endif
#endif

#ifdef ESC__ASAN
#include <sanitizer/asan_interface.h>
#else
#define ASAN_POISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#define ASAN_UNPOISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#endif

/* True when allocations must go through the instrumented slow path. */
static inline bool inst_active(void) {
#ifdef ESC__ASAN
  return true;
#else
  return RUNNING_ON_VALGRIND != 0;
#endif
}

/* A chunk's data [data, limit) joins a region's stack: nothing is live yet. */
static inline void inst_chunk_open(const void *chunk, char *data, char *limit) {
  ASAN_POISON_MEMORY_REGION(data, (size_t)(limit - data));
  VALGRIND_CREATE_MEMPOOL(chunk, 0, 0);
  VALGRIND_MAKE_MEM_NOACCESS(data, (size_t)(limit - data));
}

/* The chunk leaves the stack (to the cache): all of its data is dead. */
static inline void inst_chunk_close(const void *chunk, char *data, char *limit) {
  ASAN_POISON_MEMORY_REGION(data, (size_t)(limit - data));
  VALGRIND_DESTROY_MEMPOOL(chunk);
  VALGRIND_MAKE_MEM_NOACCESS(data, (size_t)(limit - data));
}

/* The block goes back to the OS: leave no poison behind for its next owner. */
static inline void inst_forget(void *block, size_t bytes) {
  ASAN_UNPOISON_MEMORY_REGION(block, bytes);
  VALGRIND_MAKE_MEM_UNDEFINED(block, bytes);
}

/* n bytes at p, inside chunk, become live (contents undefined). */
static inline void inst_alloc(const void *chunk, void *p, size_t n) {
  ASAN_UNPOISON_MEMORY_REGION(p, n);
  VALGRIND_MEMPOOL_ALLOC(chunk, p, n);
}

/* The live piece at p changes from old_n to new_n bytes. */
static inline void inst_resize(const void *chunk, char *p, size_t old_n, size_t new_n) {
  VALGRIND_MEMPOOL_CHANGE(chunk, p, p, new_n);
  if (new_n > old_n) {
    ASAN_UNPOISON_MEMORY_REGION(p, new_n);
    VALGRIND_MAKE_MEM_UNDEFINED(p + old_n, new_n - old_n);
  } else {
    ASAN_POISON_MEMORY_REGION(p + new_n, old_n - new_n);
    VALGRIND_MAKE_MEM_NOACCESS(p + new_n, old_n - new_n);
  }
}

/* Everything in chunk from `from` up to `to` dies; [base, from) stays. */
static inline void inst_release(const void *chunk, char *base, char *from, char *to) {
  ASAN_POISON_MEMORY_REGION(from, (size_t)(to - from));
  VALGRIND_MEMPOOL_TRIM(chunk, base, (size_t)(from - base));
  VALGRIND_MAKE_MEM_NOACCESS(from, (size_t)(to - from));
}

#endif
