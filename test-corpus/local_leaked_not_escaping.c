/* A leak is not an escape: the object is never freed, but nothing keeps it
 * beyond the frame either, so the stack would do (and fix the leak).
 * The run disables LeakSanitizer because the leak is the point. */
// corpus-asan-options: detect_leaks=0
#include <stdio.h>
#include <stdlib.h>

static int sum_squares(int n) {
  int *squares = malloc(16 * sizeof(int)); // expect: stack
  if (!squares || n > 16)
    return -1;
  int total = 0;
  for (int i = 0; i < n; i++) {
    squares[i] = i * i;
    total += squares[i];
  }
  return total;
}

int main(void) {
  printf("%d\n", sum_squares(4));
  return 0;
}
