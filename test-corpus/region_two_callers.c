/* Two callers of a static function with an out-parameter: one frees the
 * result, the other only reads it through a helper and frees it through a
 * deallocator wrapper. Both bound its life by their frames: a region. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int make_key(int id, char **out) {
  char *key = malloc(24); // expect: region "stored-param"
  if (!key)
    return -1;
  snprintf(key, 24, "key:%04d", id);
  *out = key;
  return 0;
}

static void release(char *p) { free(p); }

static size_t key_length(const char *k) { return strlen(k); }

static int print_key(int id) {
  char *k = NULL;
  if (make_key(id, &k) != 0)
    return -1;
  puts(k);
  free(k);
  return 0;
}

static size_t measure_key(int id) {
  char *k = NULL;
  if (make_key(id, &k) != 0)
    return 0;
  size_t n = key_length(k);
  release(k);
  return n;
}

int main(void) {
  if (print_key(7) != 0)
    return 1;
  printf("%zu\n", measure_key(42));
  return 0;
}
