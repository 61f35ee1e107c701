/* An allocation in a loop whose pointer is declared inside the loop body and
 * freed before the iteration ends: one instance at a time. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int total = 0;
  for (int i = 1; i <= 5; i++) {
    int *row = malloc(8 * sizeof *row); // expect: stack
    if (!row)
      return 1;
    for (int j = 0; j < 8; j++)
      row[j] = i * j;
    total += row[7];
    free(row);
  }
  printf("%d\n", total);
  return 0;
}
