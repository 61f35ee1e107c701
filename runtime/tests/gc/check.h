/* check.h: the one assertion the collector's tests use. A failed CHECK
 * names the file, line and condition and fails the test. */
#ifndef ESC_GC_TEST_CHECK_H
#define ESC_GC_TEST_CHECK_H

#include <stdio.h>
#include <stdlib.h>

#define CHECK(cond)                                                        \
  do {                                                                     \
    if (!(cond)) {                                                         \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      exit(1);                                                             \
    }                                                                      \
  } while (0)

#endif
