/* Freed on the error path and on the normal path: each free receives only
 * this object, so it is still a stack candidate. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int parse_pair(const char *text, int *a, int *b) {
  char *copy = malloc(32); // expect: stack
  if (!copy)
    return -1;
  strncpy(copy, text, 31);
  copy[31] = '\0';
  if (sscanf(copy, "%d,%d", a, b) != 2) {
    free(copy);
    return -1;
  }
  free(copy);
  return 0;
}

int main(void) {
  int a = 0, b = 0;
  if (parse_pair("3,4", &a, &b) != 0 || parse_pair("x", &a, &b) != -1)
    return 1;
  printf("%d\n", a + b);
  return 0;
}
