/* The same out-parameter with external linkage: unknown callers may keep
 * what they receive, so the buffer is heap. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int read_greeting(const char *name, char **out);

int read_greeting(const char *name, char **out) {
  size_t n = strlen(name) + 8;
  *out = malloc(n); // expect: heap "stored-param"
  if (!*out)
    return -1;
  snprintf(*out, n, "hello, %s", name);
  return 0;
}

int main(void) {
  char *g = NULL;
  if (read_greeting("bob", &g) != 0)
    return 1;
  puts(g);
  free(g);
  return 0;
}
