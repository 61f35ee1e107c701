/* The first buffer is handed to realloc: it cannot become a stack object.
 * The buffer realloc returns is only freed: a constant-size stack candidate
 * (a stack array plus a copy would replace the realloc). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *msg = malloc(8); // expect: heap "realloc"
  if (!msg)
    return 1;
  strcpy(msg, "hello");
  char *longer = realloc(msg, 32); // expect: stack
  if (!longer) {
    free(msg);
    return 1;
  }
  strcat(longer, ", world");
  puts(longer);
  free(longer);
  return 0;
}
