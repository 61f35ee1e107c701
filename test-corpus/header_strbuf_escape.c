/* The second includer of strbuf.h: the header's site is reported once for
 * both; this file's call site escapes into a global. */
#include <stdio.h>
#include <stdlib.h>

#include "strbuf.h"

static struct strbuf *motd;

int main(void) {
  motd = strbuf_new("message of the day"); // expect: heap "stored-global"
  puts(motd->text);
  free(motd);
  return 0;
}
