/* strcpy returns its destination and strchr an interior pointer into its
 * argument: storing those results stores the buffer itself. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *last_title;
static const char *last_extension;

int main(void) {
  char *title = malloc(32); // expect: heap "stored-global"
  char *file = strdup("report.txt"); // expect: heap "stored-global"
  if (!title || !file) {
    free(title);
    free(file);
    return 1;
  }
  last_title = strcpy(title, "Annual report");
  last_extension = strchr(file, '.');
  printf("%s %s\n", last_title, last_extension);
  free(file);
  free(title);
  return 0;
}
