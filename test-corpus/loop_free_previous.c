/* Each iteration frees the previous iteration's object and keeps the new one:
 * the object survives into the next iteration, so it is loop-carried. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  char *best = NULL;
  int best_score = -1;
  for (int i = 0; i < 6; i++) {
    int score = (i * 7) % 5;
    if (score <= best_score)
      continue;
    char *label = malloc(16); // expect: heap "loop-carried"
    if (!label)
      break;
    snprintf(label, 16, "item-%d", i);
    free(best);
    best = label;
    best_score = score;
  }
  printf("%s %d\n", best ? best : "none", best_score);
  free(best);
  return 0;
}
