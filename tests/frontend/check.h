/* The frontend's test program (frontend_check): parses one C file of
 * cases/ with libclang, lowers it with esc_frontend_lower and checks the
 * annotations written in its comments against the graph. The annotation
 * language is described in annotations.c. */
#ifndef ESC_TESTS_FRONTEND_CHECK_H
#define ESC_TESTS_FRONTEND_CHECK_H

#include <stdbool.h>
#include <stdint.h>

#include "graph.h"

/* Points-to sets of one function, solved naively (points_to.c). Objects are
 * the function's nodes plus one object per call result ("new:CALLEE"), so
 * that a test can follow what a call returns. */
typedef struct pts_solution {
  uint32_t nobjects, words;
  uint64_t *bits; /* nobjects rows of `words` words */
} pts_solution;

void pts_solve(const esc_function *f, pts_solution *s);
bool pts_has(const pts_solution *s, uint32_t node, uint32_t object);
/* Whether object is reachable from node in one or more points-to steps. */
bool pts_reaches(const pts_solution *s, uint32_t node, uint32_t object);
void pts_free(pts_solution *s);

/* Checks every annotation of the file at path (the file index main_file of
 * u); prints each failure and returns how many there were. */
int check_annotations(const esc_unit *u, uint32_t main_file, const char *path);

#endif
