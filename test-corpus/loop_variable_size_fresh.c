/* A run-time sized buffer made and freed in each iteration: one instance at
 * a time, so a fixed stack buffer with a heap fallback would do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  static const char *const words[] = {"ox", "heron", "chimpanzee"};
  size_t total = 0;
  for (int i = 0; i < 3; i++) {
    size_t n = strlen(words[i]);
    char *framed = malloc(n + 3); // expect: stack-fallback "size-not-constant"
    if (!framed)
      return 1;
    snprintf(framed, n + 3, "<%s>", words[i]);
    total += strlen(framed);
    puts(framed);
    free(framed);
  }
  printf("%zu\n", total);
  return 0;
}
