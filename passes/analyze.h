/* The passes' one entry point: from a translation unit's graph to findings.
 * Runs, in order: allocation sites (allocators, wrappers), the points-to
 * solver, escape roots and paths, interprocedural summaries bottom-up over
 * the call graph's SCCs, frees and lifetimes, sizes, region resolution, and
 * the verdict of every site. Never prints. */
#ifndef ESC_ANALYZE_H
#define ESC_ANALYZE_H

#include <stdint.h>

#include "finding.h"
#include "graph.h"

typedef struct esc_options {
  uint64_t max_stack_bytes;    /* largest single object suggested for the stack */
  const char **allocators;     /* user-named allocators (--allocator NAME) */
  uint32_t nallocators;
  const char **deallocators;   /* user-named deallocators (--deallocator NAME) */
  uint32_t ndeallocators;
  uint64_t solver_budget;      /* facts the solver may try per function before
                                  it gives up on it (heap, unmodeled); 0: the
                                  default, far above what real code needs */
  uint32_t threads;            /* threads analyzing the call graph's SCCs;
                                  0: one per online CPU. The findings do not
                                  depend on it. */
} esc_options;

/* Appends one finding per allocation site of u to out. Sites in files the
 * frontend marked as system headers never reach the graph. */
void esc_analyze_unit(esc_unit *u, const esc_options *opt, esc_findings *out);

#endif
