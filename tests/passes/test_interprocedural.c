/* Summaries across functions: allocator and deallocator wrappers, what
 * a callee does with a parameter (keep, return, free), regions through
 * return values and out-parameters, recursion (self and mutual) and
 * variadic calls. */
#include <string.h>

#include "harness.h"

static const esc_finding *expect_in(tb *t, const char *fn, uint32_t line, esc_verdict v, esc_reason r) {
  const esc_finding *f = NULL;
  for (uint32_t i = 0; i < t->out.n; i++)
    if (t->out.items[i].at.line == line && strcmp(t->out.items[i].function, fn) == 0)
      f = &t->out.items[i];
  CHECK(f != NULL);
  if (!f) {
    fprintf(stderr, "no finding in %s at line %u\n", fn, line);
    return NULL;
  }
  if (f->verdict != v || f->reason != r)
    fprintf(stderr, "%s line %u: got %s (%s: %s), want %s (%s)\n", fn, line, esc_verdict_name(f->verdict),
            esc_reason_code(f->reason), f->detail, esc_verdict_name(v), esc_reason_code(r));
  CHECK(f->verdict == v);
  CHECK(f->reason == r);
  return f;
}

/* static void *xmalloc(size_t n) { void *p = malloc(n); return p; } */
static void define_xmalloc(tb *t) {
  tb_function(t, "xmalloc", true);
  tb_param(t, "n");
  esc_node_id p = tb_local(t, "p");
  esc_call *c = tb_alloc(t, p, "malloc", ESC_NOT_CONSTANT, 101);
  c->arg_param[0] = 0;
  tb_call(t, "abort", 102, false, 0);
  tb_return(t, p, 103);
}

static void allocator_wrappers(void) {
  tb t;
  tb_init(&t);
  define_xmalloc(&t);
  /* static node *new_node(void) { return xmalloc(16); } */
  tb_function(&t, "new_node", true);
  esc_call *c = tb_call(&t, "xmalloc", 201, true, 1, ESC_NONE);
  c->arg_const[0] = 16;
  tb_return(&t, t.f->calls[0].result, 201);
  tb_function(&t, "main", false);
  esc_node_id a = tb_local(&t, "a"), b = tb_local(&t, "b"), g = tb_global(&t, "g");
  tb_alloc(&t, a, "xmalloc", 64, 2);
  tb_call(&t, "free", 3, false, 1, a);
  c = tb_call(&t, "new_node", 4, true, 0);
  tb_assign(&t, b, t.f->calls[t.f->ncalls - 1].result, 4);
  tb_assign(&t, g, b, 5);
  tb_analyze(&t);
  const esc_finding *f = expect_in(&t, "xmalloc", 101, ESC_VERDICT_HEAP, ESC_REASON_ALLOCATOR_WRAPPER);
  CHECK(tb_flow_says(f, "returned"));
  expect_in(&t, "new_node", 201, ESC_VERDICT_HEAP, ESC_REASON_ALLOCATOR_WRAPPER);
  f = expect_in(&t, "main", 2, ESC_VERDICT_STACK, ESC_REASON_NONE);
  CHECK(f && strcmp(f->allocator, "xmalloc") == 0 && f->size_bytes == 64);
  f = expect_in(&t, "main", 4, ESC_VERDICT_HEAP, ESC_REASON_STORED_GLOBAL);
  CHECK(f && strcmp(f->allocator, "new_node") == 0 && f->size_bytes == 16);
  tb_free(&t);
}

static void deallocators(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "xfree", true); /* static void xfree(void *p) { free(p); } */
  esc_node_id p = tb_param(&t, "p");
  tb_call(&t, "free", 101, false, 1, p);
  tb_function(&t, "consume", true); /* static void consume(char *p) { puts(p); free(p); } */
  p = tb_param(&t, "p");
  tb_call(&t, "puts", 201, true, 1, p);
  tb_call(&t, "free", 202, false, 1, p);
  tb_function(&t, "main", false);
  esc_node_id a = tb_local(&t, "a"), b = tb_local(&t, "b");
  tb_alloc(&t, a, "malloc", 8, 2);
  tb_call(&t, "xfree", 3, false, 1, a);
  tb_alloc(&t, b, "malloc", 8, 4);
  tb_call(&t, "consume", 5, false, 1, b);
  tb_analyze(&t);
  expect_in(&t, "main", 2, ESC_VERDICT_STACK, ESC_REASON_NONE);
  const esc_finding *f = expect_in(&t, "main", 4, ESC_VERDICT_HEAP, ESC_REASON_FREED_ELSEWHERE);
  CHECK(f && strstr(f->detail, "consume"));
  tb_free(&t);
}

static void parameters(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "keep", true); /* static void keep(char *p) { g = p; } */
  esc_node_id p = tb_param(&t, "p"), g = tb_global(&t, "g");
  tb_assign(&t, g, p, 101);
  tb_function(&t, "id", true); /* static char *id(char *p) { return p; } */
  p = tb_param(&t, "p");
  tb_return(&t, p, 201);
  tb_function(&t, "main", false);
  esc_node_id a = tb_local(&t, "a"), b = tb_local(&t, "b"), c = tb_local(&t, "c"), d = tb_local(&t, "d"),
              e = tb_local(&t, "e"), mg = tb_global(&t, "g");
  tb_alloc(&t, a, "malloc", 8, 2);
  tb_call(&t, "keep", 3, false, 1, a);
  tb_alloc(&t, b, "malloc", 8, 4);
  tb_call(&t, "id", 5, true, 1, b);
  tb_assign(&t, c, t.f->calls[t.f->ncalls - 1].result, 5);
  tb_assign(&t, mg, c, 6);
  tb_alloc(&t, d, "malloc", 8, 7);
  tb_call(&t, "id", 8, true, 1, d);
  tb_assign(&t, e, t.f->calls[t.f->ncalls - 1].result, 8);
  tb_call(&t, "free", 9, false, 1, e);
  tb_analyze(&t);
  const esc_finding *f = expect_in(&t, "main", 2, ESC_VERDICT_HEAP, ESC_REASON_STORED_GLOBAL);
  CHECK(f && strstr(f->detail, "passed to 'keep' argument 1"));
  CHECK(tb_flow_says(f, "passed to 'keep' argument 1"));
  CHECK(tb_flow_says(f, "assigned to 'g'"));
  if (f && f->nflow)
    CHECK(f->flow[f->nflow - 1].at.line == 101);
  expect_in(&t, "main", 4, ESC_VERDICT_HEAP, ESC_REASON_STORED_GLOBAL);
  expect_in(&t, "main", 7, ESC_VERDICT_STACK, ESC_REASON_NONE);
  tb_free(&t);
}

/* static void fill(char **out) { *out = malloc(8); } and its callers. */
static void regions(bool fill_static, bool caller_keeps) {
  tb t;
  tb_init(&t);
  tb_function(&t, "fill", fill_static);
  esc_node_id out = tb_param(&t, "out"), q = tb_local(&t, "q");
  tb_alloc(&t, q, "malloc", 8, 101);
  tb_store(&t, out, q, 102, "*out");
  /* static char *pick(char *buf) { char *p = malloc(8); return n ? p : buf; } */
  tb_function(&t, "pick", true);
  esc_node_id buf = tb_param(&t, "buf"), p = tb_local(&t, "p");
  tb_alloc(&t, p, "malloc", 8, 201);
  tb_return(&t, p, 202);
  tb_return(&t, buf, 203);
  tb_function(&t, "main", false);
  esc_node_id s = tb_local(&t, "s"), ps = tb_local(&t, "ps"), r = tb_local(&t, "r"), g = tb_global(&t, "g");
  tb_addr(&t, ps, s, 2);
  tb_call(&t, "fill", 3, false, 1, ps);
  tb_call(&t, "puts", 4, true, 1, s);
  if (caller_keeps)
    tb_assign(&t, g, s, 5);
  tb_call(&t, "free", 6, false, 1, s);
  tb_call(&t, "pick", 7, true, 1, ESC_NONE);
  tb_assign(&t, r, t.f->calls[t.f->ncalls - 1].result, 7);
  tb_call(&t, "puts", 8, true, 1, r);
  tb_analyze(&t);
  if (!fill_static) {
    const esc_finding *f = expect_in(&t, "fill", 101, ESC_VERDICT_HEAP, ESC_REASON_STORED_PARAM);
    CHECK(f && strstr(f->detail, "external linkage"));
    CHECK(tb_flow_says(f, "stored into '*out'"));
  } else if (caller_keeps) {
    const esc_finding *f = expect_in(&t, "fill", 101, ESC_VERDICT_HEAP, ESC_REASON_STORED_GLOBAL);
    CHECK(tb_flow_says(f, "stored into '*out'"));
    CHECK(f && strstr(f->detail, "handed back to 'main'") && strstr(f->detail, "global 'g'"));
    CHECK(tb_flow_says(f, "handed back by 'fill'"));
  } else {
    const esc_finding *f = expect_in(&t, "fill", 101, ESC_VERDICT_REGION, ESC_REASON_STORED_PARAM);
    CHECK(f && strstr(f->detail, "'main'"));
  }
  expect_in(&t, "pick", 201, ESC_VERDICT_REGION, ESC_REASON_RETURNED);
  tb_free(&t);
}

/* static void walk(char *p, int n) { if (n) walk(p, n - 1); else if (keep) g = p; }
 * and the mutually recursive ping/pong. */
static void recursion(bool keep) {
  tb t;
  tb_init(&t);
  tb_function(&t, "walk", true);
  esc_node_id p = tb_param(&t, "p");
  tb_call(&t, "walk", 101, false, 2, p, ESC_NONE);
  if (keep)
    tb_assign(&t, tb_global(&t, "g"), p, 102);
  tb_function(&t, "ping", true);
  p = tb_param(&t, "p");
  tb_call(&t, "pong", 201, false, 1, p);
  tb_function(&t, "pong", true);
  p = tb_param(&t, "p");
  tb_call(&t, "ping", 301, false, 1, p);
  if (keep)
    tb_call(&t, "mystery", 302, false, 1, p);
  tb_function(&t, "main", false);
  esc_node_id a = tb_local(&t, "a"), b = tb_local(&t, "b");
  tb_alloc(&t, a, "malloc", 8, 2);
  tb_call(&t, "walk", 3, false, 2, a, ESC_NONE);
  tb_call(&t, "free", 4, false, 1, a);
  tb_alloc(&t, b, "malloc", 8, 5);
  tb_call(&t, "ping", 6, false, 1, b);
  tb_analyze(&t);
  if (keep) {
    expect_in(&t, "main", 2, ESC_VERDICT_HEAP, ESC_REASON_STORED_GLOBAL);
    const esc_finding *f = expect_in(&t, "main", 5, ESC_VERDICT_HEAP, ESC_REASON_PASSED_UNKNOWN);
    CHECK(f && strstr(f->detail, "mystery"));
  } else {
    expect_in(&t, "main", 2, ESC_VERDICT_STACK, ESC_REASON_NONE);
    expect_in(&t, "main", 5, ESC_VERDICT_STACK, ESC_REASON_NONE);
  }
  tb_free(&t);
}

/* static void logf(const char *fmt, ...); the extra argument escapes. */
static void variadic(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "logf", true)->is_variadic = true;
  tb_param(&t, "fmt");
  tb_function(&t, "main", false);
  esc_node_id a = tb_local(&t, "a"), b = tb_local(&t, "b");
  tb_alloc(&t, a, "malloc", 8, 2);
  tb_alloc(&t, b, "malloc", 8, 3);
  tb_call(&t, "logf", 4, false, 2, b, a);
  tb_analyze(&t);
  const esc_finding *f = expect_in(&t, "main", 2, ESC_VERDICT_HEAP, ESC_REASON_PASSED_UNKNOWN);
  CHECK(f && strstr(f->detail, "variadic"));
  expect_in(&t, "main", 3, ESC_VERDICT_STACK, ESC_REASON_NONE);
  tb_free(&t);
}

/* static void note(int n, ...) { va_list ap; va_start(ap, n); s = va_arg(ap, char *);
 * if (keep) g = s; else puts(s); }  with the "..." parameter of graph.h. */
static void varargs_parameter(bool keep) {
  tb t;
  tb_init(&t);
  tb_function(&t, "note", true)->is_variadic = true;
  tb_param(&t, "n");
  esc_node_id dots = tb_param(&t, "..."), ap = tb_local(&t, "ap"), pap = tb_local(&t, "pap"),
              s = tb_local(&t, "s");
  tb_addr(&t, pap, ap, 101);
  tb_store(&t, pap, dots, 101, "ap");
  tb_load(&t, s, pap, 102);
  if (keep)
    tb_assign(&t, tb_global(&t, "g"), s, 103);
  else
    tb_call(&t, "puts", 103, true, 1, s);
  tb_function(&t, "main", false);
  esc_node_id a = tb_local(&t, "a"), b = tb_local(&t, "b");
  tb_alloc(&t, a, "malloc", 8, 2);
  tb_alloc(&t, b, "malloc", 8, 3);
  tb_call(&t, "note", 4, false, 3, ESC_NONE, a, b);
  tb_analyze(&t);
  esc_verdict v = keep ? ESC_VERDICT_HEAP : ESC_VERDICT_STACK;
  esc_reason r = keep ? ESC_REASON_STORED_GLOBAL : ESC_REASON_NONE;
  expect_in(&t, "main", 2, v, r);
  expect_in(&t, "main", 3, v, r);
  tb_free(&t);
}

/* static struct slice make(void) { struct slice s = {malloc(8)}; return s; }
 * returns a struct: no allocator wrapper, a region for main, which frees it. */
static void aggregate_return(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "make", true)->returns_aggregate = true;
  esc_node_id s = tb_local(&t, "s");
  tb_alloc(&t, s, "malloc", 8, 101);
  tb_return(&t, s, 102);
  tb_function(&t, "main", false);
  esc_node_id m = tb_local(&t, "m");
  tb_call(&t, "make", 2, true, 0);
  tb_assign(&t, m, t.f->calls[0].result, 2);
  tb_call(&t, "free", 3, false, 1, m);
  tb_analyze(&t);
  expect_in(&t, "make", 101, ESC_VERDICT_REGION, ESC_REASON_RETURNED);
  CHECK(t.out.n == 1);
  tb_free(&t);
}

int main(void) {
  varargs_parameter(false);
  varargs_parameter(true);
  aggregate_return();
  allocator_wrappers();
  deallocators();
  parameters();
  regions(true, false);
  regions(true, true);
  regions(false, false);
  recursion(false);
  recursion(true);
  variadic();
  return tb_report();
}
