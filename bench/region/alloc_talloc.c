/* talloc in the benchmark, the way talloc recommends for speed: a 64 MiB
 * talloc_pool holds every object; a batch ends with talloc_free_children,
 * a scope is a child context (talloc_new / talloc_free), strings grow with
 * talloc_realloc_size. */
#include <talloc.h>

#include "bench.h"

#define A_NAME talloc
#define A_LABEL "talloc pool"
#define A_TABLE bench_talloc
#define A_MALLOC_FAMILY 0
#define A_CTX void *
#define A_OPEN() talloc_pool(NULL, (size_t)64 << 20)
#define A_ALLOC(c, n) talloc_size(c, n)
#define A_FREE(c, p) ((void)(p))
#define A_BATCH_END(c) talloc_free_children(c)
#define A_SCOPE_T int
#define A_ENTER(c, s) ((void)(s), talloc_new(c))
#define A_LEAVE(c, in, s) talloc_free(in)
#define A_REALLOC(c, p, old, new) talloc_realloc_size(c, p, new)
#include "grow.h"
#include "workloads.h"
