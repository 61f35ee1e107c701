/* A constructor (an allocator wrapper) that also allocates the object's row
 * buffer: the buffer is stored into the object the wrapper returns, a heap
 * object that escapes the wrapper, so the buffer is heap even though the
 * caller's object itself could live on its stack. The caller frees the rows,
 * so a region would do: the analysis does not follow contents of returned
 * objects into callers. */
#include <stdio.h>
#include <stdlib.h>

struct table {
  int *rows;
  int nrows;
};

static struct table *table_new(int nrows) {
  struct table *t = malloc(sizeof *t); // expect: heap "allocator-wrapper"
  if (!t)
    abort();
  // BAD: every caller frees t->rows; only the returned pointer itself can be a region
  t->rows = calloc((size_t)nrows, sizeof *t->rows); // expect: heap "stored-heap"
  t->nrows = nrows;
  return t;
}

int main(void) {
  struct table *t = table_new(5); // expect: stack
  if (!t->rows) {
    free(t);
    return 1;
  }
  t->rows[4] = 9;
  printf("%d %d\n", t->nrows, t->rows[4]);
  free(t->rows);
  free(t);
  return 0;
}
