/* Codes and wording of every verdict and reason (see reasons.h). */
#include "reasons.h"

#include <string.h>

static const char *const verdict_names[] = {
    [ESC_VERDICT_STACK] = "stack",
    [ESC_VERDICT_STACK_FALLBACK] = "stack-fallback",
    [ESC_VERDICT_REGION] = "region",
    [ESC_VERDICT_HEAP] = "heap",
};

static const struct {
  const char *code, *text;
} reasons[ESC_REASON_COUNT] = {
    [ESC_REASON_NONE] = {"", ""},
    [ESC_REASON_SIZE_NOT_CONSTANT] = {"size-not-constant", "its size is not a compile-time constant"},
    [ESC_REASON_SIZE_OVER_LIMIT] = {"size-over-limit", "its size is over the stack limit"},
    [ESC_REASON_RETURNED] = {"returned", "returned to the caller"},
    [ESC_REASON_STORED_PARAM] = {"stored-param", "stored into memory the caller passed in"},
    [ESC_REASON_STORED_GLOBAL] = {"stored-global", "stored into a global or static variable"},
    [ESC_REASON_STORED_HEAP] = {"stored-heap", "stored into a heap object that escapes"},
    [ESC_REASON_STORED_UNKNOWN] = {"stored-unknown", "stored through a pointer of unknown origin"},
    [ESC_REASON_PASSED_UNKNOWN] = {"passed-unknown", "passed to a function the analysis cannot see"},
    [ESC_REASON_PASSED_INDIRECT] = {"passed-indirect", "passed to a call through a function pointer"},
    [ESC_REASON_CAPTURED_THREAD] = {"captured-thread", "captured by a new thread"},
    [ESC_REASON_KEPT_BY_LIBRARY] = {"kept-by-library", "kept by a library function beyond the call"},
    [ESC_REASON_FREED_ELSEWHERE] = {"freed-elsewhere", "freed by a function that is not a plain deallocator"},
    [ESC_REASON_REALLOC] = {"realloc", "passed to realloc"},
    [ESC_REASON_LOOP_CARRIED] = {"loop-carried", "may survive into a later iteration of its loop"},
    [ESC_REASON_AMBIGUOUS_FREE] = {"ambiguous-free", "a free that receives it may also receive another object"},
    [ESC_REASON_ADDRESS_TO_INTEGER] = {"address-to-integer", "its address is converted to an integer"},
    [ESC_REASON_UNMODELED] = {"unmodeled", "it reaches a construct the analysis does not model"},
    [ESC_REASON_ALLOCATOR_WRAPPER] = {"allocator-wrapper", "returned by an allocator wrapper; each call site is reported instead"},
};

const char *esc_verdict_name(esc_verdict v) { return verdict_names[v]; }

int esc_verdict_parse(const char *name, esc_verdict *out) {
  for (int v = 0; v <= ESC_VERDICT_HEAP; v++)
    if (strcmp(name, verdict_names[v]) == 0) {
      *out = (esc_verdict)v;
      return 0;
    }
  return -1;
}

const char *esc_reason_code(esc_reason r) { return reasons[r].code; }
const char *esc_reason_text(esc_reason r) { return reasons[r].text; }
