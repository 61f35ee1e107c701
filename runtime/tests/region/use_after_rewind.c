/* A deliberate use after rewind, for the sanitizer tests: ctest runs it
 * under AddressSanitizer (expecting "use-after-poison") and under Valgrind's
 * memcheck (expecting "Invalid read"). The scenario on the command line says
 * where the freed object was:
 *   chunk   in the chunk that stays current after the rewind
 *   popped  in a chunk the rewind moved to the cache
 *   reset   in the first chunk, released by a reset
 * Exits 0 after the bad read if nothing stopped it. */
#include <string.h>

#include "cescape/region.h"
#include "check.h"

int main(int argc, char **argv) {
  CHECK(argc == 2);
  esc_region *r = esc_region_create(0);
  esc_region_strdup(r, "kept");
  esc_mark m = esc_region_mark(r);
  if (strcmp(argv[1], "popped") == 0)
    for (int i = 0; i < 200; i++)
      esc_region_alloc(r, 100);
  volatile char *dead = esc_region_strdup(r, "released");
  if (strcmp(argv[1], "reset") == 0)
    esc_region_reset(r);
  else
    esc_region_rewind(r, m);
  char c = dead[3];
  printf("read '%c' after rewind\n", c);
  esc_region_destroy(r);
  return 0;
}
