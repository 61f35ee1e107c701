/* A static local that only counts calls: the buffer itself is never stored
 * in it, so the buffer stays in the frame. */
#include <stdio.h>
#include <stdlib.h>

static int next_id(void) {
  static int calls;
  char *tmp = malloc(16); // expect: stack
  if (!tmp)
    return -1;
  snprintf(tmp, 16, "%d", ++calls);
  int id = atoi(tmp);
  free(tmp);
  return id;
}

int main(void) {
  next_id();
  return next_id() == 2 ? 0 : 1;
}
