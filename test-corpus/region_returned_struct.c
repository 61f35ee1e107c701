/* A static function returns a struct by value that carries a fresh buffer.
 * The function is no allocator wrapper (it returns a struct, not the
 * pointer), and its only caller frees the buffer: a region. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct slice {
  char *data;
  size_t len;
};

static struct slice repeat(const char *unit, int times) {
  size_t n = strlen(unit);
  struct slice s = {malloc(n * (size_t)times + 1), 0}; // expect: region "returned"
  if (!s.data)
    return s;
  for (int i = 0; i < times; i++)
    memcpy(s.data + s.len, unit, n), s.len += n;
  s.data[s.len] = '\0';
  return s;
}

int main(void) {
  struct slice s = repeat("ab", 3);
  if (!s.data)
    return 1;
  printf("%zu %s\n", s.len, s.data);
  free(s.data);
  return 0;
}
