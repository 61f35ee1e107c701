/* A local array of pointers filled in a loop and freed after it: each
 * allocation is still live in later iterations, so several instances are
 * live at once (a single stack slot cannot hold them). */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  char *names[4];
  for (int i = 0; i < 4; i++) {
    names[i] = malloc(16); // expect: heap "loop-carried"
    if (!names[i])
      return 1;
    snprintf(names[i], 16, "worker-%d", i);
  }
  for (int i = 0; i < 4; i++) {
    puts(names[i]);
    free(names[i]);
  }
  return 0;
}
