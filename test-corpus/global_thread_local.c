/* A thread-local variable outlives every frame of its thread: storing into
 * it is storing into a global. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Thread_local char *error_message;

static void fail_with(const char *what) {
  free(error_message);
  error_message = malloc(64); // expect: heap "stored-global"
  if (error_message)
    snprintf(error_message, 64, "failed: %s", what);
}

int main(void) {
  fail_with("open");
  fail_with("read");
  puts(error_message ? error_message : "?");
  free(error_message);
  return 0;
}
