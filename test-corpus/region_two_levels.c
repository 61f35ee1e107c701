/* Region through callers: the buffer is returned from `read_field` to
 * `read_record`, which returns it again to `main`, which frees it. Its life
 * is still bounded by a caller's frame. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct field {
  char *value;
  size_t len;
};

static struct field read_field(const char *src, char sep) {
  const char *end = strchr(src, sep);
  size_t n = end ? (size_t)(end - src) : strlen(src);
  struct field f = {malloc(n + 1), n}; // expect: region "returned"
  if (f.value) {
    memcpy(f.value, src, n);
    f.value[n] = '\0';
  }
  return f;
}

static struct field read_record(const char *line) {
  struct field first = read_field(line, ',');
  return first;
}

int main(void) {
  struct field f = read_record("alice,42,paris");
  if (!f.value)
    return 1;
  printf("%zu %s\n", f.len, f.value);
  free(f.value);
  return 0;
}
