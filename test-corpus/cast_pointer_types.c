/* Casts between pointer types (to void *, to unsigned char *, to a struct
 * header) keep pointing at the same object: no escape by themselves. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct header {
  unsigned short kind, length;
};

int main(void) {
  void *packet = malloc(32); // expect: stack
  if (!packet)
    return 1;
  memset(packet, 0, 32);
  struct header *h = (struct header *)packet;
  h->kind = 7;
  h->length = 28;
  unsigned char *payload = (unsigned char *)packet + sizeof *h;
  payload[0] = 0xAB;
  printf("%u %u %x\n", h->kind, h->length, ((unsigned char *)packet)[4]);
  free((void *)h);
  return 0;
}
