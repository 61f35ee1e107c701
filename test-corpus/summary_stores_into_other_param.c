/* A helper that stores its second parameter into the first parameter's
 * object: here that object is the caller's local struct, so the stored
 * buffer stays in the caller's frame. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct stack {
  void *items[4];
  int top;
};

static void push(struct stack *s, void *item) { s->items[s->top++] = item; }
static void *pop(struct stack *s) { return s->items[--s->top]; }

int main(void) {
  struct stack st = {.top = 0};
  char *job = malloc(20); // expect: stack
  if (!job)
    return 1;
  strcpy(job, "compile");
  push(&st, job);
  char *next = pop(&st);
  puts(next);
  free(next);
  return 0;
}
