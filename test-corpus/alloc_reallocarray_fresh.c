/* reallocarray(NULL, n, size) allocates afresh: an allocation site whose
 * size is the product, like calloc's. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  short *samples = reallocarray(NULL, 32, sizeof(short)); // expect: stack
  if (!samples)
    return 1;
  for (int i = 0; i < 32; i++)
    samples[i] = (short)(i * 100);
  printf("%d\n", samples[31]);
  free(samples);
  return 0;
}
