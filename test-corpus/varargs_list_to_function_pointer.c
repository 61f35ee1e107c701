/* A variadic function that hands its va_list to a function pointer: what
 * the called code does with the arguments cannot be seen, so a pointer
 * passed in the `...` escapes (even though the function it happens to call
 * only prints). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_v(const char *fmt, va_list ap) { vprintf(fmt, ap); }

static void (*volatile sink)(const char *, va_list) = print_v;

static void emit(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sink(fmt, ap);
  va_end(ap);
}

int main(void) {
  char *word = malloc(8); // expect: heap "passed-indirect"
  if (!word)
    return 1;
  strcpy(word, "hidden");
  emit("%s\n", word);
  free(word);
  return 0;
}
