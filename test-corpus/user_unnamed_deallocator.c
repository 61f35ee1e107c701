/* The release function of user_named_deallocator without --deallocator: it
 * has no body here and no model, so what it receives is passed to an unknown
 * function. */
// corpus-link: arena_alloc.c
#include <stdio.h>
#include <stdlib.h>

void arena_give_back(void *p);

struct sample {
  double sum;
  int count;
};

int main(void) {
  struct sample *s = calloc(1, sizeof *s); // expect: heap "passed-unknown"
  if (!s)
    return 1;
  for (int i = 1; i <= 4; i++) {
    s->sum += i * 0.5;
    s->count++;
  }
  printf("%g\n", s->sum / s->count);
  arena_give_back(s);
  return 0;
}
