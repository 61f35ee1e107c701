/* Tricky: both arms of the conditional are constants, but which one is used
 * is decided at run time, so the size is not a compile-time constant. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void label(int wide) {
  char *buf = malloc(wide ? 64 : 16); // expect: stack-fallback "size-not-constant"
  if (!buf)
    return;
  snprintf(buf, wide ? 64 : 16, "%s", wide ? "a rather wide label" : "narrow");
  puts(buf);
  free(buf);
}

int main(void) {
  label(0);
  label(1);
  return 0;
}
