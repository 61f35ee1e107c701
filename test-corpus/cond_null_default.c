/* A conditional between an allocation and NULL: NULL is no object, so the
 * one free receives only this allocation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void maybe_log(int enabled, const char *event) {
  char *line = enabled ? malloc(80) : NULL; // expect: stack
  if (line) {
    snprintf(line, 80, "event: %s", event);
    puts(line);
  }
  free(line);
}

int main(void) {
  maybe_log(1, "start");
  maybe_log(0, "ignored");
  return 0;
}
