/* The conditional operator chooses where the pointer goes: one arm stores it
 * in a global, so the object may escape. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *remembered;
static char *scratch;

static void keep_or_drop(int keep) {
  char *note = malloc(32); // expect: heap "stored-global"
  if (!note)
    return;
  strcpy(note, keep ? "kept" : "dropped");
  *(keep ? &remembered : &scratch) = note;
  if (!keep) {
    free(scratch);
    scratch = NULL;
  }
}

int main(void) {
  keep_or_drop(0);
  keep_or_drop(1);
  puts(remembered);
  free(remembered);
  return 0;
}
