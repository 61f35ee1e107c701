/* A struct passed by value carries the pointer into the callee, which keeps
 * the field in a global: the copy does not stop the escape. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct request {
  int id;
  char *body;
};

static char *last_body;

static void remember(struct request r) {
  if (r.id > 0)
    last_body = r.body;
}

int main(void) {
  struct request r = {.id = 1};
  r.body = malloc(32); // expect: heap "stored-global"
  if (!r.body)
    return 1;
  strcpy(r.body, "GET /");
  remember(r);
  puts(last_body);
  free(r.body);
  return 0;
}
