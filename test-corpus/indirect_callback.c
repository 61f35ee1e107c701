/* A call through a function pointer may reach any function whose address
 * was taken: what it is given is treated as captured, even when every
 * possible target only reads. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void visit_fn(const char *item);

static void print_item(const char *item) { printf("- %s\n", item); }

static void for_each_word(char *text, visit_fn *visit) {
  char *save = NULL;
  for (char *w = strtok_r(text, " ", &save); w; w = strtok_r(NULL, " ", &save))
    visit(w);
}

int main(void) {
  char *text = strdup("apples pears plums"); // expect: heap "passed-indirect"
  if (!text)
    return 1;
  for_each_word(text, print_item);
  free(text);
  return 0;
}
