/* Freed by a callee that does more than free (it logs first): not a plain
 * deallocator, so the analysis does not treat the call as a free. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void consume_message(char *msg) {
  printf("consumed: %s\n", msg);
  free(msg);
}

int main(void) {
  char *msg = malloc(32); // expect: heap "freed-elsewhere"
  if (!msg)
    return 1;
  strcpy(msg, "job finished");
  consume_message(msg);
  return 0;
}
