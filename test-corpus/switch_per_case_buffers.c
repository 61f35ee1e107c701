/* Each case of a switch allocates and frees its own buffer; no free is shared
 * between cases. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum shape { CIRCLE, SQUARE, LINE };

static void describe(enum shape s) {
  switch (s) {
  case CIRCLE: {
    char *d = malloc(32); // expect: stack
    if (!d)
      return;
    strcpy(d, "round");
    puts(d);
    free(d);
    break;
  }
  case SQUARE: {
    char *d = malloc(48); // expect: stack
    if (!d)
      return;
    strcpy(d, "four equal sides");
    puts(d);
    free(d);
    break;
  }
  default:
    puts("other");
  }
}

int main(void) {
  describe(CIRCLE);
  describe(SQUARE);
  describe(LINE);
  return 0;
}
