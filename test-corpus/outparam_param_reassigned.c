/* Looks like an out-parameter but is not: assigning to the parameter
 * variable itself changes only this frame's copy; nothing is stored through
 * it. The analysis is flow-insensitive, though: the parameter variable still
 * holds the caller's pointer as far as it knows, so the free is ambiguous. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t upper_length(const char *text) {
  size_t n = 0;
  for (; *text; text++)
    n += *text >= 'A' && *text <= 'Z';
  return n;
}

static size_t count_caps(const char *text, char *scratch) {
  // BAD: flow-insensitive: the free may also receive the caller's buffer, overwritten before it
  scratch = malloc(64); // expect: heap "ambiguous-free"
  if (!scratch)
    return 0;
  strncpy(scratch, text, 63);
  scratch[63] = '\0';
  size_t n = upper_length(scratch);
  free(scratch);
  return n;
}

int main(void) {
  char unused[4];
  printf("%zu\n", count_caps("Hello World", unused));
  return 0;
}
