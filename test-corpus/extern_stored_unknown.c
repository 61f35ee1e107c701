/* Stored through a pointer returned by a function the analysis cannot see:
 * where that pointer leads is unknown, so the buffer escapes there. */
// corpus-link: slot_table.c
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void **slot_table_get(size_t i);

int main(void) {
  char *value = malloc(24); // expect: heap "stored-unknown"
  if (!value)
    return 1;
  strcpy(value, "slot value");
  void **slot = slot_table_get(3);
  *slot = value;
  puts((char *)*slot_table_get(3));
  *slot = NULL;
  free(value);
  return 0;
}
