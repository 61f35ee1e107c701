/* Looks local but escapes: the helper that receives the buffer keeps it in a
 * global, so the caller's allocation escapes through the call. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *last_error;

static void set_error(const char *msg) { last_error = msg; }

static int open_config(const char *path) {
  char *msg = malloc(96); // expect: heap "stored-global"
  if (!msg)
    return -1;
  snprintf(msg, 96, "cannot open %s", path);
  set_error(msg);
  return -1;
}

int main(void) {
  open_config("/etc/app.conf");
  puts(last_error);
  free((char *)last_error);
  return 0;
}
