/* A pointer kept in a member of a local union, read back through the same
 * member: the union is frame storage, nothing escapes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

union value {
  long number;
  char *text;
};

struct tagged {
  int is_text;
  union value v;
};

static void print_tagged(const struct tagged *t) {
  if (t->is_text)
    printf("text %s\n", t->v.text);
  else
    printf("number %ld\n", t->v.number);
}

int main(void) {
  struct tagged t = {.is_text = 1};
  t.v.text = malloc(16); // expect: stack
  if (!t.v.text)
    return 1;
  strcpy(t.v.text, "union");
  print_tagged(&t);
  free(t.v.text);
  return 0;
}
