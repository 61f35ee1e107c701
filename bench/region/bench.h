/* Shared declarations of the region benchmark (bench/region/): the inputs
 * every allocator gets (the same sizes and string pieces, generated once),
 * the timer, and the table of allocators, each defined in one alloc_*.c file
 * by instantiating the workloads of workloads.h. */
#ifndef ESC_BENCH_REGION_H
#define ESC_BENCH_REGION_H

#include <stddef.h>

/* Sizes and pieces are read round-robin from tables of this many entries. */
#define BENCH_TABLE 4096
#define BENCH_MAX_BATCH 100000

typedef struct {
  unsigned short sizes[BENCH_TABLE];     /* 16..256 bytes */
  const char *pieces[BENCH_TABLE];       /* words of 1..24 characters */
  unsigned char piece_len[BENCH_TABLE];
  unsigned char pieces_per_string[BENCH_TABLE]; /* 1..8 */
  void *ptrs[BENCH_MAX_BATCH];           /* what a batch keeps */
} bench_input;

/* One timed run: performs about `allocs` allocations, returns how many. */
typedef size_t (*bench_run)(bench_input *in, size_t param, size_t allocs);

typedef struct {
  const char *name;
  int malloc_family;  /* calls malloc/free: rerun under LD_PRELOADed mallocs */
  bench_run batch;    /* (a) param = batch size */
  bench_run scopes;   /* (b) param = depth of the binary tree of scopes */
  bench_run strings;  /* (c) param = strings built per batch */
} bench_allocator;

extern const bench_allocator bench_region, bench_malloc, bench_talloc, bench_apr,
    bench_obstack, bench_obstack_big, bench_floor;

#endif
