/* A pointer converted to an integer escapes: the analysis cannot follow what
 * is done with the number (here, an alignment check and a hash). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static unsigned bucket_of(const void *p) { return (unsigned)(((uintptr_t)p >> 4) % 64); }

int main(void) {
  double *v = malloc(8 * sizeof(double)); // expect: heap "address-to-integer"
  if (!v)
    return 1;
  v[0] = 1.0;
  if (((uintptr_t)v & (sizeof(double) - 1)) != 0)
    puts("misaligned");
  printf("%u\n", bucket_of(v) < 64);
  free(v);
  return 0;
}
