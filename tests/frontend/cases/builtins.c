/* GNU and builtin forms: atomics, __builtin_choose_expr, _Generic,
 * offsetof, sizeof (not evaluated), setjmp (the body may rerun). */
#include <setjmp.h>
#include <stddef.h>
#include <stdlib.h>

struct s { int a; char *p; };

static char *shared;

static char *atomics(char *p) {
  char *local = 0;
  __atomic_store_n(&local, p, __ATOMIC_SEQ_CST); // pts: local -> obj:p
  char *seen = __atomic_load_n(&shared, __ATOMIC_RELAXED); // pts: seen -> <external>
  char *old = __atomic_exchange_n(&local, seen, __ATOMIC_SEQ_CST); // pts: old -> obj:p
  return old;
}

static size_t forms(char *p, char *q) {
  char *c = __builtin_choose_expr(1, p, q); // pts: c -> obj:p
  char *g = _Generic(p, char *: q, default: p); // pts: g -> obj:q
  size_t off = offsetof(struct s, p);
  size_t sz = sizeof(malloc(100)); /* not evaluated: no call */
  (void)c;
  (void)g;
  return off + sz;
}

static jmp_buf env;

static void rerun(void) { // loops: 1
  char *before = malloc(1); // call: malloc noloop ; var: before local noloop
  if (setjmp(env)) // call: _setjmp loop
    return;
  char *after = malloc(2); // call: malloc loop ; var: after local loop
  free(before);
  free(after);
}

size_t builtins_keep(void) {
  rerun();
  return forms(atomics(0), 0);
}
