/* A union at file scope is a global: a pointer stored in any member of it
 * escapes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static union {
  void *ptr;
  unsigned char bytes[sizeof(void *)];
} slot;

int main(void) {
  char *greeting = malloc(12); // expect: heap "stored-global"
  if (!greeting)
    return 1;
  strcpy(greeting, "hi there");
  slot.ptr = greeting;
  puts((char *)slot.ptr);
  free(slot.ptr);
  return 0;
}
