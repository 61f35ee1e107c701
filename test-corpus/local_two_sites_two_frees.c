/* Two allocations in one function, each with its own variable and its own
 * free (in the opposite order): no free receives both, so neither is an
 * ambiguous free. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int split_assignment(const char *line) {
  const char *eq = strchr(line, '=');
  if (!eq)
    return -1;
  char *key = calloc(1, 16); // expect: stack
  char *value = calloc(1, 64); // expect: stack
  int rc = -1;
  if (key && value && eq - line < 16) {
    memcpy(key, line, (size_t)(eq - line));
    strncpy(value, eq + 1, 63);
    printf("%s -> %s\n", key, value);
    rc = 0;
  }
  free(key);
  free(value);
  return rc;
}

int main(void) { return split_assignment("colour=blue") == 0 ? 0 : 1; }
