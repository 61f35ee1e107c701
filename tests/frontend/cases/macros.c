/* Macros: locations are where the macro is used. */
#include <stdlib.h>
#include <string.h>

#define ALLOC(n) malloc(n)
#define NEW(T) ((T *)malloc(sizeof(T)))
#define STORE_INTO(dst, v) ((dst) = (v))

struct big { char bytes[100]; };

static char *macro_alloc(void) {
  char *a = ALLOC(32); // call: malloc const=32 ; pts: a -> new:malloc
  struct big *b = NEW(struct big); // call: malloc const=100 ; step: cast "struct big *"
  char *c;
  STORE_INTO(c, a); // step: assign "c" ; pts: c -> new:malloc
  free(b); // call: free args=1
  return c;
}

static size_t sizes(const char *s) {
  char *d = calloc(4, sizeof(int) * 4); // call: calloc const=4 const=16
  char *e = malloc(4u * sizeof(long)); // call: malloc const=32
  size_t n = strlen("hello"); // call: strlen strlen=5
  memcpy(d, s, n); // call: memcpy args=3 ; pts: arg:memcpy:1 -> new:calloc ; pts: arg:memcpy:2 -> obj:s
  free(d);
  free(e);
  return n;
}

size_t macros_keep(void) { return sizes(macro_alloc()); }
