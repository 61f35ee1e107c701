/* A function that only frees its parameter is a deallocator, whether it is
 * static or extern (its body is here either way), and with or without a NULL
 * check: freeing through it is like calling free, so both objects stay
 * stack candidates. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void buffer_release(char *buf);

static void xfree(void *p) {
  if (p)
    free(p);
}

void buffer_release(char *buf) {
  if (!buf)
    return;
  free(buf);
}

int main(void) {
  char *word = malloc(16); // expect: stack
  char *line = calloc(4, 8); // expect: stack
  if (!word || !line) {
    xfree(word);
    buffer_release(line);
    return 1;
  }
  strcpy(word, "released");
  snprintf(line, 32, "%s twice", word);
  puts(line);
  xfree(word);
  buffer_release(line);
  return 0;
}
