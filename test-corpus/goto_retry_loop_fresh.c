/* A backward goto makes a loop; here each attempt's buffer is declared in the
 * block after the label and freed before jumping back, so one instance is
 * live at a time. */
#include <stdio.h>
#include <stdlib.h>

static int attempt(int n) { return n >= 2; }

int main(void) {
  int tries = 0;
retry: {
  char *scratch = malloc(64); // expect: stack
  if (!scratch)
    return 1;
  snprintf(scratch, 64, "attempt %d", tries);
  puts(scratch);
  free(scratch);
  if (!attempt(tries++))
    goto retry;
}
  return tries == 3 ? 0 : 1;
}
