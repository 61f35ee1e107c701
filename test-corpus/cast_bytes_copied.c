/* Looks local, escapes: the pointer's bytes are copied one by one through
 * unsigned char views into a global pointer. No statement stores the
 * pointer itself, but reading a stored pointer as bytes can rebuild it
 * anywhere, so the object escapes where its bytes are read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *published;

static void copy_bytes(void *dst, const void *src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  while (n--)
    *d++ = *s++;
}

int main(void) {
  char *note = malloc(32); // expect: heap "address-to-integer"
  if (!note)
    return 1;
  strcpy(note, "bytes");
  copy_bytes(&published, &note, sizeof note);
  printf("%s\n", published);
  free(published);
  return 0;
}
