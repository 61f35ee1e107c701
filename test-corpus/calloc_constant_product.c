/* calloc's size is the product of its two arguments: 16 * 8 bytes is a
 * constant 128. */
#include <stdio.h>
#include <stdlib.h>

struct point {
  int x, y;
};

int main(void) {
  struct point *path = calloc(16, sizeof(struct point)); // expect: stack
  if (!path)
    return 1;
  for (int i = 1; i < 16; i++)
    path[i] = (struct point){path[i - 1].x + 1, path[i - 1].y + 2};
  printf("%d,%d\n", path[15].x, path[15].y);
  free(path);
  return 0;
}
