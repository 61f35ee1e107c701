/* Looks escaping but is not: the difference of two pointers into the buffer
 * is already an integer; converting it to size_t converts no address. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *csv = malloc(32); // expect: stack
  if (!csv)
    return 1;
  strcpy(csv, "name,age,city");
  char *comma = strchr(csv, ',');
  size_t first_len = comma ? (size_t)(comma - csv) : strlen(csv);
  printf("%zu\n", first_len);
  free(csv);
  return 0;
}
