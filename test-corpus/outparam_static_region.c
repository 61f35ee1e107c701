/* An out-parameter of a static function: the buffer escapes only through
 * `*out`, and every caller frees what it receives: a region. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int format_duration(long seconds, char **out) {
  char *text = malloc(32); // expect: region "stored-param"
  if (!text)
    return -1;
  snprintf(text, 32, "%ldh%02ldm%02lds", seconds / 3600, seconds / 60 % 60, seconds % 60);
  *out = text;
  return 0;
}

int main(void) {
  char *a = NULL, *b = NULL;
  if (format_duration(3725, &a) != 0 || format_duration(59, &b) != 0) {
    free(a);
    return 1;
  }
  printf("%s %s\n", a, b);
  free(a);
  free(b);
  return 0;
}
