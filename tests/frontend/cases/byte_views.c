/* Byte views of stored pointers: reads of characters or integers through a
 * pointer, from a union member, or from an integer whose address is taken
 * may see a pointer's bytes, so what the storage holds escapes there
 * (values.c). Typed reads of declared fields do not. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

uintptr_t g_int;
char *g_ptr;

struct buf {
  char *data;
  size_t len;
};

void union_pun(void) {
  union {
    char *p;
    uintptr_t i;
  } u;
  u.p = malloc(8);
  g_int = u.i; // sink: address-to-integer "uintptr_t" ; reach: sink -> new:malloc
}

void memcpy_into_integer(void) {
  char *p = malloc(8);
  uintptr_t x; // sink: address-to-integer "uintptr_t"
  memcpy(&x, &p, sizeof p);
  g_int = x;
}

void bytewise_copy(void) {
  char *p = malloc(8);
  char *q;
  unsigned char *d = (unsigned char *)&q, *s = (unsigned char *)&p;
  for (unsigned i = 0; i < sizeof p; i++)
    d[i] = s[i]; // sink: address-to-integer "unsigned char" ; reach: sink -> new:malloc
  g_ptr = q;
}

size_t typed_field(struct buf *b) {
  b->data = malloc(8);
  return b->len; // reach: <external> !-> new:malloc
}

int string_bytes(const char *s) {
  return s[0] + *s; // sink: address-to-integer "const char" ; sink: address-to-integer "const char"
}
