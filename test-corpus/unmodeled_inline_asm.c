/* An inline assembly statement that takes the pointer as an operand: the
 * analysis cannot see what the assembly does with it, so it assumes the
 * worst. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *secret = malloc(32); // expect: heap "unmodeled"
  if (!secret)
    return 1;
  strcpy(secret, "hunter2");
  memset(secret, 0, 32);
  __asm__ volatile("" : : "r"(secret) : "memory");
  printf("%d\n", secret[0]);
  free(secret);
  return 0;
}
