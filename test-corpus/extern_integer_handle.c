/* Event libraries hand back a 64-bit cookie that the program turns back into
 * a pointer. A pointer made from an integer may point anywhere, so storing
 * through it stores into unknown memory. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct connection {
  int fd;
  char *pending;
};

static void on_readable(uint64_t cookie) {
  struct connection *c = (struct connection *)(uintptr_t)cookie;
  char *data = malloc(64); // expect: heap "stored-unknown"
  if (!data)
    return;
  snprintf(data, 64, "data for fd %d", c->fd);
  c->pending = data;
}

int main(void) {
  static struct connection conn = {.fd = 7, .pending = NULL};
  on_readable((uint64_t)(uintptr_t)&conn);
  puts(conn.pending ? conn.pending : "-");
  free(conn.pending);
  return 0;
}
