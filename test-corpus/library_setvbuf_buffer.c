/* setvbuf keeps the buffer it is given for as long as the stream lives: the
 * library holds it beyond the call. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  FILE *sink = fopen("/dev/null", "w");
  if (!sink)
    return 1;
  char *buf = malloc(512); // expect: heap "kept-by-library"
  if (!buf || setvbuf(sink, buf, _IOFBF, 512) != 0) {
    fclose(sink);
    free(buf);
    return 1;
  }
  for (int i = 0; i < 100; i++)
    fprintf(sink, "%d\n", i);
  fclose(sink);
  free(buf);
  return 0;
}
