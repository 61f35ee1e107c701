/* --deallocator alone: a malloc'd buffer released through a function the
 * analysis cannot see is freed, not passed to an unknown function. */
// cescape-args: --deallocator arena_give_back
// corpus-link: arena_alloc.c
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void arena_give_back(void *p);

int main(void) {
  char *note = malloc(40); // expect: stack
  if (!note)
    return 1;
  strcpy(note, "released by a named deallocator");
  puts(note);
  arena_give_back(note);
  return 0;
}
