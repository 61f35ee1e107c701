/* The plainest escape: assigned to a global variable. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *program_name;

int main(int argc, char **argv) {
  (void)argc;
  program_name = strdup(argv[0]); // expect: heap "stored-global"
  if (!program_name)
    return 1;
  printf("%d\n", strlen(program_name) > 0);
  free(program_name);
  return 0;
}
