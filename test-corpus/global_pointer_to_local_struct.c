/* A global holds the address of a local struct during a call; a buffer
 * stored into that struct is reachable from the global, so it escapes even
 * though the struct itself is local. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct context {
  char *scratch;
};

static struct context *active_context;

static void run(void) {
  struct context ctx;
  active_context = &ctx;
  ctx.scratch = malloc(32); // expect: heap "stored-global"
  if (ctx.scratch) {
    strcpy(ctx.scratch, "running");
    puts(active_context->scratch);
  }
  free(ctx.scratch);
  active_context = NULL;
}

int main(void) {
  run();
  return 0;
}
