/* A case that falls through into one that publishes the pointer: control
 * flow inside the switch does not matter, the store does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *banner;

static void set_banner(int mode) {
  char *text = malloc(40); // expect: heap "stored-global"
  if (!text)
    return;
  switch (mode) {
  case 0:
    strcpy(text, "quiet");
    free(text);
    return;
  case 1:
    strcpy(text, "loud");
    __attribute__((fallthrough));
  default:
    free(banner);
    banner = text;
  }
}

int main(void) {
  set_banner(0);
  set_banner(1);
  puts(banner);
  free(banner);
  return 0;
}
