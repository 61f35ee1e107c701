/* Sizes written with sizeof, constant arithmetic and an enum constant are
 * all compile-time constants. */
#include <stdio.h>
#include <stdlib.h>

enum { SLOTS = 8 };
struct point {
  double x, y;
};

int main(void) {
  struct point *pts = malloc(SLOTS * sizeof *pts); // expect: stack
  long *table = malloc(sizeof(long[4]) + 2 * sizeof(long)); // expect: stack
  if (!pts || !table) {
    free(pts);
    free(table);
    return 1;
  }
  for (int i = 0; i < SLOTS; i++)
    pts[i] = (struct point){i, -i};
  for (int i = 0; i < 6; i++)
    table[i] = i;
  printf("%g %ld\n", pts[7].x, table[5]);
  free(table);
  free(pts);
  return 0;
}
