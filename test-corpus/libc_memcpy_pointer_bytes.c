/* Looks local but escapes: memcpy of the pointer variable itself (not of what
 * it points to) into a global copies the pointer there. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *shared_name;

int main(void) {
  char *name = malloc(16); // expect: heap "stored-global"
  if (!name)
    return 1;
  strcpy(name, "copied");
  memcpy(&shared_name, &name, sizeof name);
  puts(shared_name);
  free(shared_name);
  return 0;
}
