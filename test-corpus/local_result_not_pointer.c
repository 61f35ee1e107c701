/* Looks escaping but is not: the function returns a length computed from
 * the buffer, never the buffer itself. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t formatted_width(int value) {
  char *text = malloc(24); // expect: stack
  if (!text)
    return 0;
  snprintf(text, 24, "%d", value);
  size_t width = strlen(text);
  free(text);
  return width;
}

int main(void) {
  printf("%zu\n", formatted_width(-12345));
  return formatted_width(7) == 1 ? 0 : 1;
}
