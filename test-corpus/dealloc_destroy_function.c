/* An object destroyed by a function that also closes its stream: the callee
 * frees it but is not a plain deallocator. */
#include <stdio.h>
#include <stdlib.h>

struct logger {
  FILE *out;
  int lines;
};

static void logger_close(struct logger *lg) {
  fprintf(lg->out, "%d lines\n", lg->lines);
  fflush(lg->out);
  free(lg);
}

int main(void) {
  struct logger *lg = malloc(sizeof *lg); // expect: heap "freed-elsewhere"
  if (!lg)
    return 1;
  lg->out = stdout;
  lg->lines = 0;
  fprintf(lg->out, "hello\n");
  lg->lines++;
  logger_close(lg);
  return 0;
}
