/* The helper returns its argument, and the caller stores the result in a
 * global: the flow goes through the helper's summary into the global. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *current_command;

static char *trim_newline(char *s) {
  size_t n = strlen(s);
  if (n && s[n - 1] == '\n')
    s[n - 1] = '\0';
  return s;
}

int main(void) {
  char *input = strdup("status\n"); // expect: heap "stored-global"
  if (!input)
    return 1;
  current_command = trim_newline(input);
  puts(current_command);
  free(current_command);
  return 0;
}
