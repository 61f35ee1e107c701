/* The C library model: memcpy, memset, memcmp, strlen, strcmp, strtol,
 * snprintf, sscanf, fputs and fwrite read or write through their arguments
 * but keep none of them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *a = malloc(32); // expect: stack
  char *b = malloc(32); // expect: stack
  if (!a || !b) {
    free(a);
    free(b);
    return 1;
  }
  memset(a, 0, 32);
  snprintf(a, 32, "%d apples", 42);
  memcpy(b, a, 32);
  char *end = NULL;
  long n = strtol(b, &end, 10);
  char word[16];
  if (sscanf(end, "%15s", word) != 1 || memcmp(a, b, 32) != 0 || strcmp(word, "apples") != 0)
    return 1;
  fputs(a, stdout);
  fwrite(b, 1, strlen(b), stdout);
  printf(" %ld\n", n);
  free(b);
  free(a);
  return 0;
}
