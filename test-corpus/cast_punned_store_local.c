/* The pointer is stored into a local byte buffer through a cast (type
 * punning, as serializers do): it lands in frame storage, so it stays local. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  _Alignas(void *) unsigned char record[2 * sizeof(void *)];
  char *label = malloc(16); // expect: stack
  if (!label)
    return 1;
  strcpy(label, "punned");
  *(char **)record = label;
  char *back = *(char **)record;
  puts(back);
  free(back);
  return 0;
}
