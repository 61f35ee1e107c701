/* A scratch buffer of constant size, used and freed in the same function:
 * nothing outlives the frame, so a plain stack array would do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void greet(const char *who) {
  char *line = malloc(64); // expect: stack
  if (!line)
    return;
  snprintf(line, 64, "hello, %s", who);
  puts(line);
  free(line);
}

int main(void) {
  greet("world");
  return 0;
}
