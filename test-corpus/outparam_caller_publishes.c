/* A static function's out-parameter whose caller publishes the result in a
 * global: no longer bounded by a caller's frame. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *current_user;

static void lookup_user(int uid, char **out) {
  *out = malloc(24); // expect: heap "stored-param"
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
