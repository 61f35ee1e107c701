/* Allocation for the driver: like malloc and strdup, but out of memory ends
 * the run with a message (the driver cannot go on without memory). */
#ifndef ESC_DRIVER_XALLOC_H
#define ESC_DRIVER_XALLOC_H

#include <stddef.h>

/* n zeroed bytes. */
void *esc__xzalloc(size_t n);
char *esc__xstrdup(const char *s);
/* printf into a fresh malloc'ed string. */
char *esc__xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Grows the malloc'ed array *items (of *n elements of item_size bytes) by one
 * zeroed element and returns it. */
void *esc__xpush(void *items, size_t *n, size_t item_size);

#endif
