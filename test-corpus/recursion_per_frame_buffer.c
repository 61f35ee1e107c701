/* Each recursive call allocates and frees its own buffer before returning:
 * one instance per frame, so each could live in its own frame. */
#include <stdio.h>
#include <stdlib.h>

static int digits_sum(int n) {
  if (n == 0)
    return 0;
  char *repr = malloc(16); // expect: stack
  if (!repr)
    return -1;
  int len = snprintf(repr, 16, "%d", n % 10);
  int digit = repr[len - 1] - '0';
  free(repr);
  return digit + digits_sum(n / 10);
}

int main(void) {
  printf("%d\n", digits_sum(98765));
  return 0;
}
