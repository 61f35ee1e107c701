/* cli test input: one site of each easy verdict, annotated for --verify. */
#include <stdlib.h>
#include <string.h>

char *kept;

int main(int argc, char **argv) {
  (void)argv;
  char *scratch = malloc(64); // expect: stack
  kept = malloc(16); // expect: heap "stored-global"
  char *copy = malloc((size_t)argc * 8); // expect: stack-fallback "size-not-constant"
  memset(scratch, 0, 64);
  memset(copy, 0, (size_t)argc * 8);
  free(copy);
  free(scratch);
  free(kept);
  return 0;
}
