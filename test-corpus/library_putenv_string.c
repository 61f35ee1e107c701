/* putenv makes its string part of the environment (it does not copy it),
 * while setenv copies: the first escapes into the library, the second does
 * not. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *entry = malloc(32); // expect: heap "kept-by-library"
  char *value = malloc(16); // expect: stack
  if (!entry || !value) {
    free(entry);
    free(value);
    return 1;
  }
  strcpy(entry, "CESCAPE_MODE=fast");
  strcpy(value, "verbose");
  if (putenv(entry) != 0 || setenv("CESCAPE_LOG", value, 1) != 0)
    return 1;
  printf("%s %s\n", getenv("CESCAPE_MODE"), getenv("CESCAPE_LOG"));
  free(value);
  return 0;
}
