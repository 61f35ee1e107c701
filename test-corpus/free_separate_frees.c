/* Two allocations with a free each, even through a shared helper variable
 * reused after the first free: the analysis is flow-insensitive, so the
 * reuse makes each free see both. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *tmp;
  // BAD: tmp is freed before it is reused; a flow-insensitive analysis merges both uses
  tmp = malloc(16); // expect: heap "ambiguous-free"
  if (!tmp)
    return 1;
  strcpy(tmp, "first");
  puts(tmp);
  free(tmp);
  // BAD: as above
  tmp = malloc(16); // expect: heap "ambiguous-free"
  if (!tmp)
    return 1;
  strcpy(tmp, "second");
  puts(tmp);
  free(tmp);
  return 0;
}
