/* Support code for the corpus (see event_log.c): an allocator and a
 * deallocator the analysis cannot see, which cases name with --allocator
 * and --deallocator. */
#include <stdlib.h>

void *arena_take(size_t n);
void arena_give_back(void *p);

void *arena_take(size_t n) { return malloc(n); }

void arena_give_back(void *p) { free(p); }
