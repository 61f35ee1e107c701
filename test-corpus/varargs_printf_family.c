/* Pointers passed through the variadic arguments of a logging function that
 * hands its va_list to vfprintf are only read: va_start puts the "..." into
 * the va_list and vfprintf keeps nothing it is given, so both buffers can
 * live on the stack. */
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
  char *user = strdup("ada"); // expect: stack
  char *host = malloc(32); // expect: stack
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
