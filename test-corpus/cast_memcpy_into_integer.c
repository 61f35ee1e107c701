/* Looks local, escapes: memcpy puts the pointer's bytes into an integer,
 * which is then kept in a global and turned back into a pointer later. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uintptr_t handle;

static void remember(void) {
  char *name = malloc(24); // expect: heap "address-to-integer"
  if (!name)
    exit(1);
  strcpy(name, "handle");
  uintptr_t bits;
  memcpy(&bits, &name, sizeof bits);
  handle = bits;
}

int main(void) {
  remember();
  char *back = (char *)handle;
  printf("%s\n", back);
  free(back);
  return 0;
}
