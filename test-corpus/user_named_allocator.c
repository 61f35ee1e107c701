/* --allocator and --deallocator name functions the analysis cannot see: a
 * call of arena_take is then an allocation site, and arena_give_back frees
 * it. (Without the options the buffer would be passed to an unknown
 * function.) */
// cescape-args: --allocator arena_take --deallocator arena_give_back
// corpus-link: arena_alloc.c
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *arena_take(size_t n);
void arena_give_back(void *p);

static void print_upper(const char *s) {
  size_t n = strlen(s);
  char *up = arena_take(n + 1); // expect: stack-fallback "size-not-constant"
  if (!up)
    return;
  for (size_t i = 0; i <= n; i++)
    up[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
  puts(up);
  arena_give_back(up);
}

int main(void) {
  print_upper("named allocators");
  return 0;
}
