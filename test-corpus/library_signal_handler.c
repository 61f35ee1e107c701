/* A signal handler reads the buffer through a global; a second buffer that
 * the handler never sees stays local even though a handler is installed. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *volatile status_line;

static void on_usr1(int sig) {
  (void)sig;
  if (status_line)
    status_line[0] = '!';
}

int main(void) {
  status_line = malloc(32); // expect: heap "stored-global"
  char *unrelated = malloc(32); // expect: stack
  if (!status_line || !unrelated) {
    free(status_line);
    free(unrelated);
    return 1;
  }
  strcpy(status_line, "idle");
  strcpy(unrelated, "not shared");
  signal(SIGUSR1, on_usr1);
  raise(SIGUSR1);
  signal(SIGUSR1, SIG_DFL);
  printf("%s %s\n", status_line, unrelated);
  free(unrelated);
  free(status_line);
  return 0;
}
