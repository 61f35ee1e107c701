/* A deallocator with external linkage: its body is in this file, and it
 * only frees its parameter (after a NULL check), so a call of it is a free
 * wherever it is called. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void buffer_release(char *buf);

void buffer_release(char *buf) {
  if (!buf)
    return;
  free(buf);
}

int main(void) {
  char *greeting = malloc(24); // expect: stack
  if (!greeting)
    return 1;
  strcpy(greeting, "released by a helper");
  puts(greeting);
  buffer_release(greeting);
  return 0;
}
