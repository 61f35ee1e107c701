/* A callee that may longjmp away registers its buffer in a global so the
 * recovery code can free it: the global keeps it, so it escapes. */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf recover;
static char *pending;

static void risky_step(int fail) {
  pending = malloc(64); // expect: heap "stored-global"
  if (!pending)
    return;
  strcpy(pending, "partial result");
  if (fail)
    longjmp(recover, 1);
  puts(pending);
  free(pending);
  pending = NULL;
}

int main(void) {
  for (int fail = 0; fail < 2; fail++) {
    if (setjmp(recover)) {
      printf("recovered, dropping '%s'\n", pending);
      free(pending);
      pending = NULL;
      continue;
    }
    risky_step(fail);
  }
  return 0;
}
