/* Uses the header's inline allocator strbuf_new: each call here is an
 * allocation site of its own, sized by the string at run time. */
#include <stdio.h>
#include <stdlib.h>

#include "strbuf.h"

int main(void) {
  struct strbuf *b = strbuf_new("header allocator"); // expect: stack-fallback "size-not-constant"
  printf("%zu %s\n", b->len, b->text);
  free(b);
  return 0;
}
