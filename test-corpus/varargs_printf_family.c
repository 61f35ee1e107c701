/* Pointers passed through the variadic arguments of a logging function that
 * hands its va_list to vfprintf are only read. The analysis does not follow
 * the `...` of functions defined in the unit (what va_arg yields is unknown),
 * so they are taken as passed to an unknown function. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void logf_line(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stdout, fmt, ap);
  va_end(ap);
  fputc('\n', stdout);
}

int main(void) {
  // BAD: only read, by vfprintf through the va_list; variadic arguments of defined functions are not followed
  char *user = strdup("ada"); // expect: heap "passed-unknown"
  // BAD: as above
  char *host = malloc(32); // expect: heap "passed-unknown"
  if (!user || !host) {
    free(user);
    free(host);
    return 1;
  }
  strcpy(host, "analytical-engine");
  logf_line("%s@%s", user, host);
  printf("%s\n", user);
  free(host);
  free(user);
  return 0;
}
