/* The buffer is not passed itself: it sits in a local array of pointers
 * whose address goes to a function the analysis cannot see, which can read
 * (and keep) every element. */
// corpus-link: event_log.c
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void event_log_append(const char *event);
const char *event_log_last(void);
void event_log_clear(void);

static void log_all(const char *const *events, int n) {
  for (int i = 0; i < n; i++)
    event_log_append(events[i]);
}

int main(void) {
  char *detail = malloc(32); // expect: heap "passed-unknown"
  if (!detail)
    return 1;
  strcpy(detail, "disk almost full");
  const char *events[2] = {"warning", detail};
  log_all(events, 2);
  puts(event_log_last());
  event_log_clear();
  free(detail);
  return 0;
}
