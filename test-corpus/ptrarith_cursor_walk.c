/* Cursors walking through a buffer with pointer arithmetic are aliases inside
 * the frame; none of them leaves it. */
#include <stdio.h>
#include <stdlib.h>

static int checksum(int n) {
  unsigned char *bytes = malloc(256); // expect: stack
  if (!bytes)
    return -1;
  for (unsigned char *p = bytes, *end = bytes + 256; p < end; p++)
    *p = (unsigned char)(p - bytes) * (unsigned char)n;
  unsigned char *mid = bytes + 128;
  int sum = 0;
  for (const unsigned char *q = mid - 16; q != mid + 16; q++)
    sum += *q;
  free(bytes);
  return sum;
}

int main(void) {
  printf("%d\n", checksum(3));
  return 0;
}
