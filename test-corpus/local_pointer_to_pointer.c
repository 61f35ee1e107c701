/* Written through a pointer to the local that holds it (`*slot = malloc`):
 * the pointer only ever lives in this frame. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int *counts = NULL;
  int **slot = &counts;
  *slot = calloc(10, sizeof(int)); // expect: stack
  if (!counts)
    return 1;
  for (int i = 0; i < 10; i++)
    counts[i] = i * i;
  printf("%d\n", counts[9]);
  free(*slot);
  return 0;
}
