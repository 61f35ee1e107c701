/* APR pools in the benchmark: one pool cleared after each batch, a subpool
 * per scope (apr_pool_create / apr_pool_destroy, blocks recycled by the
 * pool's allocator). APR has no realloc, so a string grows by allocating
 * the longer copy, as apr_pstrcat would on each append. */
#include <apr_pools.h>
#include <string.h>

#include "bench.h"

static apr_pool_t *pool_open(apr_pool_t *parent) {
  static int initialised;
  if (!initialised)
    initialised = apr_initialize() == APR_SUCCESS;
  apr_pool_t *p = NULL;
  apr_pool_create(&p, parent);
  return p;
}

static char *pool_grow(apr_pool_t *c, char *p, size_t old, size_t new) {
  char *q = apr_palloc(c, new);
  return old ? memcpy(q, p, old) : q;
}

#define A_NAME apr
#define A_LABEL "APR pool"
#define A_TABLE bench_apr
#define A_MALLOC_FAMILY 0
#define A_CTX apr_pool_t *
#define A_OPEN() pool_open(NULL)
#define A_ALLOC(c, n) apr_palloc(c, n)
#define A_FREE(c, p) ((void)(p))
#define A_BATCH_END(c) apr_pool_clear(c)
#define A_SCOPE_T int
#define A_ENTER(c, s) ((void)(s), pool_open(c))
#define A_LEAVE(c, in, s) apr_pool_destroy(in)
#define A_REALLOC(c, p, old, new) pool_grow(c, p, old, new)
#include "grow.h"
#include "workloads.h"
