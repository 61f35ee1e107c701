/* A constant size over the default 4096-byte limit: does not escape, but is
 * too big to suggest for the stack outright. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned histogram_peak(const unsigned char *data, size_t n) {
  unsigned *bins = malloc(256 * 1024 * sizeof(unsigned)); // expect: stack-fallback "size-over-limit"
  if (!bins)
    return 0;
  memset(bins, 0, 256 * 1024 * sizeof(unsigned));
  unsigned peak = 0;
  for (size_t i = 0; i + 1 < n; i++) {
    unsigned key = (unsigned)data[i] << 8 | data[i + 1];
    if (++bins[key] > peak)
      peak = bins[key];
  }
  free(bins);
  return peak;
}

int main(void) {
  const unsigned char text[] = "abababab";
  printf("%u\n", histogram_peak(text, sizeof text - 1));
  return 0;
}
