/* Looks escaping but is not: the pointer is only compared with a global and
 * read next to one; it is never stored anywhere outside the frame. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *default_name = "anonymous";

int main(void) {
  char *name = malloc(24); // expect: stack
  if (!name)
    return 1;
  strcpy(name, default_name);
  if (name == default_name || strcmp(name, default_name) != 0)
    return 1;
  printf("%s\n", name);
  free(name);
  return 0;
}
