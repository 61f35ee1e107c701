/* Memory straight from the kernel for the passes' large, short-lived
 * blocks (arena.c, scratch.c): zeroed, aligned to 2 MiB and marked for
 * transparent huge pages, so that the first write to each 2 MiB costs one
 * page fault rather than 512. Failure aborts with a message. */
#ifndef ESC_PAGES_H
#define ESC_PAGES_H

#include <stddef.h>

/* At least n bytes; *mapped receives the size to give back. */
void *esc__pages_map(size_t n, size_t *mapped);
void esc__pages_unmap(void *p, size_t mapped);

#endif
