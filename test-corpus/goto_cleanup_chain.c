/* The kernel-style cleanup chain: forward gotos to labels that free in
 * reverse order. Forward jumps make no loop; each free receives one object. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int build_report(int fail_at) {
  int rc = -1;
  char *title = malloc(32); // expect: stack
  if (!title || fail_at == 1)
    goto free_title;
  char *body = malloc(256); // expect: stack
  if (!body || fail_at == 2)
    goto free_body;
  strcpy(title, "Report");
  strcpy(body, "nothing to report");
  printf("%s: %s\n", title, body);
  rc = 0;
free_body:
  free(body);
free_title:
  free(title);
  return rc;
}

int main(void) {
  int ok = build_report(0) == 0 && build_report(1) == -1 && build_report(2) == -1;
  return ok ? 0 : 1;
}
