/* cli test input: a project header with an allocation site, included by
 * use_a.c and use_b.c: its site must be reported once. */
#include <stdlib.h>

static inline int shared_sum(int n) {
  int *cells = malloc(4 * sizeof(int)); // expect: stack
  int total = 0;
  for (int i = 0; i < 4; i++)
    cells[i] = n + i;
  for (int i = 0; i < 4; i++)
    total += cells[i];
  free(cells);
  return total;
}
