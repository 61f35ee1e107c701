/* A compound literal at file scope has static storage: storing into it is
 * storing into a global. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct config {
  char *name;
  int level;
};

static struct config *active = &(struct config){.name = NULL, .level = 1};

int main(void) {
  active->name = malloc(24); // expect: heap "stored-global"
  if (!active->name)
    return 1;
  strcpy(active->name, "production");
  printf("%s %d\n", active->name, active->level);
  free(active->name);
  return 0;
}
