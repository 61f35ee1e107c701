/* libcescape-rt's region in the benchmark: batches end with a reset, scopes
 * are mark/rewind, strings grow in place with esc_region_realloc. */
#include "cescape/region.h"
#include "bench.h"

#define A_NAME region
#define A_LABEL "libcescape-rt region"
#define A_TABLE bench_region
#define A_MALLOC_FAMILY 0
#define A_CTX esc_region *
#define A_OPEN() esc_region_create(0)
#define A_ALLOC(c, n) esc_region_alloc(c, n)
#define A_FREE(c, p) ((void)(p))
#define A_BATCH_END(c) esc_region_reset(c)
#define A_SCOPE_T esc_mark
#define A_ENTER(c, s) (*(s) = esc_region_mark(c), (c))
#define A_LEAVE(c, in, s) esc_region_rewind(c, *(s))
#define A_REALLOC(c, p, old, new) esc_region_realloc(c, p, old, new)
#include "grow.h"
#include "workloads.h"
