/* Support code for the corpus: linked into the cases that name it in a
 * `// corpus-link:` line, never shown to cescape, so to the analysis these
 * functions have no body. event_log_append keeps what it is given. */
#include <stddef.h>

static const char *events[16];
static size_t nevents;

void event_log_append(const char *event);
const char *event_log_last(void);
void event_log_clear(void);

void event_log_append(const char *event) {
  if (nevents < 16)
    events[nevents++] = event;
}

const char *event_log_last(void) { return nevents ? events[nevents - 1] : NULL; }

void event_log_clear(void) { nevents = 0; }
