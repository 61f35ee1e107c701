/* A function that only frees its parameter is a deallocator: freeing through
 * it is like calling free, so the object stays a stack candidate. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void xfree(void *p) {
  if (p)
    free(p);
}

int main(void) {
  char *word = malloc(16); // expect: stack
  if (!word)
    return 1;
  strcpy(word, "released");
  puts(word);
  xfree(word);
  return 0;
}
