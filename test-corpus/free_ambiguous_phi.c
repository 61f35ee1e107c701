/* One variable receives either of two allocations depending on a branch,
 * then is freed: the free receives both objects. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void greet(int formal) {
  char *msg;
  if (formal)
    msg = strdup("Good evening."); // expect: heap "ambiguous-free"
  else
    msg = strdup("Hi!"); // expect: heap "ambiguous-free"
  if (!msg)
    return;
  puts(msg);
  free(msg);
}

int main(void) {
  greet(0);
  greet(1);
  return 0;
}
