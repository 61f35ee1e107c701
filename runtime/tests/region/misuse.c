/* Rewinds that are bugs, one per scenario named on the command line; each
 * must abort with libcescape-rt's message, which ctest matches. Exits 0 (and
 * so fails the test) if the misuse went unnoticed.
 *   foreign   a mark of another region
 *   stale     an inner mark after rewinding to an outer one
 *   regrown   the same, after the region grew past the stale mark again
 *   recycled  a mark into a chunk that was popped and reused
 *   reset     a mark taken before a reset
 */
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "cescape/region.h"
#include "check.h"

static void fill(esc_region *r, int n) {
  for (int i = 0; i < n; i++)
    esc_region_alloc(r, 200);
}

static void aborted(int sig) {
  (void)sig;
  _exit(3);
}

int main(int argc, char **argv) {
  CHECK(argc == 2);
  signal(SIGABRT, aborted);
  const char *scenario = argv[1];
  esc_region *r = esc_region_create(0);
  esc_mark outer = esc_region_mark(r);
  fill(r, 5);
  esc_mark inner = esc_region_mark(r);
  fill(r, 5);
  if (strcmp(scenario, "foreign") == 0) {
    esc_region *other = esc_region_create(0);
    esc_region_rewind(other, inner);
  } else if (strcmp(scenario, "stale") == 0) {
    esc_region_rewind(r, outer);
    esc_region_rewind(r, inner);
  } else if (strcmp(scenario, "regrown") == 0) {
    esc_region_rewind(r, outer);
    fill(r, 20);
    esc_region_rewind(r, inner);
  } else if (strcmp(scenario, "recycled") == 0) {
    fill(r, 100);
    esc_mark deep = esc_region_mark(r);
    esc_region_rewind(r, outer);
    esc_mark fresh = esc_region_mark(r);
    fill(r, 100);
    esc_region_rewind(r, fresh);
    fill(r, 100);
    esc_region_rewind(r, deep);
  } else if (strcmp(scenario, "reset") == 0) {
    esc_region_reset(r);
    fill(r, 20);
    esc_region_rewind(r, inner);
  } else {
    CHECK(!"unknown scenario");
  }
  printf("misuse '%s' went unnoticed\n", scenario);
  return 0;
}
