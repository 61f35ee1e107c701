/* A backward-goto loop that chains each node to the previous one: earlier
 * instances are still live when the next one is made. */
#include <stdio.h>
#include <stdlib.h>

struct node {
  struct node *prev;
  int value;
};

int main(void) {
  struct node *last = NULL;
  int i = 0;
again:
  if (i < 5) {
    struct node *n = malloc(sizeof *n); // expect: heap "loop-carried"
    if (!n)
      return 1;
    n->value = i++;
    n->prev = last;
    last = n;
    goto again;
  }
  int sum = 0;
  while (last) {
    struct node *prev = last->prev;
    sum += last->value;
    free(last);
    last = prev;
  }
  printf("%d\n", sum);
  return 0;
}
