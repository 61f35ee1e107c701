/* strdup of a string only known at run time: not a constant size. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int count_words(const char *text) {
  char *copy = strdup(text); // expect: stack-fallback "size-not-constant"
  if (!copy)
    return -1;
  int words = 0;
  char *save = NULL;
  for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save))
    words++;
  free(copy);
  return words;
}

int main(int argc, char **argv) {
  printf("%d\n", count_words(argc > 1 ? argv[1] : "the quick brown fox"));
  return 0;
}
