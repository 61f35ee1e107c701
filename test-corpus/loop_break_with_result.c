/* The search breaks out with the matching line and frees it after the loop.
 * Only one instance is ever live, but the pointer is kept in a variable
 * declared outside the loop. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  static const char *const lines[] = {"alpha", "needle here", "omega"};
  char *found = NULL;
  for (int i = 0; i < 3; i++) {
    // BAD: the loop exits right after keeping the pointer; no later iteration sees it
    char *copy = strdup(lines[i]); // expect: heap "loop-carried"
    if (!copy)
      return 1;
    if (strstr(copy, "needle")) {
      found = copy;
      break;
    }
    free(copy);
  }
  printf("%s\n", found ? found : "-");
  free(found);
  return 0;
}
