/* The region allocator's only contact with the operating system. Blocks of
 * ESC__OS_MMAP_MIN bytes or more are mapped and unmapped directly, so they
 * really go back to the OS when a region lets them go; smaller ones come from
 * malloc, which makes creating a short-lived region cheap. Every block is at
 * least ESC_REGION_ALIGN-aligned.
 */
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "region_impl.h"

#define ESC__OS_MMAP_MIN ((size_t)64 << 10)

void *esc__os_alloc(size_t bytes) {
  if (bytes < ESC__OS_MMAP_MIN)
    return malloc(bytes);
  void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

void esc__os_free(void *p, size_t bytes) {
  if (bytes < ESC__OS_MMAP_MIN)
    free(p);
  else
    munmap(p, bytes);
}

/* Cached after the first call; threads racing to fill it store the same. */
size_t esc__os_page_size(void) {
  static size_t page;
  size_t p = __atomic_load_n(&page, __ATOMIC_RELAXED);
  if (!p) {
    long n = sysconf(_SC_PAGESIZE);
    p = n > 0 ? (size_t)n : 4096;
    __atomic_store_n(&page, p, __ATOMIC_RELAXED);
  }
  return p;
}
