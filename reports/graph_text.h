/* A readable dump of the dataflow graph (passes/graph.h) as the frontend
 * built it: `cescape --dump-graph`. For people debugging the lowering and
 * for the frontend's tests; not a stable format. */
#ifndef ESC_GRAPH_TEXT_H
#define ESC_GRAPH_TEXT_H

#include <stdio.h>

#include "graph.h"

/* One block per function: its flags, nodes, edges (kind, step, words,
 * location), calls (callee, arguments with constants, result, loop), sinks
 * and loops. Locations print as file:line:col. */
void esc_report_graph(FILE *out, const esc_unit *u);

#endif
