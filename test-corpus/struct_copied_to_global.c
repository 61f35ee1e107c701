/* Looks local but escapes: the struct holding the pointer is copied by value
 * into a global, and the copy carries the pointer with it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct settings {
  char *theme;
  int width;
};

static struct settings current;

static void apply_defaults(void) {
  struct settings s = {0};
  s.width = 80;
  s.theme = malloc(16); // expect: heap "stored-global"
  if (s.theme)
    strcpy(s.theme, "dark");
  current = s;
}

int main(void) {
  apply_defaults();
  printf("%s %d\n", current.theme ? current.theme : "?", current.width);
  free(current.theme);
  return 0;
}
