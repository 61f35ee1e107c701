/* The same shape as region_returned_struct, but the function has external
 * linkage: callers in other files may keep the buffer, so it is heap. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct slice {
  char *data;
  size_t len;
};

struct slice make_banner(const char *word);

struct slice make_banner(const char *word) {
  size_t n = strlen(word);
  struct slice s = {malloc(n + 5), n + 4}; // expect: heap "returned"
  if (s.data)
    snprintf(s.data, n + 5, "[ %s ]", word);
  return s;
}

int main(void) {
  struct slice b = make_banner("news");
  if (!b.data)
    return 1;
  puts(b.data);
  free(b.data);
  return 0;
}
