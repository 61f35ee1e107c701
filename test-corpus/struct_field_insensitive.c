/* Fields of one struct are not told apart (the model is field-insensitive):
 * publishing `pair.second` is taken to publish `pair.first` too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pair {
  char *first, *second;
};

static char *published;

int main(void) {
  struct pair pair;
  // BAD: only pair.second is published; fields share one location
  pair.first = malloc(16); // expect: heap "stored-global"
  pair.second = malloc(16); // expect: heap "stored-global"
  if (!pair.first || !pair.second) {
    free(pair.first);
    free(pair.second);
    return 1;
  }
  strcpy(pair.first, "kept");
  strcpy(pair.second, "shared");
  published = pair.second;
  printf("%s %s\n", pair.first, published);
  free(pair.first);
  free(published);
  return 0;
}
