/* A helper that returns (an interior pointer into) its argument: its summary
 * says the parameter flows to the result, which stays in the caller's frame
 * here. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *skip_spaces(char *s) {
  while (isspace((unsigned char)*s))
    s++;
  return s;
}

int main(void) {
  char *line = strdup("   indented"); // expect: stack
  if (!line)
    return 1;
  char *word = skip_spaces(line);
  puts(word);
  free(line);
  return 0;
}
