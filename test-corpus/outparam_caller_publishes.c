/* A static function's out-parameter whose caller passes the address of a
 * global: the buffer is not bounded by a caller's frame, and the reason
 * names where it ends up, the global (the flow shows the out-parameter). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *current_user;

static void lookup_user(int uid, char **out) {
  *out = malloc(24); // expect: heap "stored-global"
  if (*out)
    snprintf(*out, 24, "user%d", uid);
}

int main(void) {
  lookup_user(1000, &current_user);
  if (!current_user)
    return 1;
  puts(current_user);
  free(current_user);
  return 0;
}
