/* The classic growing array: every buffer is passed to realloc on the next
 * growth, both the first one and those realloc itself returns. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  size_t cap = 4, len = 0;
  int *items = malloc(cap * sizeof *items); // expect: heap "realloc"
  if (!items)
    return 1;
  for (int v = 0; v < 100; v++) {
    if (len == cap) {
      cap *= 2;
      int *grown = realloc(items, cap * sizeof *grown); // expect: heap "realloc"
      if (!grown) {
        free(items);
        return 1;
      }
      items = grown;
    }
    items[len++] = v * v;
  }
  printf("%zu %d\n", len, items[99]);
  free(items);
  return 0;
}
