/* Findings: what the passes conclude about each allocation site, and all the
 * reports (reports/) ever read. A finding owns copies of its strings in the
 * list's arena, so it outlives the unit it came from; the driver collects the
 * findings of every file into one list. */
#ifndef ESC_FINDING_H
#define ESC_FINDING_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "reasons.h"

/* A position in a named file (1-based line/col; offset in bytes). */
typedef struct esc_position {
  const char *file;
  uint32_t line, col, offset;
} esc_position;

/* One step of the flow from the allocation to where it escapes. */
typedef struct esc_flow_step {
  esc_position at;
  const char *message; /* "assigned to 'q'", "stored into 's->next'", ... */
} esc_flow_step;

typedef struct esc_finding {
  esc_position at;          /* the allocator's name in the call */
  esc_position call_begin;  /* the whole call expression, [begin, end) */
  esc_position call_end;
  esc_position size_begin;  /* the size argument(s), for fix-its; file NULL if none */
  esc_position size_end;
  const char *function;     /* the function that contains the call */
  const char *allocator;    /* "malloc", "xmalloc", ... */
  esc_verdict verdict;
  int64_t size_bytes;       /* -1 when not a compile-time constant */
  bool in_loop;             /* the call is inside a loop */
  esc_reason reason;
  const char *detail;       /* the reason said for this site ("stored into global 'g'"); "" if none */
  uint32_t nflow;
  esc_flow_step *flow;
} esc_finding;

/* A file that could not be analyzed (or a problem with one). */
typedef struct esc_error {
  const char *file;
  uint32_t line, col;      /* 0 when the problem has no location */
  const char *message;
} esc_error;

typedef struct esc_findings {
  esc_arena arena;
  esc_finding *items; uint32_t n, cap;
  esc_error *errors;  uint32_t nerrors, cap_errors;
} esc_findings;

void esc_findings_init(esc_findings *fs);
void esc_findings_destroy(esc_findings *fs);
/* A new zeroed finding; pointers into items stay valid until the next add. */
esc_finding *esc_findings_add(esc_findings *fs);
void esc_findings_add_error(esc_findings *fs, const char *file, uint32_t line,
                            uint32_t col, const char *message);
/* Copies s into the list's arena. */
const char *esc_findings_strdup(esc_findings *fs, const char *s);
/* Sorts findings by file, line, column and keeps one finding per site (the
 * same site reached through two translation units, e.g. in a shared header):
 * the one with the most cautious verdict. */
void esc_findings_sort_unique(esc_findings *fs);

#endif
