/* Stored into an element of a global array: the table outlives every
 * frame. */
#include <stdio.h>
#include <stdlib.h>

#define SLOTS 3
static double *columns[SLOTS];

static int load_column(int i) {
  double *col = calloc(8, sizeof(double)); // expect: heap "stored-global"
  if (!col)
    return -1;
  col[0] = i * 1.5;
  columns[i] = col;
  return 0;
}

int main(void) {
  for (int i = 0; i < SLOTS; i++)
    if (load_column(i) != 0)
      return 1;
  printf("%g\n", columns[2][0]);
  for (int i = 0; i < SLOTS; i++)
    free(columns[i]);
  return 0;
}
