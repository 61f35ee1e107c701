/* --verify: checks the findings against the `// expect: VERDICT` annotations
 * of the test corpus, in the way of Go's test/escape*.go and clang -verify.
 * An annotation sits on the line of its allocation site:
 *
 *     char *p = malloc(64);           // expect: stack
 *     g = strdup(s);                  // expect: heap "stored-global"
 *
 * The quoted text, when given, must occur in the site's reason code, its
 * wording or its detail. Several annotations on one line match that line's
 * sites from left to right. Every site of the checked files must match an
 * annotation, and every annotation a site. */
#ifndef ESC_DRIVER_VERIFY_H
#define ESC_DRIVER_VERIFY_H

#include <stdint.h>
#include <stdio.h>

#include "finding.h"

typedef struct esc_verify_result {
  uint32_t sites;       /* allocation sites checked */
  uint32_t mismatches;  /* lines of the diff */
} esc_verify_result;

/* Checks fs (sorted, paths as displayed) against the annotations of files
 * (shown paths) and of every file a finding is in; prints one diff line per
 * mismatch to out. */
esc_verify_result esc__verify(FILE *out, const esc_findings *fs, char *const *files, size_t nfiles);

#endif
