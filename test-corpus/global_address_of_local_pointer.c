/* A global holds the address of the local variable that holds the buffer
 * (registered for cleanup): the buffer is reachable from the global, so it
 * escapes even though only a local's address was published. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char **cleanup_slot;

static void emergency_cleanup(void) {
  if (cleanup_slot) {
    free(*cleanup_slot);
    *cleanup_slot = NULL;
  }
}

int main(void) {
  char *work = malloc(48); // expect: heap "stored-global"
  if (!work)
    return 1;
  cleanup_slot = &work;
  strcpy(work, "in progress");
  puts(work);
  emergency_cleanup();
  cleanup_slot = NULL;
  return work == NULL ? 0 : 1;
}
