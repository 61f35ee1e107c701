/* A getter returns a field of the struct it is given; the caller publishes
 * what it returns. The summary must carry "the parameter's contents flow to
 * the result" for the buffer inside the struct to escape. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct person {
  char *name;
  int age;
};

static const char *greeted;

static char *name_of(const struct person *p) { return p->name; }

int main(void) {
  struct person p = {.age = 30};
  p.name = malloc(16); // expect: heap "stored-global"
  if (!p.name)
    return 1;
  strcpy(p.name, "Grace");
  greeted = name_of(&p);
  printf("hello %s\n", greeted);
  free(p.name);
  return 0;
}
