/* Variadic functions (the "..." parameter: va_start stores it into the
 * va_list, va_arg loads from it), inline assembly, statement expressions. */
#include <stdarg.h>
#include <stdlib.h>

static char *pick(int n, ...) { // fn: pick variadic params=2
  va_list ap;
  va_start(ap, n); // call: __builtin_va_start
  char *p = va_arg(ap, char *); // pts: p -> obj:... ; pts: p !-> <external>
  int k = va_arg(ap, int);
  char **out = va_arg(ap, char **);
  *out = malloc(k); // reach: obj:... -> new:malloc ; reach: <external> !-> new:malloc
  va_end(ap);
  return p;
}

static long assembly(char *p) {
  long r; // sink: address-to-integer "long"
  char *q = p;
  __asm__ volatile("mov %1, %0" : "=r"(r) : "r"(q)); // sink: unmodeled "inline assembly"
  char *t = 0;
  __asm__("" : "+r"(t)); // sink: unmodeled "inline assembly"
  *t = 0;
  return r;
}

static char *statement_expression(void) {
  char *s = ({ char *tmp = malloc(3); tmp; }); // pts: s -> new:malloc ; var: tmp local
  return s;
}

char *varargs_keep(void) {
  char *o = 0;
  assembly(0);
  return pick(2, statement_expression(), 4, &o); // call: pick args=4
}
