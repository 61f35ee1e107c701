/* setjmp/longjmp error recovery: the buffer is kept in a volatile local of
 * the frame that called setjmp and freed on both returns. longjmp only jumps
 * back into a live frame, so the buffer never outlives it. */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

static jmp_buf on_error;

static int parse_digit(char c) {
  if (c < '0' || c > '9')
    longjmp(on_error, 1);
  return c - '0';
}

static int sum_digits(const char *s) {
  char *volatile work = malloc(32); // expect: stack
  if (!work)
    return -1;
  if (setjmp(on_error)) {
    free(work);
    return -1;
  }
  snprintf(work, 32, "%s", s);
  int sum = 0;
  for (char *c = work; *c; c++)
    sum += parse_digit(*c);
  free(work);
  return sum;
}

int main(void) {
  printf("%d %d\n", sum_digits("1234"), sum_digits("12x4"));
  return 0;
}
