/* The pointer variable is declared outside the loop but the object is freed
 * in every iteration, so only one is ever live. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  char *line;
  for (int i = 0; i < 3; i++) {
    // BAD: freed every iteration; the analysis only sees a pointer declared outside the loop
    line = malloc(32); // expect: heap "loop-carried"
    if (!line)
      return 1;
    snprintf(line, 32, "line %d", i);
    puts(line);
    free(line);
  }
  return 0;
}
