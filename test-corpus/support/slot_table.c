/* Support code for the corpus (see event_log.c): slot_table_get returns a
 * pointer into a table the analysis cannot see. */
#include <stddef.h>

static void *slots[8];

void **slot_table_get(size_t i);

void **slot_table_get(size_t i) { return &slots[i % 8]; }
