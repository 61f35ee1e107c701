/* The same push helper, but the stack it stores into is a global: through
 * the helper's summary the item ends up in global memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct stack {
  void *items[4];
  int top;
};

static struct stack pending;

static void push(struct stack *s, void *item) { s->items[s->top++] = item; }

int main(void) {
  char *job = malloc(20); // expect: heap "stored-global"
  if (!job)
    return 1;
  strcpy(job, "link");
  push(&pending, job);
  puts((char *)pending.items[0]);
  free(pending.items[--pending.top]);
  return 0;
}
