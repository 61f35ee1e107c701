/* A zeroing wrapper over calloc, called with constant counts: each call site
 * gets the constant size count * element size. */
#include <stdio.h>
#include <stdlib.h>

static void *zalloc_array(size_t count, size_t size) {
  void *p = calloc(count, size); // expect: heap "allocator-wrapper"
  if (!p) {
    fputs("out of memory\n", stderr);
    exit(1);
  }
  return p;
}

int main(void) {
  int *flags = zalloc_array(32, sizeof(int)); // expect: stack
  flags[31] = 1;
  printf("%d %d\n", flags[0], flags[31]);
  free(flags);
  return 0;
}
