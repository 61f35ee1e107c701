/* An init function that fills a field of the caller's struct: storing into
 * memory reachable through a parameter. The function is extern, so the
 * buffer is heap. */
#include <stdio.h>
#include <stdlib.h>

struct ring {
  int *slots;
  int head, size;
};

int ring_init(struct ring *r, int size);
void ring_fini(struct ring *r);

int ring_init(struct ring *r, int size) {
  r->slots = calloc((size_t)size, sizeof *r->slots); // expect: heap "stored-param"
  r->head = 0;
  r->size = size;
  return r->slots ? 0 : -1;
}

void ring_fini(struct ring *r) { free(r->slots); }

int main(void) {
  struct ring r;
  if (ring_init(&r, 8) != 0)
    return 1;
  r.slots[r.head++ % r.size] = 5;
  printf("%d\n", r.slots[0]);
  ring_fini(&r);
  return 0;
}
