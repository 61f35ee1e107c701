/* Looks escaping but is not: a heap object stored into another heap object,
 * when neither leaves the function, stays a stack candidate (both do). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct request {
  char *path;
  int status;
};

int main(void) {
  struct request *req = malloc(sizeof *req); // expect: stack
  if (!req)
    return 1;
  req->path = malloc(64); // expect: stack
  if (!req->path) {
    free(req);
    return 1;
  }
  strcpy(req->path, "/index.html");
  req->status = 200;
  printf("%d %s\n", req->status, req->path);
  free(req->path);
  free(req);
  return 0;
}
