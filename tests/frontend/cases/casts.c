/* Casts both ways, the conditional operator, comma, pointer arithmetic. */
#include <stdint.h>
#include <stdlib.h>

static long to_integer(char *p) {
  long n = (long)p; // sink: address-to-integer "long"
  uintptr_t u = (uintptr_t)p; // sink: address-to-integer "uintptr_t"
  _Bool b = (_Bool)p; /* a truth value, no sink */
  return n + (long)u + b;
}

static char *from_integer(long n) {
  char *z = (char *)0; // pts: z !-> <external>
  char *nul = NULL; // pts: nul !-> <external>
  char *p = (char *)n; // pts: p -> <external>
  char *k = (char *)4096; // pts: k -> <external>
  (void)z;
  (void)nul;
  (void)k;
  return p;
}

static void *implicit(void) {
  void *v = malloc(4); // pts: v -> new:malloc
  int *ip = v; // pts: ip -> new:malloc
  const char *cp = (const char *)ip + 2; // pts: cp -> new:malloc ; step: cast "const char *"
  (void)cp;
  return ip;
}

static char *choose(int c, char *a, char *b) {
  char *x = c ? a : b; // pts: x -> obj:a ; pts: x -> obj:b
  char *y = (c++, b); // pts: y -> obj:b ; pts: y !-> obj:a
  char *z = a + c; // pts: z -> obj:a
  char *w = c ? a : 0; // pts: w -> obj:a
  z++;
  z -= 1; // pts: z -> obj:a
  long d = z - a; /* a difference, no sink */
  char *g = a ?: b; // pts: g -> obj:a ; pts: g -> obj:b
  (void)d;
  (void)w;
  (void)g;
  return y;
}

int casts_keep(void) {
  return (int)to_integer(0) + (from_integer(1) != 0) + (implicit() != 0) + (choose(0, 0, 0) != 0);
}
