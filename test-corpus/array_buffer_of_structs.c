/* An array of structs allocated at once and indexed: element addresses are
 * interior pointers into one object that never leaves the frame. */
#include <stdio.h>
#include <stdlib.h>

struct cell {
  int row, col;
  double value;
};

int main(void) {
  struct cell *cells = malloc(9 * sizeof *cells); // expect: stack
  if (!cells)
    return 1;
  for (int i = 0; i < 9; i++) {
    struct cell *c = &cells[i];
    c->row = i / 3;
    c->col = i % 3;
    c->value = c->row * 10 + c->col;
  }
  printf("%g\n", cells[8].value);
  free(cells);
  return 0;
}
