/* Two allocations in one function, each with its own variable and its own
 * free: no free receives both, so neither is an ambiguous free. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *key = malloc(16); // expect: stack
  char *value = malloc(64); // expect: stack
  if (!key || !value) {
    free(value);
    free(key);
    return 1;
  }
  strcpy(key, "colour");
  strcpy(value, "blue");
  printf("%s=%s\n", key, value);
  free(value);
  free(key);
  return 0;
}
