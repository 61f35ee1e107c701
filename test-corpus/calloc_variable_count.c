/* calloc with a run-time element count: the product is not a constant. */
#include <stdio.h>
#include <stdlib.h>

static long triangle(int n) {
  long *row = calloc((size_t)n + 1, sizeof(long)); // expect: stack-fallback "size-not-constant"
  if (!row)
    return -1;
  for (int i = 1; i <= n; i++)
    row[i] = row[i - 1] + i;
  long last = row[n];
  free(row);
  return last;
}

int main(void) {
  printf("%ld\n", triangle(10));
  return triangle(3) == 6 ? 0 : 1;
}
