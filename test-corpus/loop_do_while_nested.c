/* Nested loops: the inner loop's allocation is freed inside the inner body;
 * a do-while is a loop like any other. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int rounds = 0, cells = 0;
  do {
    for (int c = 0; c < 4; c++) {
      char *cell = malloc(8); // expect: stack
      if (!cell)
        return 1;
      snprintf(cell, 8, "%d:%d", rounds, c);
      cells += cell[0] == (char)('0' + rounds);
      free(cell);
    }
  } while (++rounds < 3);
  printf("%d\n", cells);
  return 0;
}
