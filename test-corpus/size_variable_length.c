/* The size depends on the input: it does not escape, but only a fixed stack
 * buffer with a heap fallback could replace it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_reversed(const char *s) {
  size_t n = strlen(s);
  char *rev = malloc(n + 1); // expect: stack-fallback "size-not-constant"
  if (!rev)
    return;
  for (size_t i = 0; i < n; i++)
    rev[i] = s[n - 1 - i];
  rev[n] = '\0';
  puts(rev);
  free(rev);
}

int main(int argc, char **argv) {
  print_reversed(argc > 1 ? argv[1] : "stressed");
  return 0;
}
