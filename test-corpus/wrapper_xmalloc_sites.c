/* xmalloc is an allocator wrapper: it always returns a fresh allocation it
 * keeps nowhere else. Its inner malloc is reported once, as escaping to the
 * callers; each call of xmalloc is an allocation site of its own, judged
 * where it is called. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *saved;

static void *xmalloc(size_t n) {
  void *p = malloc(n); // expect: heap "allocator-wrapper"
  if (!p)
    abort();
  return p;
}

int main(void) {
  char *tmp = xmalloc(64); // expect: stack
  char *copy = xmalloc(sizeof "dynamic"); // expect: stack
  char *kept = xmalloc(32); // expect: heap "stored-global"
  size_t n = (size_t)snprintf(tmp, 64, "%d", 12345);
  char *sized = xmalloc(n + 1); // expect: stack-fallback "size-not-constant"
  strcpy(copy, "dynamic");
  strcpy(kept, "kept");
  strcpy(sized, tmp);
  saved = kept;
  printf("%s %s %s %s\n", tmp, copy, sized, saved);
  free(sized);
  free(copy);
  free(tmp);
  free(saved);
  return 0;
}
