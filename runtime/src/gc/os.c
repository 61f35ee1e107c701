/* os.c: everything the collector asks of the kernel and the C library's
 * process layout, kept here so that the rest reads as pure logic: address
 * space reservation, private mappings for the collector's own tables, giving
 * pages back, clocks, the mutator's stack bounds, and fatal errors. Nothing
 * here calls malloc: the same code serves as malloc in dropin.c.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "gc_internal.h"

#define ARENA_WANTED ((size_t)16 << 30)
#define ARENA_LEAST ((size_t)256 << 20)

extern void *__libc_stack_end;

/* Reserves the largest arena we can get, halving from ARENA_WANTED: some
 * environments (valgrind, low address-space limits) refuse big mappings.
 * The pages cost nothing until touched. */
void *esc__os_reserve(size_t *size) {
  for (size_t n = ARENA_WANTED; n >= ARENA_LEAST; n /= 2) {
    void *p = esc__os_map(n);
    if (p) {
      *size = n;
      return p;
    }
  }
  return NULL;
}

void *esc__os_map(size_t size) {
  void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

void *esc__os_remap(void *p, size_t old_size, size_t new_size) {
  void *q = mremap(p, old_size, new_size, MREMAP_MAYMOVE);
  if (q == MAP_FAILED) esc__os_fatal("collector", "out of memory for its own tables");
  return q;
}

void esc__os_unmap(void *p, size_t size) { munmap(p, size); }

/* The pages read as zero afterwards and stop counting in the RSS. */
void esc__os_release(void *p, size_t size) { madvise(p, size, MADV_DONTNEED); }

static uint64_t clock_ns(clockid_t id) {
  struct timespec t;
  clock_gettime(id, &t);
  return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

uint64_t esc__os_wall_ns(void) { return clock_ns(CLOCK_MONOTONIC); }
uint64_t esc__os_cpu_ns(void) { return clock_ns(CLOCK_THREAD_CPUTIME_ID); }

/* The main thread's stack ends at __libc_stack_end (everything above is
 * argv, environment and auxv, which hold no heap pointers). */
uintptr_t esc__os_main_stack_top(void) { return (uintptr_t)__libc_stack_end; }

/* Other threads ask pthreads, which may allocate: the drop-in, which is
 * malloc, never gets here. */
uintptr_t esc__os_stack_top(void) {
  if (getpid() == gettid()) return esc__os_main_stack_top();
  pthread_attr_t attr;
  void *lo;
  size_t size;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
  pthread_attr_getstack(&attr, &lo, &size);
  pthread_attr_destroy(&attr);
  return (uintptr_t)lo + size;
}

_Noreturn void esc__os_fatal(const char *what, const char *why) {
  static const char prefix[] = "cescape gc: ";
  write(2, prefix, sizeof prefix - 1);
  write(2, what, strlen(what));
  write(2, ": ", 2);
  write(2, why, strlen(why));
  write(2, "\n", 1);
  abort();
}
