/* Looks local but escapes: a static local is a global with a small scope, and
 * the cached buffer survives every call. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *hostname(int release) {
  static char *cached;
  if (release) {
    free(cached);
    cached = NULL;
    return NULL;
  }
  if (!cached) {
    cached = malloc(64); // expect: heap "stored-global"
    if (cached)
      strcpy(cached, "localhost");
  }
  return cached;
}

int main(void) {
  printf("%s %s\n", hostname(0), hostname(0));
  hostname(1);
  return 0;
}
