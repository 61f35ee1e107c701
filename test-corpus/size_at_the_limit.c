/* The limit is inclusive: 4096 bytes is still a stack candidate, 4097 is
 * not. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *page = malloc(4096); // expect: stack
  char *page_and_one = malloc(4097); // expect: stack-fallback "size-over-limit"
  if (!page || !page_and_one) {
    free(page);
    free(page_and_one);
    return 1;
  }
  memset(page, 'a', 4096);
  memset(page_and_one, 'b', 4097);
  printf("%c%c\n", page[4095], page_and_one[4096]);
  free(page_and_one);
  free(page);
  return 0;
}
