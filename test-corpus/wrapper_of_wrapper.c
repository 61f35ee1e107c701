/* A wrapper built on another wrapper: xstrdup calls xmalloc. Both are
 * allocators, so the sites inside them escape only to their callers, and the
 * call of xstrdup is the site the user sees. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *xmalloc(size_t n) {
  void *p = malloc(n); // expect: heap "allocator-wrapper"
  if (!p)
    abort();
  return p;
}

static char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = xmalloc(n); // expect: heap "allocator-wrapper"
  memcpy(d, s, n);
  return d;
}

int main(int argc, char **argv) {
  char *arg = xstrdup(argc > 1 ? argv[1] : "none"); // expect: stack-fallback "size-not-constant"
  printf("%s\n", arg);
  free(arg);
  return 0;
}
