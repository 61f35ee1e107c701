/* An interior pointer (`buf + 4`) stored into a global keeps the whole
 * object alive: the object escapes through it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *last_payload;

static void frame_message(const char *payload) {
  char *frame = malloc(64); // expect: heap "stored-global"
  if (!frame)
    return;
  memcpy(frame, "MSG:", 4);
  strncpy(frame + 4, payload, 59);
  frame[63] = '\0';
  last_payload = frame + 4;
}

int main(void) {
  frame_message("ping");
  printf("%s\n", last_payload);
  free((char *)last_payload - 4);
  return 0;
}
