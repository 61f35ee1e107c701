/* The three frame-like workloads, written once and instantiated per
 * allocator: an alloc_*.c file defines the A_* macros below, then includes
 * this file, which defines static run functions named after A_NAME and the
 * bench_allocator A_TABLE. Direct calls through macros (no function pointer
 * per allocation) let each allocator's own fast path inline as it would in
 * real code.
 *
 *   A_CTX             context type          A_OPEN()
 *   A_ALLOC(c, n)     one allocation        A_FREE(c, p)  (no-op for pools)
 *   A_BATCH_END(c)    release everything allocated in c since A_OPEN
 *   A_SCOPE_T         saved state of a scope
 *   A_ENTER(c, s)     open a scope, return the context to allocate in
 *   A_LEAVE(c, in, s) close it, releasing what was allocated in it
 *   A_STR_T, A_STR_BEGIN(c, b), A_STR_APPEND(c, b, piece, len),
 *   A_STR_END(c, b)   build a string by appending pieces (returns char *)
 *
 * (a) batch:   `param` mixed 16..256-byte allocations, each written, then
 *              all released together (malloc: freed one by one).
 * (b) scopes:  a binary tree of nested scopes `param` deep; each scope
 *              makes 4 allocations and releases them on leaving.
 * (c) strings: `param` strings per batch, each built from 1..8 appended
 *              pieces of 1..24 bytes; one append counts as one allocation.
 *
 * Each workload opens its context once, on its first run, and keeps it for
 * the life of the process, as a long-running program keeps its pools; the
 * warm-up run of main.c therefore pays for first-touch page faults.
 */
#include <string.h>

#define A_CAT2(a, b) a##b
#define A_CAT(a, b) A_CAT2(a, b)
#define A_FN(f) A_CAT(A_CAT(A_NAME, _), f)

#define SCOPE_ALLOCS 4
#define A_CONTEXT()                 \
  static A_CTX c;                   \
  static int opened;                \
  if (!opened) {                    \
    c = A_OPEN();                   \
    opened = 1;                     \
  }

static size_t A_FN(batch)(bench_input *in, size_t batch, size_t allocs) {
  A_CONTEXT();
  size_t k = 0, done = 0;
  while (done < allocs) {
    for (size_t i = 0; i < batch; i++, k++) {
      char *p = A_ALLOC(c, in->sizes[k % BENCH_TABLE]);
      memset(p, (int)i, 16);
      in->ptrs[i] = p;
    }
    for (size_t i = 0; i < batch; i++)
      A_FREE(c, in->ptrs[i]);
    A_BATCH_END(c);
    done += batch;
  }
  return done;
}

static size_t A_FN(scope)(bench_input *in, A_CTX c, size_t depth, size_t *k) {
  A_SCOPE_T s;
  A_CTX inner = A_ENTER(c, &s);
  void **mine = in->ptrs + depth * SCOPE_ALLOCS; /* escapes: no elision */
  for (size_t i = 0; i < SCOPE_ALLOCS; i++, (*k)++) {
    mine[i] = A_ALLOC(inner, in->sizes[*k % BENCH_TABLE]);
    memset(mine[i], (int)i, 16);
  }
  size_t done = SCOPE_ALLOCS;
  if (depth > 0) {
    done += A_FN(scope)(in, inner, depth - 1, k);
    done += A_FN(scope)(in, inner, depth - 1, k);
  }
  for (size_t i = 0; i < SCOPE_ALLOCS; i++)
    A_FREE(inner, mine[i]);
  A_LEAVE(c, inner, &s);
  return done;
}

static size_t A_FN(scopes)(bench_input *in, size_t depth, size_t allocs) {
  A_CONTEXT();
  size_t k = 0, done = 0;
  while (done < allocs)
    done += A_FN(scope)(in, c, depth, &k);
  return done;
}

static size_t A_FN(strings)(bench_input *in, size_t per_batch, size_t allocs) {
  A_CONTEXT();
  size_t k = 0, done = 0;
  while (done < allocs) {
    for (size_t i = 0; i < per_batch; i++) {
      A_STR_T b;
      A_STR_BEGIN(c, b);
      for (size_t n = in->pieces_per_string[i % BENCH_TABLE]; n > 0; n--, k++, done++)
        A_STR_APPEND(c, b, in->pieces[k % BENCH_TABLE], in->piece_len[k % BENCH_TABLE]);
      char *s = A_STR_END(c, b);
      s[0] ^= 1;
      in->ptrs[i] = s;
    }
    for (size_t i = 0; i < per_batch; i++)
      A_FREE(c, in->ptrs[i]);
    A_BATCH_END(c);
  }
  return done;
}

const bench_allocator A_TABLE = {
    .name = A_LABEL,
    .malloc_family = A_MALLOC_FAMILY,
    .batch = A_FN(batch),
    .scopes = A_FN(scopes),
    .strings = A_FN(strings),
};
