/* A static function's out-parameter, called in a loop whose body frees what
 * it received before the next call: each result lives within the caller's
 * frame, so the site is a region. */
#include <stdio.h>
#include <stdlib.h>

static int render_row(int row, char **out) {
  char *line = malloc(40); // expect: region "stored-param"
  if (!line)
    return -1;
  snprintf(line, 40, "row %d: %d", row, row * row);
  *out = line;
  return 0;
}

int main(void) {
  for (int r = 0; r < 3; r++) {
    char *line = NULL;
    if (render_row(r, &line) != 0)
      return 1;
    puts(line);
    free(line);
  }
  return 0;
}
