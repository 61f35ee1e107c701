/* Parsing one job with libclang and judging its diagnostics: a unit with any
 * error (or fatal error) is not analyzed, since verdicts on code that does
 * not compile would mislead. The compiler's first error and its location
 * are what the user sees. */
#ifndef ESC_DRIVER_PARSE_H
#define ESC_DRIVER_PARSE_H

#include <clang-c/Index.h>
#include <stdint.h>

#include "jobs.h"

typedef struct esc_parse_error {
  uint32_t line, col;   /* in the job's file; 0 when elsewhere or unknown */
  char message[1024];   /* "does not compile: expected ';' after expression" */
} esc_parse_error;

/* Parses job->source with job's arguments. Returns the unit, or NULL with
 * the reason in err. */
CXTranslationUnit esc__parse(CXIndex index, const esc_job *job, esc_parse_error *err);

#endif
