/* Stored into a field of a local struct that never leaves the frame: the
 * struct is storage of this frame, so the buffer does not escape. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct line_reader {
  char *buf;
  size_t cap, len;
};

int main(void) {
  struct line_reader r = {0};
  r.cap = 128;
  r.buf = malloc(128); // expect: stack
  if (!r.buf)
    return 1;
  strcpy(r.buf, "first line");
  r.len = strlen(r.buf);
  printf("%zu %s\n", r.len, r.buf);
  free(r.buf);
  return 0;
}
