/* The conditional operator picks one of two allocations, then a single free
 * releases whichever was picked: that free may receive either object. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void show(int verbose) {
  char *text = verbose
      ? malloc(128) // expect: heap "ambiguous-free"
      : malloc(16); // expect: heap "ambiguous-free"
  if (!text)
    return;
  strcpy(text, verbose ? "a long and detailed description" : "short");
  puts(text);
  free(text);
}

int main(void) {
  show(0);
  show(1);
  return 0;
}
