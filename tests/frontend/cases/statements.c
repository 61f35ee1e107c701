/* Statements and declarations: switch, nested scopes, unions, VLAs,
 * unnamed and K&R parameters, recursion. */
#include <stdlib.h>
#include <string.h>

union slot { char *p; long n; };

static char *kr(a, n) // fn: kr static params=2
  char *a;
  int n;
{
  return n ? kr(a, n - 1) : a; // call: kr ; pts: <return> -> obj:a
}

static void unnamed(char *, int); /* a prototype */
static void unnamed(char *p, int x) { (void)p; (void)x; } // fn: unnamed params=2

static char *scopes(int k, char *in) {
  char *out = 0;
  switch (k) {
  case 0: {
    char *inner = in; // var: inner local noloop
    out = inner; // pts: out -> obj:in
    break;
  }
  case 1:
    out = malloc(2); // call: malloc noloop
    /* fall through */
  default:
    break;
  }
  union slot s;
  s.p = out; // step: store "s.p" ; pts: s -> obj:in
  char *back = s.p; // pts: back -> new:malloc
  return back;
}

static size_t vla(size_t n, const char *src) {
  char buf[strlen(src) + n]; // call: strlen ; var: buf local
  char *p = buf; // pts: p -> buf
  __typeof__(strdup(src)) t = p; // calls: strdup 0
  char (*rows)[strlen(src)] = 0; // call: strlen
  (void)t;
  (void)rows;
  memcpy(p, src, sizeof buf); // call: memcpy
  return sizeof buf;
}

size_t statements_keep(void) {
  unnamed(0, 0);
  return vla(1, scopes(0, kr(0, 0)));
}
