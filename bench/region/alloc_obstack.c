/* GNU obstack in the benchmark, twice: with glibc's default chunks (about
 * 4 KiB) and with 1 MiB chunks. A batch or a scope ends with obstack_free
 * back to a zero-size object allocated at its start (obstack's own stack
 * discipline, which hands chunks above it back to malloc); strings are
 * obstack_grow + obstack_finish, the obstack idiom for building objects. */
#include <obstack.h>
#include <stdlib.h>

#include "bench.h"

#define obstack_chunk_alloc malloc
#define obstack_chunk_free free

typedef struct {
  struct obstack o;
  char *base;
} stack;

static stack *stack_open(int chunk_bytes) {
  stack *s = malloc(sizeof *s);
  if (chunk_bytes)
    obstack_begin(&s->o, chunk_bytes);
  else
    obstack_init(&s->o);
  s->base = obstack_alloc(&s->o, 0);
  return s;
}

static void stack_clear(stack *s) {
  obstack_free(&s->o, s->base);
  s->base = obstack_alloc(&s->o, 0);
}

#define A_MALLOC_FAMILY 0
#define A_CTX stack *
#define A_ALLOC(c, n) obstack_alloc(&(c)->o, n)
#define A_FREE(c, p) ((void)(p))
#define A_BATCH_END(c) stack_clear(c)
#define A_SCOPE_T char *
#define A_ENTER(c, s) (*(s) = obstack_alloc(&(c)->o, 0), (c))
#define A_LEAVE(c, in, s) obstack_free(&(c)->o, *(s))
#define A_STR_T int
#define A_STR_BEGIN(c, b) ((b) = 0)
#define A_STR_APPEND(c, b, piece, n) obstack_grow(&(c)->o, piece, n)
#define A_STR_END(c, b) (obstack_1grow(&(c)->o, 0), (char *)obstack_finish(&(c)->o))

#define A_NAME obstack
#define A_LABEL "obstack (default chunks)"
#define A_TABLE bench_obstack
#define A_OPEN() stack_open(0)
#include "workloads.h"

#undef A_NAME
#undef A_LABEL
#undef A_TABLE
#undef A_OPEN
#define A_NAME obstack_big
#define A_LABEL "obstack (1 MiB chunks)"
#define A_TABLE bench_obstack_big
#define A_OPEN() stack_open(1 << 20)
#include "workloads.h"
