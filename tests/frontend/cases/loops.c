/* Loops: for, while, do, nesting, and gotos back to an earlier label. */
#include <stdlib.h>

void sink_fn(char *);

void loops(int n) { // loops: 6
  char *before = malloc(1); // call: malloc noloop ; var: before local noloop
  for (int i = 0; i < n; i++) { // var: i local loop
    char *in = malloc(2); // call: malloc loop ; var: in local loop
    sink_fn(in);
  }
  while (n--) {
    do {
      sink_fn(malloc(3)); // call: malloc loop
    } while (0);
  }
again:
  sink_fn(malloc(4)); // call: malloc loop
  if (n++ < 3)
    goto again;
  sink_fn(malloc(5)); // call: malloc noloop
  goto forward;
forward:
  sink_fn(malloc(6)); // call: malloc noloop
retry: {
  char *kept = malloc(7); // call: malloc loop ; var: kept local loop
  for (int j = 0; j < 2; j++)
    sink_fn(kept);
  if (n)
    goto retry;
  if (n > 5)
    goto retry;
}
  free(before);
}
