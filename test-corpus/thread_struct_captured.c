/* The buffer is not passed to pthread_create itself but stored in a local
 * struct whose address is: the new thread can reach it through the struct. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct task {
  char *input;
  size_t length;
};

static void *measure(void *arg) {
  struct task *t = arg;
  t->length = strlen(t->input);
  return NULL;
}

int main(void) {
  struct task task = {0};
  task.input = malloc(32); // expect: heap "captured-thread"
  if (!task.input)
    return 1;
  strcpy(task.input, "measured in a thread");
  pthread_t th;
  if (pthread_create(&th, NULL, measure, &task) != 0) {
    free(task.input);
    return 1;
  }
  pthread_join(th, NULL);
  printf("%zu\n", task.length);
  free(task.input);
  return 0;
}
