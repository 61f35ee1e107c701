/* realloc to a run-time size: the result is only freed afterwards, so it is a
 * stack-fallback candidate; the original is reallocated, so heap. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void pad_and_print(const char *word, size_t width) {
  char *s = strdup(word); // expect: heap "realloc"
  if (!s)
    return;
  char *padded = realloc(s, width + 1); // expect: stack-fallback "size-not-constant"
  if (!padded) {
    free(s);
    return;
  }
  size_t n = strlen(padded);
  while (n < width)
    padded[n++] = '.';
  padded[n] = '\0';
  puts(padded);
  free(padded);
}

int main(void) {
  pad_and_print("chapter", 20);
  return 0;
}
