/* Unit tests of the seam with the garbage collector (src/region_roots.h):
 * esc__region_foreach_used reports exactly the used memory of every live
 * region, scratch regions of other threads included, and forgets what was
 * rewound or destroyed. */
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "cescape/region.h"
#include "check.h"
#include "region_roots.h"

typedef struct {
  const void *want;
  size_t want_bytes;
  bool found;
  size_t ranges;
} probe;

static void look(const void *start, const void *end, void *ctx) {
  probe *p = ctx;
  CHECK(start < end);
  p->ranges++;
  const char *w = p->want;
  if (w >= (const char *)start && w + p->want_bytes <= (const char *)end)
    p->found = true;
}

static bool visible(const void *ptr, size_t n) {
  probe p = {.want = ptr, .want_bytes = n};
  esc__region_foreach_used(look, &p);
  return p.found;
}

static void sees_chunks_and_large_blocks(void) {
  esc_region *r = esc_region_create(128);
  char *small = esc_region_alloc(r, 24);
  for (int i = 0; i < 100; i++)
    esc_region_alloc(r, 100);
  char *later = esc_region_alloc(r, 24);
  char *big = esc_region_alloc(r, 2 << 20);
  CHECK(visible(small, 24) && visible(later, 24) && visible(big, 2 << 20));
  esc_region_destroy(r);
}

static void forgets_rewound_and_destroyed(void) {
  esc_region *r = esc_region_create(0);
  char *kept = esc_region_alloc(r, 32);
  esc_mark m = esc_region_mark(r);
  char *gone = esc_region_alloc(r, 32);
  CHECK(visible(gone, 32));
  esc_region_rewind(r, m);
  CHECK(visible(kept, 32) && !visible(gone, 1));
  esc_region_destroy(r);
  CHECK(!visible(kept, 1));
}

static void empty_regions_report_nothing(void) {
  esc_region *r = esc_region_create(0);
  probe p = {0};
  esc__region_foreach_used(look, &p);
  size_t before = p.ranges;
  esc_region_alloc(r, 8);
  p.ranges = 0;
  esc__region_foreach_used(look, &p);
  CHECK(p.ranges == before + 1);
  esc_region_destroy(r);
}

static pthread_mutex_t gate = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
static void *shared_ptr;
static bool may_exit;

static void *hold_scratch_allocation(void *arg) {
  (void)arg;
  void *p = esc_region_strdup(esc_scratch(), "thread-owned");
  pthread_mutex_lock(&gate);
  shared_ptr = p;
  pthread_cond_broadcast(&changed);
  while (!may_exit)
    pthread_cond_wait(&changed, &gate);
  pthread_mutex_unlock(&gate);
  return NULL;
}

static void sees_other_threads_scratch(void) {
  pthread_t t;
  CHECK(pthread_create(&t, NULL, hold_scratch_allocation, NULL) == 0);
  pthread_mutex_lock(&gate);
  while (!shared_ptr)
    pthread_cond_wait(&changed, &gate);
  void *p = shared_ptr;
  CHECK(visible(p, 13));
  may_exit = true;
  pthread_cond_broadcast(&changed);
  pthread_mutex_unlock(&gate);
  pthread_join(t, NULL);
  CHECK(!visible(p, 1));
}

int main(void) {
  RUN_CASE(sees_chunks_and_large_blocks);
  RUN_CASE(forgets_rewound_and_destroyed);
  RUN_CASE(empty_regions_report_nothing);
  RUN_CASE(sees_other_threads_scratch);
  return 0;
}
