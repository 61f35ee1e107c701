/* A project header: its inline functions are lowered under its own path. */
#include <stdlib.h>

static inline char *project_alloc(size_t n) {
  return malloc(n);
}
