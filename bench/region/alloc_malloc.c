/* malloc/free/realloc in the benchmark: glibc's in the main run, mimalloc's
 * and jemalloc's when run.sh reruns the program with them LD_PRELOADed.
 * Every object is freed one by one; scopes and batches add nothing else. */
#include <stdlib.h>

#include "bench.h"

#define A_NAME malloc
#define A_LABEL "malloc"
#define A_TABLE bench_malloc
#define A_MALLOC_FAMILY 1
#define A_CTX int
#define A_OPEN() 0
#define A_ALLOC(c, n) malloc(n)
#define A_FREE(c, p) free(p)
#define A_BATCH_END(c) ((void)(c))
#define A_SCOPE_T int
#define A_ENTER(c, s) ((void)(s), (c))
#define A_LEAVE(c, in, s) ((void)(in))
#define A_REALLOC(c, p, old, new) realloc(p, new)
#include "grow.h"
#include "workloads.h"
