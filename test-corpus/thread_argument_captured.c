/* Looks local but escapes: the buffer handed to pthread_create is joined and
 * freed in the same function, but a new thread captures it and the analysis
 * does not follow threads. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *worker(void *arg) {
  char *name = arg;
  printf("worker %s\n", name);
  return NULL;
}

int main(void) {
  char *name = malloc(16); // expect: heap "captured-thread"
  if (!name)
    return 1;
  strcpy(name, "alpha");
  pthread_t t;
  if (pthread_create(&t, NULL, worker, name) != 0) {
    free(name);
    return 1;
  }
  pthread_join(t, NULL);
  free(name);
  return 0;
}
