/* realloc(NULL, n) allocates afresh: an allocation site like malloc, and no
 * existing object is handed to realloc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *buf = realloc(NULL, 48); // expect: stack
  if (!buf)
    return 1;
  strcpy(buf, "from nothing");
  puts(buf);
  free(buf);
  return 0;
}
