/* An object-oriented C interface: a struct of function pointers. Passing the
 * buffer to a method is a call through a function pointer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct writer_ops {
  int (*write)(void *self, const char *data, size_t n);
};

struct counting_writer {
  const struct writer_ops *ops;
  size_t total;
};

static int count_write(void *self, const char *data, size_t n) {
  (void)data;
  ((struct counting_writer *)self)->total += n;
  return 0;
}

static const struct writer_ops counting_ops = {count_write};

int main(void) {
  struct counting_writer w = {&counting_ops, 0};
  char *chunk = malloc(64); // expect: heap "passed-indirect"
  if (!chunk)
    return 1;
  strcpy(chunk, "payload");
  w.ops->write(&w, chunk, strlen(chunk));
  printf("%zu\n", w.total);
  free(chunk);
  return 0;
}
