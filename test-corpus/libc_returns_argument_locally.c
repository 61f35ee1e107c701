/* The same library functions whose results stay in locals: the returned
 * aliases do not leave the frame. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *path = malloc(64); // expect: stack
  if (!path)
    return 1;
  char *end = strcpy(path, "/usr/local/bin");
  char *base = strrchr(end, '/');
  char *dir = strncat(path, "/", 2);
  printf("%s %s\n", dir, base ? base + 1 : path);
  free(path);
  return 0;
}
