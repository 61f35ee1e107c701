/* cli test input: compiles only with -DCLI_NEEDED and -I for cfg/. */
#include "cli_config.h"

#ifndef CLI_NEEDED
#error CLI_NEEDED must be defined
#endif

int needs_flags(void) {
  char *p = malloc(CLI_BUFFER_BYTES); // expect: stack
  p[0] = 1;
  int first = p[0];
  free(p);
  return first;
}
