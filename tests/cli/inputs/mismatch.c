/* cli test input for a failing --verify: line 8 is annotated wrongly, line 9
 * not at all, and the annotation on line 10 has no site. */
#include <stdlib.h>

char *kept;

void mismatch(void) {
  kept = malloc(16); // expect: stack
  kept = malloc(8);
  int unused = 0; // expect: heap
  (void)unused;
}
