/* Allocations written through a macro: each use of the macro is a site of
 * its own, reported where the macro is used (not on the #define line). */
#include <stdio.h>
#include <stdlib.h>

#define NEW(type) ((type *)calloc(1, sizeof(type)))

struct point {
  int x, y;
};

static struct point *last_point;

int main(void) {
  struct point *a = NEW(struct point); // expect: stack
  struct point *b = NEW(struct point); // expect: heap "stored-global"
  if (!a || !b) {
    free(a);
    free(b);
    return 1;
  }
  a->x = 1;
  b->y = 2;
  last_point = b;
  printf("%d %d\n", a->x, last_point->y);
  free(a);
  free(last_point);
  return 0;
}
