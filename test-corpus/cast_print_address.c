/* Looks escaping but is not: printing a pointer with %p reads it, and printf
 * keeps nothing it is given. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int *counter = malloc(sizeof *counter); // expect: stack
  if (!counter)
    return 1;
  *counter = 41;
  ++*counter;
  printf("%p holds %d\n", (void *)counter, *counter);
  free(counter);
  return 0;
}
