/* A constructor that allocates, initialises and returns the object is an
 * allocator wrapper too; its size (sizeof the struct) is fixed inside it. */
#include <stdio.h>
#include <stdlib.h>

struct counter {
  const char *name;
  long value;
};

static struct counter *counter_new(const char *name) {
  struct counter *c = malloc(sizeof *c); // expect: heap "allocator-wrapper"
  if (!c)
    return NULL;
  c->name = name;
  c->value = 0;
  return c;
}

int main(void) {
  struct counter *hits = counter_new("hits"); // expect: stack
  if (!hits)
    return 1;
  for (int i = 0; i < 3; i++)
    hits->value++;
  printf("%s=%ld\n", hits->name, hits->value);
  free(hits);
  return 0;
}
