/* Unit tests of the scratch memory of one function's analysis
 * (passes/scratch.c): growing the newest allocation in place, copying an
 * older one, zeroing on request, and the same blocks handed out again after
 * a reset (the point of it: no malloc per function once warm). */
#include <stdint.h>
#include <string.h>

#include "harness.h"
#include "internal.h"

static void grow_in_place_and_copy(void) {
  esc__scratch s = {0};
  uint32_t *a = esc__scratch_alloc(&s, 4 * sizeof *a);
  for (uint32_t i = 0; i < 4; i++)
    a[i] = i + 1;
  uint32_t *grown = esc__scratch_grow(&s, a, 4 * sizeof *a, 64 * sizeof *a);
  CHECK(grown == a); /* the newest allocation extends in place */
  char *b = esc__scratch_alloc(&s, 10);
  memset(b, 'x', 10);
  uint32_t *moved = esc__scratch_grow(&s, grown, 64 * sizeof *a, 128 * sizeof *a);
  CHECK(moved != grown); /* no longer the newest: copied */
  for (uint32_t i = 0; i < 4; i++)
    CHECK(moved[i] == i + 1);
  CHECK(b[9] == 'x'); /* the copy did not overwrite b */
  esc__scratch_free(&s);
}

static void zeroed_and_large(void) {
  esc__scratch s = {0};
  memset(esc__scratch_alloc(&s, 256), 0xff, 256);
  esc__scratch_reset(&s);
  unsigned char *z = esc__scratch_zalloc(&s, 256);
  int zero = 1;
  for (int i = 0; i < 256; i++)
    zero &= z[i] == 0;
  CHECK(zero);
  size_t big = 3u << 20; /* larger than a block */
  unsigned char *l = esc__scratch_alloc(&s, big);
  l[0] = 1;
  l[big - 1] = 2;
  CHECK(l[0] == 1 && l[big - 1] == 2);
  esc__scratch_free(&s);
}

static void reset_reuses_blocks(void) {
  esc__scratch s = {0};
  void *first = esc__scratch_alloc(&s, 1000);
  for (int i = 0; i < 5000; i++)
    esc__scratch_alloc(&s, 1000); /* several blocks */
  esc__scratch_reset(&s);
  CHECK(esc__scratch_alloc(&s, 1000) == first);
  esc__scratch_free(&s);
  CHECK(s.head == NULL);
}

int main(void) {
  grow_in_place_and_copy();
  zeroed_and_large();
  reset_reuses_blocks();
  return tb_report();
}
