/* Each factor is small, the product (64 * 128 = 8192 bytes) is over the
 * limit. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  double *grid = calloc(64, 128); // expect: stack-fallback "size-over-limit"
  if (!grid)
    return 1;
  grid[1023] = 2.5;
  printf("%g\n", grid[1023] + grid[0]);
  free(grid);
  return 0;
}
