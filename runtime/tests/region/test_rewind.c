/* Unit tests of stack discipline: marks and rewinds (nested, repeated,
 * across chunks and large blocks), reset, cleanups (which run, in which
 * order, and when), and the bound on memory kept for reuse. */
#include <string.h>

#include "cescape/region.h"
#include "check.h"

static void rewind_reuses_memory(void) {
  esc_region *r = esc_region_create(0);
  esc_mark m = esc_region_mark(r);
  char *first = esc_region_alloc(r, 100);
  esc_region_rewind(r, m);
  CHECK(esc_region_used_bytes(r) == 0);
  CHECK(esc_region_alloc(r, 100) == first);
  esc_region_destroy(r);
}

/* One mark, many rewinds: the loop pattern of a frame-bounded buffer. */
static void same_mark_rewinds_repeatedly(void) {
  esc_region *r = esc_region_create(0);
  esc_region_alloc(r, 40);
  size_t before = esc_region_used_bytes(r);
  esc_mark m = esc_region_mark(r);
  for (int i = 0; i < 100; i++) {
    for (int j = 0; j < 50; j++)
      CHECK(esc_region_alloc(r, 200));
    esc_region_rewind(r, m);
    CHECK(esc_region_used_bytes(r) == before);
  }
  esc_region_destroy(r);
}

/* Data allocated before a mark survives rewinds to it, also when later
 * allocations spilled into new chunks and large blocks. */
static void nested_marks_across_chunks(void) {
  esc_region *r = esc_region_create(256);
  char *keep = esc_region_strdup(r, "outer");
  esc_mark outer = esc_region_mark(r);
  char *mid = esc_region_strdup(r, "middle");
  esc_mark inner = esc_region_mark(r);
  for (int i = 0; i < 1000; i++)
    memset(esc_region_alloc(r, 300), 0x5A, 300);
  memset(esc_region_alloc(r, 1 << 20), 0x5B, 1 << 20);
  size_t peak = esc_region_used_bytes(r);
  esc_region_rewind(r, inner);
  CHECK(strcmp(mid, "middle") == 0 && strcmp(keep, "outer") == 0);
  CHECK(esc_region_used_bytes(r) < peak);
  size_t at_inner = esc_region_used_bytes(r);
  esc_region_rewind(r, outer);
  CHECK(strcmp(keep, "outer") == 0);
  CHECK(esc_region_used_bytes(r) < at_inner);
  esc_region_destroy(r);
}

static void reset_keeps_first_chunk_only(void) {
  esc_region *r = esc_region_create(0);
  size_t empty = esc_region_reserved_bytes(r);
  esc_region_set_cache_limit(r, 0);
  for (int i = 0; i < 10000; i++)
    esc_region_alloc(r, 100);
  esc_region_alloc(r, 1 << 22);
  CHECK(esc_region_reserved_bytes(r) > empty);
  esc_region_reset(r);
  CHECK(esc_region_used_bytes(r) == 0);
  CHECK(esc_region_reserved_bytes(r) == empty);
  CHECK(esc_region_alloc(r, 10));
  esc_region_destroy(r);
}

/* Rewound chunks stay for reuse up to the cache limit and no further. */
static void cache_is_bounded(void) {
  esc_region *r = esc_region_create(0);
  size_t empty = esc_region_reserved_bytes(r);
  size_t limit = 256 << 10;
  esc_region_set_cache_limit(r, limit);
  esc_mark m = esc_region_mark(r);
  for (int i = 0; i < 100000; i++)
    esc_region_alloc(r, 100);
  esc_region_rewind(r, m);
  size_t kept = esc_region_reserved_bytes(r) - empty;
  CHECK(kept > 0 && kept <= limit);
  size_t again = esc_region_reserved_bytes(r);
  for (int i = 0; i < 1000; i++)
    esc_region_alloc(r, 100);
  CHECK(esc_region_reserved_bytes(r) == again);
  esc_region_set_cache_limit(r, 0);
  esc_region_rewind(r, m);
  CHECK(esc_region_reserved_bytes(r) == empty);
  esc_region_destroy(r);
}

static int log_calls[16];
static int log_len;
static void log_call(void *arg) { log_calls[log_len++] = (int)(size_t)arg; }

static void cleanups_run_newest_first(void) {
  esc_region *r = esc_region_create(0);
  log_len = 0;
  CHECK(esc_region_on_release(r, log_call, (void *)1) == 0);
  esc_mark m = esc_region_mark(r);
  CHECK(esc_region_on_release(r, log_call, (void *)2) == 0);
  esc_region_alloc(r, 1 << 20);
  CHECK(esc_region_on_release(r, log_call, (void *)3) == 0);
  esc_region_rewind(r, m);
  CHECK(log_len == 2 && log_calls[0] == 3 && log_calls[1] == 2);
  esc_region_rewind(r, m);
  CHECK(log_len == 2);
  CHECK(esc_region_on_release(r, log_call, (void *)4) == 0);
  esc_region_destroy(r);
  CHECK(log_len == 4 && log_calls[2] == 4 && log_calls[3] == 1);
}

static void reset_runs_all_cleanups(void) {
  esc_region *r = esc_region_create(0);
  log_len = 0;
  esc_region_on_release(r, log_call, (void *)1);
  esc_region_mark(r);
  esc_region_on_release(r, log_call, (void *)2);
  esc_region_reset(r);
  CHECK(log_len == 2 && log_calls[0] == 2 && log_calls[1] == 1);
  esc_region_destroy(r);
  CHECK(log_len == 2);
}

/* A cleanup still sees the memory it guards. */
static void check_guarded(void *arg) {
  CHECK(strcmp(arg, "still here") == 0);
  log_len++;
}

static void cleanup_sees_live_memory(void) {
  esc_region *r = esc_region_create(64);
  log_len = 0;
  esc_mark m = esc_region_mark(r);
  esc_region_on_release(r, check_guarded, esc_region_strdup(r, "still here"));
  for (int i = 0; i < 100; i++)
    esc_region_alloc(r, 1000);
  esc_region_rewind(r, m);
  CHECK(log_len == 1);
  esc_region_destroy(r);
}

/* Marks taken after a reset or rewind are as good as any. */
static void marks_after_rewind_are_valid(void) {
  esc_region *r = esc_region_create(0);
  esc_mark a = esc_region_mark(r);
  esc_region_alloc(r, 10);
  esc_region_rewind(r, a);
  esc_mark b = esc_region_mark(r);
  esc_region_alloc(r, 10);
  esc_mark c = esc_region_mark(r);
  esc_region_rewind(r, c);
  esc_region_rewind(r, b);
  esc_region_rewind(r, a);
  esc_region_reset(r);
  esc_mark d = esc_region_mark(r);
  esc_region_alloc(r, 10);
  esc_region_rewind(r, d);
  CHECK(esc_region_used_bytes(r) == 0);
  esc_region_destroy(r);
}

/* A block made before a mark is not grown or shrunk in place: the rewind
 * would release its tail, or find the mark above the top. */
static void realloc_respects_the_newest_mark(void) {
  esc_region *r = esc_region_create(0);
  char *p = esc_region_strdup(r, "before");
  esc_mark m = esc_region_mark(r);
  char *q = esc_region_realloc(r, p, 7, 40);
  CHECK(q && q != p && strcmp(q, "before") == 0);
  CHECK(esc_region_realloc(r, q, 40, 60) == q);
  CHECK(esc_region_realloc(r, p, 7, 3) == p);
  esc_region_rewind(r, m);
  CHECK(strcmp(p, "before") == 0);
  char *after = esc_region_alloc(r, 16);
  CHECK(after > p);
  esc_region_destroy(r);
}

int main(void) {
  RUN_CASE(rewind_reuses_memory);
  RUN_CASE(same_mark_rewinds_repeatedly);
  RUN_CASE(nested_marks_across_chunks);
  RUN_CASE(reset_keeps_first_chunk_only);
  RUN_CASE(cache_is_bounded);
  RUN_CASE(cleanups_run_newest_first);
  RUN_CASE(reset_runs_all_cleanups);
  RUN_CASE(cleanup_sees_live_memory);
  RUN_CASE(marks_after_rewind_are_valid);
  RUN_CASE(realloc_respects_the_newest_mark);
  return 0;
}
