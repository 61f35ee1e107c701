/* The aligned allocators are allocation sites too; their size is the last
 * argument (aligned_alloc, memalign) or the only one (valloc). */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  float *lanes = aligned_alloc(64, 256); // expect: stack
  char *block = memalign(16, 128); // expect: stack
  char *page = valloc(4096); // expect: stack
  if (!lanes || !block || !page) {
    free(lanes);
    free(block);
    free(page);
    return 1;
  }
  memset(lanes, 0, 256);
  memset(block, 'x', 128);
  memset(page, 0, 4096);
  printf("%g %c %d\n", lanes[63], block[127], page[4095]);
  free(page);
  free(block);
  free(lanes);
  return 0;
}
