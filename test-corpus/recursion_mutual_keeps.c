/* Mutual recursion where only one of the two functions keeps its argument:
 * the SCC's summaries are solved together, and the keeping reaches the
 * caller through both. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *deepest;

static void odd_level(const char *s, int depth);

static void even_level(const char *s, int depth) {
  if (depth > 0)
    odd_level(s, depth - 1);
}

static void odd_level(const char *s, int depth) {
  if (depth == 1)
    deepest = s;
  even_level(s, depth - 1);
}

int main(void) {
  char *label = malloc(16); // expect: heap "stored-global"
  if (!label)
    return 1;
  strcpy(label, "level");
  even_level(label, 4);
  printf("%s\n", deepest ? deepest : "none");
  free(label);
  return 0;
}
