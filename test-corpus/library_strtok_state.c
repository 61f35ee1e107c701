/* strtok keeps a pointer into its first argument in hidden static state for
 * the next call: the string is kept by the library. strtok_r keeps it in the
 * caller's save pointer instead, a local here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *csv = strdup("red,green,blue"); // expect: heap "kept-by-library"
  char *tsv = strdup("one\ttwo"); // expect: stack
  if (!csv || !tsv) {
    free(csv);
    free(tsv);
    return 1;
  }
  int colours = 0;
  for (char *tok = strtok(csv, ","); tok; tok = strtok(NULL, ","))
    colours++;
  int fields = 0;
  char *save = NULL;
  for (char *tok = strtok_r(tsv, "\t", &save); tok; tok = strtok_r(NULL, "\t", &save))
    fields++;
  printf("%d %d\n", colours, fields);
  free(tsv);
  free(csv);
  return 0;
}
