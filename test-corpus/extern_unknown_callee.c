/* Passed to a function declared here but defined in a file cescape is not
 * given: with no body and no model, the analysis must assume it keeps the
 * pointer (and this one does). */
// corpus-link: event_log.c
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void event_log_append(const char *event);
const char *event_log_last(void);
void event_log_clear(void);

int main(void) {
  char *event = malloc(32); // expect: heap "passed-unknown"
  if (!event)
    return 1;
  strcpy(event, "login");
  event_log_append(event);
  puts(event_log_last());
  event_log_clear();
  free(event);
  return 0;
}
