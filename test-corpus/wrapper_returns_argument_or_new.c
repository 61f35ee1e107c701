/* Not always fresh: `ensure` returns the caller's buffer when there is one and
 * a new allocation otherwise. So it is no allocator wrapper; its malloc
 * escapes by being returned, to callers that keep it in their frame or free
 * it: a region. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *ensure(char *buf, size_t need, size_t have) {
  if (buf && have >= need)
    return buf;
  return malloc(need); // expect: region "returned"
}

int main(void) {
  char small[8];
  char *a = ensure(small, 4, sizeof small);
  char *b = ensure(NULL, 64, 0);
  if (!a || !b) {
    free(b);
    return 1;
  }
  strcpy(a, "abc");
  strcpy(b, "a longer string that needs the heap");
  printf("%s %s\n", a, b);
  free(b);
  return 0;
}
