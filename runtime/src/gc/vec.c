/* vec.c: growable arrays in private mappings, for the collector's own
 * tables (mark stack, roots, finalizers). They are never scanned as roots,
 * and growing them never calls malloc. */
#include <string.h>

#include "gc_internal.h"

#define VEC_FIRST_BYTES ((size_t)64 << 10)

void esc__vec_init(esc__vec *v, size_t elem) {
  *v = (esc__vec){.elem = elem};
}

void *esc__vec_push(esc__vec *v) {
  if (v->len == v->cap) {
    size_t old = v->cap * v->elem;
    size_t bytes = old ? old * 2 : VEC_FIRST_BYTES;
    v->data = old ? esc__os_remap(v->data, old, bytes) : esc__os_map(bytes);
    if (!v->data) esc__os_fatal("collector", "out of memory for its own tables");
    v->cap = bytes / v->elem;
  }
  return (char *)v->data + v->len++ * v->elem;
}

void esc__vec_remove(esc__vec *v, size_t i) {
  char *d = v->data;
  v->len--;
  if (i != v->len) memcpy(d + i * v->elem, d + v->len * v->elem, v->elem);
}
