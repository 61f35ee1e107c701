/* The thread function stores its result buffer into the job its creator
 * passed in: stored through a parameter, for a caller (the thread library)
 * the analysis cannot see. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct job {
  int input;
  int *result;
};

static void *compute(void *arg) {
  struct job *job = arg;
  job->result = malloc(sizeof *job->result); // expect: heap "stored-param"
  if (job->result)
    *job->result = job->input * 2;
  return NULL;
}

int main(void) {
  struct job job = {.input = 21, .result = NULL};
  pthread_t t;
  if (pthread_create(&t, NULL, compute, &job) != 0)
    return 1;
  pthread_join(t, NULL);
  printf("%d\n", job.result ? *job.result : -1);
  free(job.result);
  return 0;
}
