/* A while loop reading records: the record buffer is allocated once, before
 * the loop, and reused by every iteration. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  const char *input = "10 20 30 40";
  char *field = malloc(16); // expect: stack
  if (!field)
    return 1;
  int sum = 0, used = 0;
  while (sscanf(input, "%15s%n", field, &used) == 1) {
    sum += atoi(field);
    input += used;
  }
  printf("%d\n", sum);
  free(field);
  return 0;
}
