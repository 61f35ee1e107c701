/* A compound literal in a function is an automatic object of that frame: a
 * pointer stored into it stays in the frame. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct message {
  const char *topic;
  char *body;
};

static void deliver(const struct message *m) { printf("[%s] %s\n", m->topic, m->body); }

int main(void) {
  struct message *m = &(struct message){.topic = "status", .body = NULL};
  m->body = malloc(40); // expect: stack
  if (!m->body)
    return 1;
  strcpy(m->body, "all systems nominal");
  deliver(m);
  free(m->body);
  return 0;
}
