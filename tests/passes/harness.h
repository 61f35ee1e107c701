/* Builders and checks for the passes' unit tests: a function's graph
 * written in a few lines per statement, an analysis run, and the finding
 * on a given line. Locations are (line, column 1) of file "t.c". */
#ifndef PASSES_TEST_HARNESS_H
#define PASSES_TEST_HARNESS_H

#include <stdio.h>

#include "analyze.h"

extern int test_failures;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      test_failures++;                                                         \
    }                                                                          \
  } while (0)

typedef struct tb {
  esc_unit u;
  esc_function *f;
  esc_findings out;
  esc_options opt;
} tb;

void tb_init(tb *t);
void tb_free(tb *t);
esc_loc at(uint32_t line);
esc_function *tb_function(tb *t, const char *name, bool is_static);
esc_node_id tb_local(tb *t, const char *name);
esc_node_id tb_local_in(tb *t, const char *name, uint32_t loop);
esc_node_id tb_global(tb *t, const char *name);
esc_node_id tb_param(tb *t, const char *name);
esc_node_id tb_temp(tb *t);
/* dst = src as a named assignment ("assigned to 'dst'"). */
void tb_assign(tb *t, esc_node_id dst, esc_node_id src, uint32_t line);
/* *ptr = src ("stored into 'text'"). */
void tb_store(tb *t, esc_node_id ptr, esc_node_id src, uint32_t line, const char *text);
/* dst = *ptr. */
void tb_load(tb *t, esc_node_id dst, esc_node_id ptr, uint32_t line);
/* dst = &obj. */
void tb_addr(tb *t, esc_node_id dst, esc_node_id obj, uint32_t line);
void tb_return(tb *t, esc_node_id src, uint32_t line);
/* A call; arguments are variables (each copied into its own TEMP, as the
 * frontend does) or ESC_NONE; returns the call (its result TEMP made when
 * with_result). */
esc_call *tb_call(tb *t, const char *callee, uint32_t line, bool with_result, uint32_t nargs, ...);
/* var = callee(size) for a one-argument allocator with a constant size
 * (or ESC_NOT_CONSTANT); returns the call. */
esc_call *tb_alloc(tb *t, esc_node_id var, const char *callee, int64_t size, uint32_t line);
void tb_analyze(tb *t);
/* The finding whose allocator call is on line, or NULL. */
const esc_finding *tb_finding(tb *t, uint32_t line);
/* The test's exit status, after saying how many checks failed. */
int tb_report(void);
/* Does any flow step of f say message (substring)? */
bool tb_flow_says(const esc_finding *f, const char *message);

#endif
