/* Looks like a wrapper but is not: it also remembers the pointer in a global,
 * so its result is not a fresh object kept nowhere else. Its malloc escapes
 * there, and its calls are not allocation sites. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *last_allocation;

static void *tracked_alloc(size_t n) {
  void *p = malloc(n); // expect: heap "stored-global"
  last_allocation = p;
  return p;
}

int main(void) {
  char *a = tracked_alloc(16);
  if (!a)
    return 1;
  strcpy(a, "tracked");
  printf("%s %d\n", a, last_allocation == a);
  free(a);
  return 0;
}
