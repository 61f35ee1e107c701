/* qsort and bsearch receive the array and a comparator; the library keeps
 * neither the array nor the key, and the comparator gets pointers into the
 * array only for the duration of the call. */
#include <stdio.h>
#include <stdlib.h>

static int by_value(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

int main(void) {
  int *values = malloc(8 * sizeof *values); // expect: stack
  int *key = malloc(sizeof *key); // expect: stack
  if (!values || !key) {
    free(values);
    free(key);
    return 1;
  }
  for (int i = 0; i < 8; i++)
    values[i] = (i * 37) % 11;
  qsort(values, 8, sizeof *values, by_value);
  *key = 4;
  const int *hit = bsearch(key, values, 8, sizeof *values, by_value);
  printf("%d %ld\n", values[0], hit ? (long)(hit - values) : -1L);
  free(key);
  free(values);
  return 0;
}
