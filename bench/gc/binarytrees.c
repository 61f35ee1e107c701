/* binarytrees.c: the Benchmarks Game's binary-trees (allocate and walk
 * perfect binary trees of many depths while one long-lived tree stays),
 * over bench_alloc.h. Usage: binarytrees [max-depth, default 18]. The
 * malloc variant frees each tree after walking it. */
#include "bench_alloc.h"

typedef struct node {
  struct node *left, *right;
} node;

static node *make(int depth) {
  node *n = ALLOC(sizeof *n);
  if (depth > 0) {
    node *l = make(depth - 1), *r = make(depth - 1);
    STORE(n, left, l);
    STORE(n, right, r);
  }
  return n;
}

static long check(const node *n) { return n->left ? 1 + check(n->left) + check(n->right) : 1; }

static void release(node *n) {
  if (n->left) {
    release(n->left);
    release(n->right);
  }
  FREE(n);
}

int main(int argc, char **argv) {
  int max_depth = argc > 1 ? atoi(argv[1]) : 18;
  bench_clock start = bench_start();
  node *stretch = make(max_depth + 1);
  printf("stretch tree of depth %d\t check: %ld\n", max_depth + 1, check(stretch));
  release(stretch);
  node *long_lived = make(max_depth);
  for (int depth = 4; depth <= max_depth; depth += 2) {
    long iterations = 1L << (max_depth - depth + 4), sum = 0;
    for (long i = 0; i < iterations; i++) {
      node *t = make(depth);
      sum += check(t);
      release(t);
    }
    printf("%ld\t trees of depth %d\t check: %ld\n", iterations, depth, sum);
  }
  printf("long lived tree of depth %d\t check: %ld\n", max_depth, check(long_lived));
  release(long_lived);
  bench_report("binarytrees", start);
  return 0;
}
