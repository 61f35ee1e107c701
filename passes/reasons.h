/* The closed set of verdicts and reasons cescape reports. Each reason has one
 * code (stable: JSON, SARIF and the corpus's annotations use it) and one
 * wording; reasons.c holds both, docs/reasons.md explains each with an
 * example, and every reason is covered by a test-corpus case. */
#ifndef ESC_REASONS_H
#define ESC_REASONS_H

typedef enum esc_verdict {
  ESC_VERDICT_STACK,          /* a plain stack object would do */
  ESC_VERDICT_STACK_FALLBACK, /* does not escape; size not a small constant */
  ESC_VERDICT_REGION,         /* lives exactly as long as a caller's frame */
  ESC_VERDICT_HEAP,           /* escapes, or the analysis cannot prove otherwise */
} esc_verdict;

typedef enum esc_reason {
  ESC_REASON_NONE,               /* stack: nothing to say */
  ESC_REASON_SIZE_NOT_CONSTANT,  /* stack-fallback */
  ESC_REASON_SIZE_OVER_LIMIT,    /* stack-fallback */
  ESC_REASON_RETURNED,           /* region, or heap when callers let it escape */
  ESC_REASON_STORED_PARAM,       /* region via out-parameter, or heap */
  ESC_REASON_STORED_GLOBAL,
  ESC_REASON_STORED_HEAP,
  ESC_REASON_STORED_UNKNOWN,     /* stored through a pointer of unknown origin */
  ESC_REASON_PASSED_UNKNOWN,     /* to a function with no body and no model */
  ESC_REASON_PASSED_INDIRECT,    /* to a call through a function pointer */
  ESC_REASON_CAPTURED_THREAD,    /* pthread_create */
  ESC_REASON_KEPT_BY_LIBRARY,    /* atexit, signal, setvbuf, putenv, strtok... */
  ESC_REASON_FREED_ELSEWHERE,    /* freed by a callee that is not a deallocator */
  ESC_REASON_REALLOC,
  ESC_REASON_LOOP_CARRIED,
  ESC_REASON_AMBIGUOUS_FREE,
  ESC_REASON_ADDRESS_TO_INTEGER,
  ESC_REASON_UNMODELED,          /* a construct the analysis does not model */
  ESC_REASON_ALLOCATOR_WRAPPER,  /* inside an allocator wrapper */
  ESC_REASON_COUNT
} esc_reason;

/* "stack", "stack-fallback", "region", "heap". */
const char *esc_verdict_name(esc_verdict v);
/* Parses a verdict name; returns 0 on success, -1 if unknown. */
int esc_verdict_parse(const char *name, esc_verdict *out);
/* The reason's code, e.g. "stored-global" ("" for ESC_REASON_NONE). */
const char *esc_reason_code(esc_reason r);
/* The reason's fixed wording, e.g. "stored into a global variable". */
const char *esc_reason_text(esc_reason r);

#endif
