/* The same release function without --deallocator: it has no body here and
 * no model, so the buffer is passed to an unknown function. */
// corpus-link: arena_alloc.c
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void arena_give_back(void *p);

int main(void) {
  char *note = malloc(40); // expect: heap "passed-unknown"
  if (!note)
    return 1;
  strcpy(note, "released by an unknown function");
  puts(note);
  arena_give_back(note);
  return 0;
}
