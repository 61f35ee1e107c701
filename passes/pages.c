/* Huge-page-friendly mappings (pages.h). A mapping is made 2 MiB larger
 * than asked and trimmed to its 2 MiB-aligned part, since huge pages need
 * aligned ranges; madvise is a hint, and without it the pages are plain. */
#include "pages.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

enum { HUGE_PAGE = 2 * 1024 * 1024 };

void *esc__pages_map(size_t n, size_t *mapped) {
  size_t size = (n + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
  char *p = mmap(NULL, size + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) {
    fprintf(stderr, "cescape: out of memory (%zu bytes)\n", size);
    abort();
  }
  size_t lead = (HUGE_PAGE - (uintptr_t)p % HUGE_PAGE) % HUGE_PAGE;
  if (lead)
    munmap(p, lead);
  munmap(p + lead + size, HUGE_PAGE - lead);
  madvise(p + lead, size, MADV_HUGEPAGE);
  *mapped = size;
  return p + lead;
}

void esc__pages_unmap(void *p, size_t mapped) { munmap(p, mapped); }
