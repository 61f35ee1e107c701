/* va_copy and a va_arg value returned: a variadic function returns its
 * first variadic argument, read through a copy of its va_list. What the
 * caller does with the result decides: kept in a global, the object
 * escapes; only printed, it does not. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *saved;

static char *first_of(int count, ...) {
  va_list ap, again;
  va_start(ap, count);
  va_copy(again, ap);
  char *first = count > 0 ? va_arg(again, char *) : NULL;
  va_end(again);
  va_end(ap);
  return first;
}

int main(void) {
  char *kept = malloc(8); // expect: heap "stored-global"
  char *shown = malloc(8); // expect: stack
  if (!kept || !shown) {
    free(kept);
    free(shown);
    return 1;
  }
  strcpy(kept, "kept");
  strcpy(shown, "shown");
  saved = first_of(1, kept);
  puts(first_of(1, shown));
  puts(saved);
  saved = NULL;
  free(kept);
  free(shown);
  return 0;
}
