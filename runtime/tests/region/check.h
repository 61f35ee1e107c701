/* The region tests' harness: CHECK stops the test binary with the failing
 * expression and its line; RUN_CASE runs one case and names it on success,
 * so a ctest log shows how far a binary got. */
#ifndef ESC_REGION_CHECK_H
#define ESC_REGION_CHECK_H

#include <stdio.h>
#include <stdlib.h>

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      exit(1);                                                                 \
    }                                                                          \
  } while (0)

#define RUN_CASE(fn) (fn(), printf("ok %s\n", #fn))

#endif
