/* Two variables named `buf` in nested scopes are different locations: only
 * the inner one is published. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *last_inner;

int main(void) {
  char *buf = malloc(24); // expect: stack
  if (!buf)
    return 1;
  strcpy(buf, "outer");
  {
    char *buf = malloc(24); // expect: heap "stored-global"
    if (!buf)
      return 1;
    strcpy(buf, "inner");
    last_inner = buf;
  }
  printf("%s %s\n", buf, last_inner);
  free(last_inner);
  free(buf);
  return 0;
}
