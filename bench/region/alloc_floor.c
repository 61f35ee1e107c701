/* The floor of the benchmark, not an allocator: a bare bump pointer through
 * one static 64 MiB buffer, with no chunking, no overflow check and no
 * bookkeeping. Its figures are the cost of the workloads themselves (writing
 * the blocks, copying the string pieces, the loops), so the distance of any
 * allocator to this row is what that allocator costs. The largest workload
 * needs about 26 MiB, so the buffer never runs out. */
#include <string.h>

#include "bench.h"

static _Alignas(16) char arena[64 << 20];
static char *top = arena;

static inline void *bare_alloc(size_t n) {
  char *p = top;
  top += (n + 15) & ~(size_t)15;
  return p;
}

static inline void *bare_realloc(char *p, size_t old, size_t new) {
  if (p && p + ((old + 15) & ~(size_t)15) == top) {
    top = p + ((new + 15) & ~(size_t)15);
    return p;
  }
  char *q = bare_alloc(new);
  return old ? memcpy(q, p, old) : q;
}

#define A_NAME floor
#define A_LABEL "floor: bare bump pointer"
#define A_TABLE bench_floor
#define A_MALLOC_FAMILY 0
#define A_CTX int
#define A_OPEN() 0
#define A_ALLOC(c, n) bare_alloc(n)
#define A_FREE(c, p) ((void)(p))
#define A_BATCH_END(c) (top = arena)
#define A_SCOPE_T char *
#define A_ENTER(c, s) (*(s) = top, (c))
#define A_LEAVE(c, in, s) (top = *(s))
#define A_REALLOC(c, p, old, new) bare_realloc(p, old, new)
#include "grow.h"
#include "workloads.h"
