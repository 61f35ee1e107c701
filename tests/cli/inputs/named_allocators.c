/* cli test input: an allocator and a deallocator the analysis cannot see,
 * named on the command line with --allocator and --deallocator. */
#include <stdlib.h>

void *pool_get(size_t n);
void pool_put(void *p);

int named(void) {
  char *a = pool_get(32);
  a[0] = 1;
  int first = a[0];
  pool_put(a);
  char *b = malloc(32);
  b[0] = 2;
  first += b[0];
  pool_put(b);
  return first;
}
