/* --max-stack-bytes lowers the limit: with 256, a 512-byte buffer is over it
 * while a 128-byte one stays a stack candidate. */
// cescape-args: --max-stack-bytes=256
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *small = malloc(128); // expect: stack
  char *large = malloc(512); // expect: stack-fallback "size-over-limit"
  if (!small || !large) {
    free(small);
    free(large);
    return 1;
  }
  strcpy(small, "small");
  strcpy(large, "large");
  printf("%s %s\n", small, large);
  free(large);
  free(small);
  return 0;
}
