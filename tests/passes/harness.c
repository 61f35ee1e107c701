/* The passes' test harness (see harness.h). */
#include "harness.h"

#include <stdarg.h>
#include <string.h>

int test_failures;

void tb_init(tb *t) {
  memset(t, 0, sizeof *t);
  esc_unit_init(&t->u);
  esc_unit_file(&t->u, "t.c");
  esc_findings_init(&t->out);
  t->opt.max_stack_bytes = 4096;
}

void tb_free(tb *t) {
  esc_findings_destroy(&t->out);
  esc_unit_destroy(&t->u);
}

esc_loc at(uint32_t line) { return (esc_loc){.file = 0, .line = line, .col = 1, .offset = line * 100}; }

esc_function *tb_function(tb *t, const char *name, bool is_static) {
  t->f = esc_unit_add_function(&t->u, name, at(1));
  t->f->is_static = is_static;
  return t->f;
}

esc_node_id tb_local(tb *t, const char *name) { return tb_local_in(t, name, 0); }

esc_node_id tb_local_in(tb *t, const char *name, uint32_t loop) {
  return esc_fn_add_node(&t->u, t->f, ESC_NODE_LOCAL, name, at(1), loop);
}

esc_node_id tb_global(tb *t, const char *name) {
  return esc_fn_add_node(&t->u, t->f, ESC_NODE_GLOBAL, name, at(1), 0);
}

esc_node_id tb_param(tb *t, const char *name) { return esc_fn_add_param(&t->u, t->f, name, at(1)); }

esc_node_id tb_temp(tb *t) { return esc_fn_add_node(&t->u, t->f, ESC_NODE_TEMP, "", at(1), 0); }

void tb_assign(tb *t, esc_node_id dst, esc_node_id src, uint32_t line) {
  esc_fn_add_edge(&t->u, t->f, ESC_EDGE_COPY, dst, src, at(line), ESC_STEP_ASSIGN,
                  t->f->nodes[dst].name, 0);
}

void tb_store(tb *t, esc_node_id ptr, esc_node_id src, uint32_t line, const char *text) {
  esc_fn_add_edge(&t->u, t->f, ESC_EDGE_STORE, ptr, src, at(line), ESC_STEP_STORE, text, 0);
}

void tb_load(tb *t, esc_node_id dst, esc_node_id ptr, uint32_t line) {
  esc_fn_add_edge(&t->u, t->f, ESC_EDGE_LOAD, dst, ptr, at(line), ESC_STEP_NONE, "", 0);
}

void tb_addr(tb *t, esc_node_id dst, esc_node_id obj, uint32_t line) {
  esc_fn_add_edge(&t->u, t->f, ESC_EDGE_ADDR, dst, obj, at(line), ESC_STEP_NONE, "", 0);
}

void tb_return(tb *t, esc_node_id src, uint32_t line) {
  esc_fn_add_edge(&t->u, t->f, ESC_EDGE_COPY, t->f->ret, src, at(line), ESC_STEP_RETURN, "", 0);
}

esc_call *tb_call(tb *t, const char *callee, uint32_t line, bool with_result, uint32_t nargs, ...) {
  esc_node_id result = with_result ? tb_temp(t) : ESC_NONE;
  esc_node_id args[16];
  va_list ap;
  va_start(ap, nargs);
  for (uint32_t i = 0; i < nargs; i++) {
    esc_node_id v = va_arg(ap, esc_node_id);
    args[i] = ESC_NONE;
    if (v != ESC_NONE) {
      args[i] = tb_temp(t);
      esc_fn_add_edge(&t->u, t->f, ESC_EDGE_COPY, args[i], v, at(line), ESC_STEP_ARG,
                      callee ? callee : "<indirect>", i);
    }
  }
  va_end(ap);
  esc_call *c = esc_fn_add_call(&t->u, t->f, callee, at(line), nargs);
  c->result = result;
  for (uint32_t i = 0; i < nargs; i++) {
    c->args[i] = args[i];
    c->arg_ranges[i].begin = c->arg_ranges[i].end = at(line);
  }
  return c;
}

esc_call *tb_alloc(tb *t, esc_node_id var, const char *callee, int64_t size, uint32_t line) {
  esc_call *c = tb_call(t, callee, line, true, 1, ESC_NONE);
  c->arg_const[0] = size;
  if (var != ESC_NONE)
    tb_assign(t, var, c->result, line);
  return c;
}

void tb_analyze(tb *t) { esc_analyze_unit(&t->u, &t->opt, &t->out); }

const esc_finding *tb_finding(tb *t, uint32_t line) {
  for (uint32_t i = 0; i < t->out.n; i++)
    if (t->out.items[i].at.line == line)
      return &t->out.items[i];
  return NULL;
}

bool tb_flow_says(const esc_finding *f, const char *message) {
  for (uint32_t i = 0; f && i < f->nflow; i++)
    if (strstr(f->flow[i].message, message))
      return true;
  return false;
}

int tb_report(void) {
  if (test_failures)
    fprintf(stderr, "%d check(s) failed\n", test_failures);
  return test_failures != 0;
}
