/* strdup of a string literal has a constant size (its length plus one), and
 * strndup of a literal is bounded by its count: both constants. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *name = strdup("default-profile"); // expect: stack
  char *prefix = strndup("configuration", 6); // expect: stack
  if (!name || !prefix) {
    free(name);
    free(prefix);
    return 1;
  }
  name[0] = 'D';
  printf("%s %s\n", name, prefix);
  free(prefix);
  free(name);
  return 0;
}
