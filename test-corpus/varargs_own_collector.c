/* A variadic function of the program that keeps one of its va_arg pointers in
 * a global: a pointer passed in the `...` escapes through it. The analysis
 * follows the variadic arguments into the function (its "..." parameter,
 * put into the va_list by va_start and taken out by va_arg), so the reason
 * names the global. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *longest;

static void note_longest(int count, ...) {
  va_list ap;
  va_start(ap, count);
  for (int i = 0; i < count; i++) {
    char *s = va_arg(ap, char *);
    if (!longest || strlen(s) > strlen(longest))
      longest = s;
  }
  va_end(ap);
}

int main(void) {
  char *word = strdup("extraordinary"); // expect: heap "stored-global"
  if (!word)
    return 1;
  static char short_word[] = "tiny";
  note_longest(2, short_word, word);
  puts(longest);
  free(word);
  return 0;
}
