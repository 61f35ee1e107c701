/* The pointer is copied to other locals and freed through the copy; aliases
 * inside one frame do not make an object escape. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t shout(const char *word) {
  char *buf = malloc(48); // expect: stack
  if (!buf)
    return 0;
  char *cursor = buf;
  for (const char *c = word; *c && cursor < buf + 47; c++)
    *cursor++ = (char)(*c >= 'a' && *c <= 'z' ? *c - 32 : *c);
  *cursor = '\0';
  char *done = buf;
  size_t n = strlen(done);
  puts(done);
  free(done);
  return n;
}

int main(void) { return shout("quiet") == 5 ? 0 : 1; }
