/* Passed to helpers of this file that only read it (a static one and an
 * extern one): their summaries say the parameter does not escape. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int count_vowels(const char *s);

static int count_upper(const char *s) {
  int n = 0;
  for (; *s; s++)
    n += isupper((unsigned char)*s) != 0;
  return n;
}

int count_vowels(const char *s) {
  int n = 0;
  for (; *s; s++)
    n += strchr("aeiouAEIOU", *s) != NULL;
  return n;
}

int main(void) {
  char *text = malloc(32); // expect: stack
  if (!text)
    return 1;
  strcpy(text, "Escape Analysis");
  printf("%d %d\n", count_upper(text), count_vowels(text));
  free(text);
  return 0;
}
