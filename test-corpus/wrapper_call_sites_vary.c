/* Wrapper call sites are judged one by one: one in a loop freed each
 * iteration, one passed to a function the analysis cannot see. */
// corpus-link: event_log.c
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void event_log_append(const char *event);
const char *event_log_last(void);
void event_log_clear(void);

static char *xstrdup(const char *s) {
  char *d = strdup(s); // expect: heap "allocator-wrapper"
  if (!d)
    abort();
  return d;
}

int main(void) {
  static const char *const words[] = {"one", "two", "three"};
  for (int i = 0; i < 3; i++) {
    char *w = xstrdup(words[i]); // expect: stack-fallback "size-not-constant"
    puts(w);
    free(w);
  }
  char *logged = xstrdup("logged"); // expect: heap "passed-unknown"
  event_log_append(logged);
  puts(event_log_last());
  event_log_clear();
  free(logged);
  return 0;
}
