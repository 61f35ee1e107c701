/* Unit tests of the per-thread scratch region and the scope macros: one
 * region per thread, rewinding on every way out of a block (end, return,
 * break, continue, goto), nesting, and destruction at thread exit. */
#include <pthread.h>
#include <string.h>

#include "cescape/region.h"
#include "check.h"

static void scratch_is_per_thread_and_stable(void) {
  esc_region *a = esc_scratch();
  CHECK(a && esc_scratch() == a);
}

static void *report_scratch(void *out) {
  *(esc_region **)out = esc_scratch();
  return NULL;
}

static void threads_get_their_own(void) {
  esc_region *other = NULL;
  pthread_t t;
  CHECK(pthread_create(&t, NULL, report_scratch, &other) == 0);
  pthread_join(t, NULL);
  CHECK(other && other != esc_scratch());
}

static size_t used(void) { return esc_region_used_bytes(esc_scratch()); }

static void scope_rewinds_at_block_end(void) {
  size_t before = used();
  {
    ESC_SCRATCH_SCOPE;
    CHECK(esc_region_alloc(esc_scratch(), 100));
    CHECK(used() > before);
  }
  CHECK(used() == before);
}

static int early_return(int leave) {
  ESC_SCRATCH_SCOPE;
  char *s = esc_region_strdup(esc_scratch(), "scoped");
  if (leave)
    return (int)strlen(s);
  esc_region_alloc(esc_scratch(), 1000);
  return 0;
}

static void scope_rewinds_on_return(void) {
  size_t before = used();
  CHECK(early_return(1) == 6);
  CHECK(used() == before);
  CHECK(early_return(0) == 0);
  CHECK(used() == before);
}

static void scope_rewinds_on_goto_break_continue(void) {
  size_t before = used();
  {
    ESC_SCRATCH_SCOPE;
    esc_region_alloc(esc_scratch(), 64);
    goto out;
  }
out:
  CHECK(used() == before);
  for (int i = 0; i < 10; i++) {
    ESC_SCRATCH_SCOPE;
    esc_region_alloc(esc_scratch(), 64);
    if (i % 2)
      continue;
    if (i == 6)
      break;
  }
  CHECK(used() == before);
}

static void nested_scopes_and_explicit_region(void) {
  esc_region *r = esc_region_create(0);
  {
    ESC_REGION_SCOPE(r);
    char *outer = esc_region_strdup(r, "outer");
    {
      ESC_REGION_SCOPE(r);
      ESC_SCRATCH_SCOPE;
      for (int i = 0; i < 100; i++)
        esc_region_alloc(r, 1000);
    }
    CHECK(strcmp(outer, "outer") == 0);
    CHECK(esc_region_used_bytes(r) > 0);
  }
  CHECK(esc_region_used_bytes(r) == 0);
  esc_region_destroy(r);
}

static int exit_cleanups;
static void count_exit(void *arg) { (void)arg, exit_cleanups++; }

static void *register_exit_cleanup(void *arg) {
  (void)arg;
  CHECK(esc_region_on_release(esc_scratch(), count_exit, NULL) == 0);
  return NULL;
}

static void thread_exit_destroys_scratch(void) {
  pthread_t t;
  CHECK(pthread_create(&t, NULL, register_exit_cleanup, NULL) == 0);
  pthread_join(t, NULL);
  CHECK(exit_cleanups == 1);
}

int main(void) {
  RUN_CASE(scratch_is_per_thread_and_stable);
  RUN_CASE(threads_get_their_own);
  RUN_CASE(scope_rewinds_at_block_end);
  RUN_CASE(scope_rewinds_on_return);
  RUN_CASE(scope_rewinds_on_goto_break_continue);
  RUN_CASE(nested_scopes_and_explicit_region);
  RUN_CASE(thread_exit_destroys_scratch);
  return 0;
}
