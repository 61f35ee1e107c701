/* A tiny user of an installed libcescape-rt, built by install_consumer.sh
 * once with find_package(cescape-rt) and once with pkg-config. Exits 0 if
 * the region API and the scratch scope behave. */
#include <stdio.h>
#include <string.h>

#include <cescape/region.h>

static size_t join(const char *a, const char *b) {
  ESC_SCRATCH_SCOPE;
  char *s = esc_region_sprintf(esc_scratch(), "%s/%s", a, b);
  return s ? strlen(s) : 0;
}

int main(void) {
  esc_region *r = esc_region_create(0);
  if (!r)
    return 1;
  char *s = esc_region_strdup(r, "installed");
  size_t before = esc_region_used_bytes(esc_scratch());
  int ok = s && strcmp(s, "installed") == 0 && join("a", "bc") == 4 &&
           esc_region_used_bytes(esc_scratch()) == before;
  esc_region_destroy(r);
  puts(ok ? "consumer ok" : "consumer FAILED");
  return ok ? 0 : 1;
}
