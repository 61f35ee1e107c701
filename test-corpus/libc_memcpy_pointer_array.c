/* memcpy of an array of pointers into a global array copies the pointers:
 * the element objects escape into the global. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *saved_names[2];

int main(void) {
  char *names[2] = {NULL, NULL};
  names[0] = strdup("first"); // expect: heap "stored-global"
  if (!names[0])
    return 1;
  memcpy(saved_names, names, sizeof names);
  printf("%s\n", saved_names[0]);
  free(saved_names[0]);
  return 0;
}
