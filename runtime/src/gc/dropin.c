/* dropin.c: libcescape-gc-malloc.so, the collector as the process's malloc
 * (LD_PRELOAD=libcescape-gc-malloc.so program). free is honoured; objects
 * that are leaked (unreachable and never freed) are collected. Every object
 * is scanned, since malloc cannot know which hold pointers.
 *
 * Careful by construction:
 *   - no dlsym, no other malloc to fall back on: the collector gets its
 *     memory from mmap and never calls malloc, so bootstrapping is just the
 *     first call initialising it;
 *   - one lock around every call, so programs with threads stay correct;
 *   - collection only while the process has one thread and the caller is
 *     the main thread, whose stack is the only one scanned (other threads'
 *     stacks and registers are unknown); otherwise the heap just grows;
 *   - stop-the-world mode always: unmodified programs have no barrier.
 * ESC_GC_TORTURE works as for the library (ESC_GC_MODE is ignored: see the
 * last point); ESC_GC_COLLECT_AT (below) is the drop-in's own.
 * Limits (docs/runtime-gc.md): pointers hidden from a conservative scan
 * (xor-ed, stored only in memory the collector does not scan, such as
 * mmap'ed memory or a non-main thread's stack) are not seen.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gc_internal.h"

#define EXPORT __attribute__((visibility("default")))
#define MIN_ALIGN ((size_t)ESC__GRANULE)

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* ESC_GC_COLLECT_AT=N, a debugging aid: one full collection just before
 * the N-th allocation (counted from 1), on top of the normal pace. Where a
 * torture run (a collection at every allocation) takes minutes, one run
 * takes as long as the program, and bisecting N finds the first allocation
 * at which a collection breaks it (that found jq's pointers held only in
 * registers, see roots.c). */
static unsigned long allocations, collect_at;

/* Field 20 of /proc/self/stat is the number of threads; read with plain
 * system calls, since this runs inside malloc. */
static bool single_threaded_main(void) {
  if (gettid() != getpid()) return false;
  char buf[1024];
  int fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n <= 0) return false;
  buf[n] = 0;
  const char *p = strrchr(buf, ')'); /* the command name may hold spaces */
  for (int field = 2; p && field < 20; field++) p = strchr(p + 1, ' ');
  return p && p[1] == '1' && p[2] == ' ';
}

static void *locked_alloc(size_t n) {
  pthread_mutex_lock(&lock);
  if (!esc__gc.ready) {
    esc__gc.may_collect = single_threaded_main;
    if (!esc__init()) esc__os_fatal("malloc", "cannot reserve the collector's address space");
    esc__gc.mode = ESC_GC_STOP_THE_WORLD;
    const char *at = getenv("ESC_GC_COLLECT_AT");
    collect_at = at ? strtoul(at, NULL, 10) : 0;
  }
  if (++allocations == collect_at) esc__collect();
  void *p = esc__alloc(n, false);
  pthread_mutex_unlock(&lock);
  if (!p) errno = ENOMEM;
  return p;
}

/* Bytes from p to the end of its object, 0 for memory that is not ours. */
static size_t usable(const void *p) {
  if (!esc__gc.ready) return 0;
  uint32_t i;
  esc__span *s = esc__find((uintptr_t)p, &i);
  if (!s || (s->state[i] & ESC__COLOR) == ESC__FREE) return 0;
  return esc__object(s, i) + s->size - (uintptr_t)p;
}

/* An object with room for an aligned block of n bytes; the block's address
 * is interior, which free and the collector accept. */
static void *aligned(size_t align, size_t n) {
  if (align <= MIN_ALIGN) return locked_alloc(n);
  if (n > SIZE_MAX - align) {
    errno = ENOMEM;
    return NULL;
  }
  char *p = locked_alloc(n + align);
  if (!p) return NULL;
  return (void *)(((uintptr_t)p + align - 1) & ~(uintptr_t)(align - 1));
}

static bool power_of_two(size_t x) { return x && !(x & (x - 1)); }

EXPORT void *malloc(size_t n) { return locked_alloc(n); }

EXPORT void free(void *p) {
  if (!p) return;
  pthread_mutex_lock(&lock);
  if (esc__gc.ready) esc__free(p);
  pthread_mutex_unlock(&lock);
}

EXPORT void *calloc(size_t count, size_t size) {
  size_t n;
  if (__builtin_mul_overflow(count, size, &n)) {
    errno = ENOMEM;
    return NULL;
  }
  return locked_alloc(n); /* always zeroed */
}

/* Shrinking by less than half, or growing within the object, stays put. */
EXPORT void *realloc(void *p, size_t n) {
  if (!p) return locked_alloc(n);
  if (!n) {
    free(p);
    return NULL;
  }
  pthread_mutex_lock(&lock);
  size_t have = usable(p);
  pthread_mutex_unlock(&lock);
  if (!have) esc__os_fatal("realloc", "pointer was not allocated by this malloc");
  if (n <= have && n >= have / 2) return p;
  void *q = locked_alloc(n);
  if (!q) return NULL;
  memcpy(q, p, n < have ? n : have);
  free(p);
  return q;
}

EXPORT void *reallocarray(void *p, size_t count, size_t size) {
  size_t n;
  if (__builtin_mul_overflow(count, size, &n)) {
    errno = ENOMEM;
    return NULL;
  }
  return realloc(p, n);
}

EXPORT int posix_memalign(void **out, size_t align, size_t n) {
  if (!power_of_two(align) || align % sizeof(void *)) return EINVAL;
  void *p = aligned(align, n);
  if (!p) return ENOMEM;
  *out = p;
  return 0;
}

EXPORT void *aligned_alloc(size_t align, size_t n) {
  if (!power_of_two(align)) {
    errno = EINVAL;
    return NULL;
  }
  return aligned(align, n);
}

EXPORT void *memalign(size_t align, size_t n) { return aligned_alloc(align, n); }

EXPORT void *valloc(size_t n) { return aligned((size_t)sysconf(_SC_PAGESIZE), n); }

EXPORT void *pvalloc(size_t n) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  return aligned(page, (n + page - 1) & ~(page - 1));
}

EXPORT size_t malloc_usable_size(void *p) {
  pthread_mutex_lock(&lock);
  size_t n = p ? usable(p) : 0;
  pthread_mutex_unlock(&lock);
  return n;
}
