/* Two objects kept in one array of pointers and freed in a loop over it:
 * that one free receives both, so neither may simply be left to the stack
 * frame by deleting the free. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *parts[2];
  parts[0] = strdup("left"); // expect: heap "ambiguous-free"
  parts[1] = strdup("right"); // expect: heap "ambiguous-free"
  if (!parts[0] || !parts[1]) {
    free(parts[0]);
    free(parts[1]);
    return 1;
  }
  printf("%s|%s\n", parts[0], parts[1]);
  for (int i = 0; i < 2; i++)
    free(parts[i]);
  return 0;
}
