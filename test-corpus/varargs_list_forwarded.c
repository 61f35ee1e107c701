/* A variadic function that forwards its va_list to a v-function of the
 * program, which keeps one of the arguments in a global. The va_list
 * parameter of the v-function holds its caller's variadic arguments, so
 * the pointer escapes through both functions. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *kept;

static void vkeep_last(int count, va_list ap) {
  for (int i = 0; i < count; i++)
    kept = va_arg(ap, const char *);
}

static void keep_last(int count, ...) {
  va_list ap;
  va_start(ap, count);
  vkeep_last(count, ap);
  va_end(ap);
}

int main(void) {
  char *name = malloc(16); // expect: heap "stored-global"
  if (!name)
    return 1;
  strcpy(name, "babbage");
  keep_last(2, "lovelace", name);
  puts(kept);
  kept = NULL;
  free(name);
  return 0;
}
