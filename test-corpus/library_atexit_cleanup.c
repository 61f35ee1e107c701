/* atexit captures a function, not data: the buffer reaches the exit handler
 * only through a global, which is where it escapes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *journal;

static void flush_journal(void) {
  if (journal)
    printf("journal: %s\n", journal);
  free(journal);
}

int main(void) {
  journal = malloc(64); // expect: heap "stored-global"
  if (!journal)
    return 1;
  strcpy(journal, "started");
  if (atexit(flush_journal) != 0)
    return 1;
  strcat(journal, ", finished");
  return 0;
}
