/* gcbench.c: the Ellis-Kovac-Boehm GCBench, written anew over
 * bench_alloc.h: a long-lived tree and array stay while trees of depths 4
 * to 16 are built top-down (populate) and bottom-up (make_tree), each as
 * many times as makes the allocation per depth equal. The malloc variant
 * frees each temporary tree. */
#include "bench_alloc.h"

#define STRETCH_DEPTH 18
#define LONG_LIVED_DEPTH 16
#define ARRAY_SIZE 500000
#define MIN_DEPTH 4
#define MAX_DEPTH 16

typedef struct node {
  struct node *left, *right;
  int i, j;
} node;

static int tree_size(int depth) { return (1 << (depth + 1)) - 1; }
static int iterations(int depth) { return 2 * tree_size(STRETCH_DEPTH) / tree_size(depth); }

/* Top-down: the parent exists before its children. */
static void populate(int depth, node *n) {
  if (depth-- <= 0) return;
  node *l = ALLOC(sizeof *l), *r = ALLOC(sizeof *r);
  STORE(n, left, l);
  STORE(n, right, r);
  populate(depth, n->left);
  populate(depth, n->right);
}

/* Bottom-up: the children exist before their parent. */
static node *make_tree(int depth) {
  node *n = ALLOC(sizeof *n);
  if (depth > 0) {
    node *l = make_tree(depth - 1), *r = make_tree(depth - 1);
    STORE(n, left, l);
    STORE(n, right, r);
  }
  return n;
}

static void release(node *n) {
  if (!n) return;
  release(n->left);
  release(n->right);
  FREE(n);
}

static void time_construction(int depth) {
  for (int k = iterations(depth); k > 0; k--) {
    node *t = ALLOC(sizeof *t);
    populate(depth, t);
    release(t);
    release(make_tree(depth));
  }
}

int main(void) {
  bench_clock start = bench_start();
  release(make_tree(STRETCH_DEPTH));
  node *long_lived = ALLOC(sizeof *long_lived);
  populate(LONG_LIVED_DEPTH, long_lived);
  double *array = ALLOC_ATOMIC(sizeof(double) * ARRAY_SIZE);
  for (int i = 0; i < ARRAY_SIZE / 2; i++) array[i] = 1.0 / i;
  for (int depth = MIN_DEPTH; depth <= MAX_DEPTH; depth += 2) time_construction(depth);
  if (!long_lived || array[1000] != 1.0 / 1000) puts("failed");
  release(long_lived);
  FREE(array);
  bench_report("gcbench", start);
  return 0;
}
