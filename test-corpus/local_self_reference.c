/* Looks escaping but is not: the object points to itself (a one-element
 * circular list), a store into itself that never leaves the frame. */
#include <stdio.h>
#include <stdlib.h>

struct ring_node {
  struct ring_node *next;
  int value;
};

int main(void) {
  struct ring_node *n = malloc(sizeof *n); // expect: stack
  if (!n)
    return 1;
  n->next = n;
  n->value = 3;
  int sum = 0;
  struct ring_node *it = n;
  for (int i = 0; i < 4; i++, it = it->next)
    sum += it->value;
  printf("%d\n", sum);
  free(n);
  return 0;
}
