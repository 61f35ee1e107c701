/* alloca already allocates in the frame: it is not an allocation site (an
 * annotation-free line), while the malloc beside it is. */
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *frame_buf = alloca(32);
  char *heap_buf = malloc(32); // expect: stack
  if (!heap_buf)
    return 1;
  strcpy(frame_buf, "frame");
  strcpy(heap_buf, "heap");
  printf("%s %s\n", frame_buf, heap_buf);
  free(heap_buf);
  return 0;
}
