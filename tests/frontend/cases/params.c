/* Which call arguments are a parameter's unchanged value (esc_call.arg_param,
 * how the passes size xmalloc(n) -> malloc(n)), and functions that return
 * an aggregate (esc_function.returns_aggregate). */
#include <stdlib.h>

struct buf {
  char *data;
  size_t len;
};

static void *xmalloc(size_t n) { // fn: xmalloc static !aggregate
  void *p = malloc(n); // call: malloc param=1
  if (!p)
    abort();
  return p;
}

static void *padded(size_t n, size_t pad) {
  return malloc((size_t)(n)); // call: malloc param=1
  (void)pad;
}

static void *doubled(size_t n) {
  return malloc(n * 2); // call: malloc noparam
}

static void *reassigned(size_t n) {
  n += 16;
  return malloc(n); // call: malloc noparam
}

static void *incremented(size_t n) {
  n++;
  return malloc(n); // call: malloc noparam
}

static void grow(size_t *n) { *n *= 2; }

static void *address_taken(size_t n) { // sink: address-to-integer "size_t"
  grow(&n);
  return malloc(n); // call: malloc noparam
}

static void *second(int unused, size_t n) {
  (void)unused;
  return calloc(n, 1); // call: calloc param=2
}

static struct buf make(size_t n) { // fn: make static aggregate
  struct buf b = {malloc(n), n};
  return b;
}

int main(void) {
  free(xmalloc(8));
  free(padded(8, 1));
  free(doubled(8));
  free(reassigned(8));
  free(incremented(8));
  free(address_taken(8));
  free(second(0, 8));
  struct buf b = make(4);
  free(b.data);
  return 0;
}
