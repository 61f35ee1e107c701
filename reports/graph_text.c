/* The graph dump of graph_text.h. Every line starts with what it shows
 * (function, node, edge, call, sink, loop) so the dump can be grepped. */
#include "graph_text.h"

#include <inttypes.h>

static const char *node_kind(esc_node_kind k) {
  static const char *const names[] = {
      [ESC_NODE_LOCAL] = "local",         [ESC_NODE_PARAM] = "param",
      [ESC_NODE_TEMP] = "temp",           [ESC_NODE_GLOBAL] = "global",
      [ESC_NODE_ALLOC] = "alloc",         [ESC_NODE_RETURN] = "return",
      [ESC_NODE_PARAM_OBJ] = "param-obj", [ESC_NODE_PARAM_DEEP] = "param-deep",
      [ESC_NODE_EXTERNAL] = "external"};
  return (unsigned)k < sizeof names / sizeof names[0] ? names[k] : "?";
}

static const char *edge_kind(esc_edge_kind k) {
  static const char *const names[] = {[ESC_EDGE_ADDR] = "ADDR", [ESC_EDGE_COPY] = "COPY",
                                      [ESC_EDGE_LOAD] = "LOAD", [ESC_EDGE_STORE] = "STORE"};
  return (unsigned)k < sizeof names / sizeof names[0] ? names[k] : "?";
}

static const char *step_name(esc_step s) {
  static const char *const names[] = {
      [ESC_STEP_NONE] = "",         [ESC_STEP_ASSIGN] = "assign", [ESC_STEP_STORE] = "store",
      [ESC_STEP_LOAD] = "load",     [ESC_STEP_RETURN] = "return", [ESC_STEP_ARG] = "arg",
      [ESC_STEP_RESULT] = "result", [ESC_STEP_CAST] = "cast"};
  return (unsigned)s < sizeof names / sizeof names[0] ? names[s] : "?";
}

static const char *sink_kind(esc_sink_kind k) {
  return k == ESC_SINK_ADDRESS_TO_INTEGER ? "address-to-integer" : "unmodeled";
}

static void loc(FILE *out, const esc_unit *u, esc_loc l) {
  if (l.line == 0) {
    fputs("<no location>", out);
    return;
  }
  fprintf(out, "%s:%" PRIu32 ":%" PRIu32, l.file < u->nfiles ? u->files[l.file] : "?", l.line,
          l.col);
}

static void node_ref(FILE *out, const esc_function *f, esc_node_id n) {
  if (n == UINT32_MAX || n >= f->nnodes)
    fputs("-", out);
  else if (f->nodes[n].name && f->nodes[n].name[0])
    fprintf(out, "n%" PRIu32 "'%s'", n, f->nodes[n].name);
  else
    fprintf(out, "n%" PRIu32, n);
}

static void nodes(FILE *out, const esc_unit *u, const esc_function *f) {
  for (esc_node_id i = 0; i < f->nnodes; i++) {
    const esc_node *n = &f->nodes[i];
    fprintf(out, "  node n%" PRIu32 " %s '%s' at ", i, node_kind(n->kind), n->name);
    loc(out, u, n->decl);
    if (n->decl_loop)
      fprintf(out, " loop=%" PRIu32, n->decl_loop);
    if (n->kind == ESC_NODE_PARAM || n->kind == ESC_NODE_PARAM_OBJ ||
        n->kind == ESC_NODE_PARAM_DEEP)
      fprintf(out, " param=%" PRIu32, n->param_index);
    if (n->kind == ESC_NODE_ALLOC)
      fprintf(out, " call=%" PRIu32, n->call);
    fputc('\n', out);
  }
}

static void edges(FILE *out, const esc_unit *u, const esc_function *f) {
  for (uint32_t i = 0; i < f->nedges; i++) {
    const esc_edge *e = &f->edges[i];
    fprintf(out, "  edge %s ", edge_kind(e->kind));
    node_ref(out, f, e->dst);
    fputs(" <- ", out);
    node_ref(out, f, e->src);
    fputs(" at ", out);
    loc(out, u, e->loc);
    if (e->step != ESC_STEP_NONE) {
      fprintf(out, " step=%s", step_name(e->step));
      if (e->text)
        fprintf(out, " '%s'", e->text);
      if (e->step == ESC_STEP_ARG)
        fprintf(out, " arg=%" PRIu32, e->arg + 1);
    }
    fputc('\n', out);
  }
}

static void calls(FILE *out, const esc_unit *u, const esc_function *f) {
  for (uint32_t i = 0; i < f->ncalls; i++) {
    const esc_call *c = &f->calls[i];
    fprintf(out, "  call c%" PRIu32 " %s at ", i, c->callee ? c->callee : "<indirect>");
    loc(out, u, c->loc);
    if (c->loop)
      fprintf(out, " loop=%" PRIu32, c->loop);
    fputs(" result=", out);
    node_ref(out, f, c->result);
    fputc('\n', out);
    for (uint32_t a = 0; a < c->nargs; a++) {
      fprintf(out, "    arg %" PRIu32 " ", a + 1);
      node_ref(out, f, c->args[a]);
      if (c->arg_const[a] != ESC_NOT_CONSTANT)
        fprintf(out, " const=%" PRId64, c->arg_const[a]);
      if (c->arg_strlen[a] >= 0)
        fprintf(out, " strlen=%" PRId64, c->arg_strlen[a]);
      fputc('\n', out);
    }
  }
}

static void sinks_and_loops(FILE *out, const esc_unit *u, const esc_function *f) {
  for (uint32_t i = 0; i < f->nsinks; i++) {
    const esc_sink *s = &f->sinks[i];
    fprintf(out, "  sink %s ", sink_kind(s->kind));
    node_ref(out, f, s->src);
    fputs(" at ", out);
    loc(out, u, s->loc);
    fprintf(out, " '%s'\n", s->text ? s->text : "");
  }
  for (uint32_t i = 1; i < f->nloops; i++) {
    fprintf(out, "  loop %" PRIu32 " parent=%" PRIu32 " at ", i, f->loops[i].parent);
    loc(out, u, f->loops[i].loc);
    fputc('\n', out);
  }
}

void esc_report_graph(FILE *out, const esc_unit *u) {
  for (uint32_t i = 0; i < u->nfunctions; i++) {
    const esc_function *f = u->functions[i];
    fprintf(out, "function %s at ", f->name);
    loc(out, u, f->loc);
    fprintf(out, " params=%" PRIu32 "%s%s%s\n", f->nparams, f->is_static ? " static" : "",
            f->is_variadic ? " variadic" : "", f->address_taken ? " address-taken" : "");
    nodes(out, u, f);
    edges(out, u, f);
    calls(out, u, f);
    sinks_and_loops(out, u, f);
  }
}
