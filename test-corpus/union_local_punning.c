/* A pointer kept in a member of a local union of a tagged value. The program
 * reads the pointer back through the same member, but print_tagged may read
 * the other member, a long, and the flow-insensitive analysis cannot tell
 * which: a long read from a union that holds a pointer may be the pointer's
 * bytes, which could rebuild it anywhere. Sound, so heap. */
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
  // BAD: the tag guards the long read; the analysis does not follow tags
  t.v.text = malloc(16); // expect: heap "address-to-integer"
  if (!t.v.text)
    return 1;
  strcpy(t.v.text, "union");
  print_tagged(&t);
  free(t.v.text);
  return 0;
}
