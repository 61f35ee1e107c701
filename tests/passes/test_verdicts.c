/* Every intraprocedural verdict rule on a hand-built graph, each both ways:
 * the case that keeps the object on the stack and the one that does not,
 * with the reason and the flow the finding must carry. */
#include <string.h>

#include "harness.h"

static const esc_finding *expect(tb *t, uint32_t line, esc_verdict v, esc_reason r) {
  const esc_finding *f = tb_finding(t, line);
  CHECK(f != NULL);
  if (!f)
    return NULL;
  if (f->verdict != v || f->reason != r)
    fprintf(stderr, "line %u: got %s (%s: %s), want %s (%s)\n", line, esc_verdict_name(f->verdict),
            esc_reason_code(f->reason), f->detail, esc_verdict_name(v), esc_reason_code(r));
  CHECK(f->verdict == v);
  CHECK(f->reason == r);
  return f;
}

/* char *p = malloc(64); p[0] = 0; free(p); */
static void stack_and_free(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "f", false);
  esc_node_id p = tb_local(&t, "p");
  tb_alloc(&t, p, "malloc", 64, 2);
  tb_call(&t, "free", 3, false, 1, p);
  tb_analyze(&t);
  const esc_finding *f = expect(&t, 2, ESC_VERDICT_STACK, ESC_REASON_NONE);
  CHECK(f && f->size_bytes == 64 && strcmp(f->allocator, "malloc") == 0 && strcmp(f->function, "f") == 0);
  CHECK(f && f->at.file && strcmp(f->at.file, "t.c") == 0);
  tb_free(&t);
}

static void sizes(void) {
  tb t;
  tb_init(&t);
  t.opt.max_stack_bytes = 100;
  tb_function(&t, "f", false);
  esc_node_id a = tb_local(&t, "a"), b = tb_local(&t, "b"), c = tb_local(&t, "c"), d = tb_local(&t, "d");
  tb_alloc(&t, a, "malloc", ESC_NOT_CONSTANT, 2);
  tb_alloc(&t, b, "malloc", 101, 3);
  esc_call *cc = tb_call(&t, "calloc", 4, true, 2, ESC_NONE, ESC_NONE);
  cc->arg_const[0] = 10;
  cc->arg_const[1] = 10;
  tb_assign(&t, c, t.f->calls[t.f->ncalls - 1].result, 4);
  esc_call *sd = tb_call(&t, "__builtin_strdup", 5, true, 1, ESC_NONE);
  sd->arg_strlen[0] = 5;
  tb_assign(&t, d, t.f->calls[t.f->ncalls - 1].result, 5);
  esc_call *ov = tb_call(&t, "calloc", 6, true, 2, ESC_NONE, ESC_NONE);
  ov->arg_const[0] = INT64_MAX / 2;
  ov->arg_const[1] = 16;
  tb_analyze(&t);
  expect(&t, 2, ESC_VERDICT_STACK_FALLBACK, ESC_REASON_SIZE_NOT_CONSTANT);
  expect(&t, 3, ESC_VERDICT_STACK_FALLBACK, ESC_REASON_SIZE_OVER_LIMIT);
  const esc_finding *f = expect(&t, 4, ESC_VERDICT_STACK, ESC_REASON_NONE);
  CHECK(f && f->size_bytes == 100);
  CHECK(f && f->size_begin.file != NULL);
  f = expect(&t, 5, ESC_VERDICT_STACK, ESC_REASON_NONE);
  CHECK(f && f->size_bytes == 6);
  expect(&t, 6, ESC_VERDICT_STACK_FALLBACK, ESC_REASON_SIZE_OVER_LIMIT);
  tb_free(&t);
}

/* p = malloc; q = p; g = q;  -> stored-global with both steps */
static void stored_global(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "f", false);
  esc_node_id p = tb_local(&t, "p"), q = tb_local(&t, "q"), g = tb_global(&t, "g");
  tb_alloc(&t, p, "malloc", 8, 2);
  tb_assign(&t, q, p, 3);
  tb_assign(&t, g, q, 4);
  tb_analyze(&t);
  const esc_finding *f = expect(&t, 2, ESC_VERDICT_HEAP, ESC_REASON_STORED_GLOBAL);
  CHECK(f && f->nflow >= 3);
  CHECK(f && f->nflow >= 3 && strcmp(f->flow[0].message, "assigned to 'p'") == 0);
  CHECK(f && f->nflow >= 3 && strcmp(f->flow[1].message, "assigned to 'q'") == 0 && f->flow[1].at.line == 3);
  CHECK(f && f->nflow >= 3 && strcmp(f->flow[2].message, "assigned to 'g'") == 0 && f->flow[2].at.line == 4);
  CHECK(f && strstr(f->detail, "'g'"));
  tb_free(&t);
}

/* s = malloc; b = malloc; s->buf = b; g = s: b is stored-heap, s stored-global */
static void stored_heap(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "f", false);
  esc_node_id s = tb_local(&t, "s"), b = tb_local(&t, "b"), g = tb_global(&t, "g");
  tb_alloc(&t, s, "malloc", 16, 2);
  tb_alloc(&t, b, "malloc", 16, 3);
  tb_store(&t, s, b, 4, "s->buf");
  tb_assign(&t, g, s, 5);
  tb_analyze(&t);
  expect(&t, 2, ESC_VERDICT_HEAP, ESC_REASON_STORED_GLOBAL);
  const esc_finding *f = expect(&t, 3, ESC_VERDICT_HEAP, ESC_REASON_STORED_HEAP);
  CHECK(tb_flow_says(f, "stored into 's->buf'"));
  CHECK(tb_flow_says(f, "assigned to 'g'"));
  tb_free(&t);
}

/* A local struct holding the pointer does not make it escape. */
static void held_by_local(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "f", false);
  esc_node_id s = tb_local(&t, "s"), ps = tb_local(&t, "ps"), p = tb_local(&t, "p");
  tb_addr(&t, ps, s, 2);
  tb_alloc(&t, p, "malloc", 16, 3);
  tb_store(&t, ps, p, 4, "ps->buf");
  tb_call(&t, "free", 5, false, 1, p);
  tb_analyze(&t);
  expect(&t, 3, ESC_VERDICT_STACK, ESC_REASON_NONE);
  tb_free(&t);
}

static void calls_that_keep(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "f", false);
  esc_node_id a = tb_local(&t, "a"), b = tb_local(&t, "b"), c = tb_local(&t, "c"), d = tb_local(&t, "d"),
              e = tb_local(&t, "e"), fp = tb_local(&t, "fp"), h = tb_local(&t, "h");
  tb_alloc(&t, a, "malloc", 8, 2);
  tb_call(&t, "mystery", 3, false, 1, a);
  tb_alloc(&t, b, "malloc", 8, 4);
  tb_call(&t, NULL, 5, false, 1, b);
  tb_alloc(&t, c, "malloc", 8, 6);
  tb_call(&t, "pthread_create", 7, true, 4, fp, ESC_NONE, ESC_NONE, c);
  tb_alloc(&t, d, "malloc", 8, 8);
  tb_call(&t, "setvbuf", 9, true, 4, fp, d, ESC_NONE, ESC_NONE);
  tb_alloc(&t, e, "malloc", 8, 10);
  tb_call(&t, "__builtin___memset_chk", 11, true, 4, e, ESC_NONE, ESC_NONE, ESC_NONE);
  tb_call(&t, "printf", 12, true, 2, ESC_NONE, e);
  tb_call(&t, "strlen", 13, true, 1, e);
  tb_call(&t, "free", 14, false, 1, e);
  tb_alloc(&t, h, "malloc", 8, 15);
  tb_call(&t, "strtok", 16, true, 2, h, ESC_NONE);
  tb_analyze(&t);
  const esc_finding *f = expect(&t, 2, ESC_VERDICT_HEAP, ESC_REASON_PASSED_UNKNOWN);
  CHECK(f && strstr(f->detail, "mystery"));
  CHECK(tb_flow_says(f, "passed to 'mystery' argument 1"));
  expect(&t, 4, ESC_VERDICT_HEAP, ESC_REASON_PASSED_INDIRECT);
  expect(&t, 6, ESC_VERDICT_HEAP, ESC_REASON_CAPTURED_THREAD);
  expect(&t, 8, ESC_VERDICT_HEAP, ESC_REASON_KEPT_BY_LIBRARY);
  expect(&t, 10, ESC_VERDICT_STACK, ESC_REASON_NONE);
  expect(&t, 15, ESC_VERDICT_HEAP, ESC_REASON_KEPT_BY_LIBRARY);
  tb_free(&t);
}

/* memcpy(&g, arr) copies the pointers arr holds into global g. */
static void memcpy_copies_pointers(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "f", false);
  esc_node_id arr = tb_local(&t, "arr"), parr = tb_local(&t, "parr"), p = tb_local(&t, "p"),
              g = tb_global(&t, "g"), pg = tb_local(&t, "pg");
  tb_addr(&t, parr, arr, 2);
  tb_addr(&t, pg, g, 2);
  tb_alloc(&t, p, "malloc", 8, 3);
  tb_store(&t, parr, p, 4, "arr[0]");
  tb_call(&t, "memcpy", 5, true, 3, pg, parr, ESC_NONE);
  tb_analyze(&t);
  expect(&t, 3, ESC_VERDICT_HEAP, ESC_REASON_STORED_GLOBAL);
  tb_free(&t);
}

/* void f(struct s *u) { u->p->q = malloc(); } through a pointer loaded from
 * a global: stored-unknown */
static void stored_unknown(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "f", false);
  esc_node_id g = tb_global(&t, "gp"), q = tb_local(&t, "q"), p = tb_local(&t, "p");
  esc_call *c = tb_call(&t, "getenv", 2, true, 1, ESC_NONE);
  tb_assign(&t, q, c->result, 2);
  (void)g;
  tb_alloc(&t, p, "malloc", 8, 3);
  tb_store(&t, q, p, 4, "q->x");
  tb_analyze(&t);
  const esc_finding *f = expect(&t, 3, ESC_VERDICT_HEAP, ESC_REASON_STORED_UNKNOWN);
  CHECK(f && strstr(f->detail, "q->x"));
  tb_free(&t);
}

/* static struct s *active; active->name = malloc(8);  stored-global */
static void stored_through_global(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "f", false);
  esc_node_id active = tb_global(&t, "active"), ptr = tb_temp(&t), p = tb_temp(&t);
  tb_assign(&t, ptr, active, 2);
  esc_call *c = tb_alloc(&t, ESC_NONE, "malloc", 8, 2);
  tb_assign(&t, p, c->result, 2);
  tb_store(&t, ptr, p, 2, "active->name");
  tb_analyze(&t);
  const esc_finding *f = expect(&t, 2, ESC_VERDICT_HEAP, ESC_REASON_STORED_GLOBAL);
  CHECK(f && strstr(f->detail, "global 'active'"));
  tb_free(&t);
}

static void lifetimes(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "f", false);
  esc_node_id a = tb_local(&t, "a"), b = tb_local(&t, "b"), c = tb_local(&t, "c"), x = tb_local(&t, "x");
  tb_alloc(&t, a, "malloc", 8, 2);
  esc_call *r = tb_call(&t, "realloc", 3, true, 2, a, ESC_NONE);
  r->arg_const[1] = 16;
  tb_assign(&t, a, t.f->calls[t.f->ncalls - 1].result, 3);
  tb_alloc(&t, b, "malloc", 8, 4);
  tb_alloc(&t, c, "malloc", 8, 5);
  tb_assign(&t, x, b, 6);
  tb_assign(&t, x, c, 7);
  tb_call(&t, "free", 8, false, 1, x);
  tb_call(&t, "free", 9, false, 1, a);
  tb_analyze(&t);
  expect(&t, 2, ESC_VERDICT_HEAP, ESC_REASON_REALLOC);
  /* a = realloc(a, 16): a also holds realloc's result, so (flow-insensitive)
   * realloc's argument may be that result too. */
  expect(&t, 3, ESC_VERDICT_HEAP, ESC_REASON_REALLOC);
  const esc_finding *f = expect(&t, 4, ESC_VERDICT_HEAP, ESC_REASON_AMBIGUOUS_FREE);
  CHECK(tb_flow_says(f, "freed by 'free'"));
  expect(&t, 5, ESC_VERDICT_HEAP, ESC_REASON_AMBIGUOUS_FREE);
  tb_free(&t);
}

/* for (...) { char *in = malloc(); char *out; out = in; }  */
static void loops(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "f", false);
  uint32_t loop = esc_fn_add_loop(&t.u, t.f, 0, at(2));
  uint32_t inner = esc_fn_add_loop(&t.u, t.f, loop, at(3));
  esc_node_id outside = tb_local(&t, "outside");
  esc_node_id in = tb_local_in(&t, "in", loop), in2 = tb_local_in(&t, "in2", inner);
  esc_call *c = tb_alloc(&t, in, "malloc", 8, 4);
  c->loop = loop;
  c = tb_alloc(&t, in2, "malloc", 8, 5);
  c->loop = inner;
  esc_node_id box = tb_local_in(&t, "box", loop);
  c = tb_alloc(&t, box, "malloc", 8, 6);
  c->loop = inner;
  esc_node_id deep = tb_local_in(&t, "deep", inner);
  c = tb_alloc(&t, deep, "malloc", 8, 7);
  c->loop = inner;
  tb_store(&t, box, deep, 8, "box->p");
  tb_assign(&t, outside, box, 9);
  tb_analyze(&t);
  const esc_finding *f = expect(&t, 4, ESC_VERDICT_STACK, ESC_REASON_NONE);
  CHECK(f && f->in_loop);
  expect(&t, 5, ESC_VERDICT_STACK, ESC_REASON_NONE);
  f = expect(&t, 6, ESC_VERDICT_HEAP, ESC_REASON_LOOP_CARRIED);
  CHECK(tb_flow_says(f, "assigned to 'outside'"));
  expect(&t, 7, ESC_VERDICT_HEAP, ESC_REASON_LOOP_CARRIED);
  tb_free(&t);
}

static void sinks(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "f", false);
  esc_node_id a = tb_local(&t, "a"), b = tb_local(&t, "b");
  tb_alloc(&t, a, "malloc", 8, 2);
  esc_fn_add_sink(&t.u, t.f, ESC_SINK_ADDRESS_TO_INTEGER, a, at(3), "uintptr_t");
  tb_alloc(&t, b, "malloc", 8, 4);
  esc_fn_add_sink(&t.u, t.f, ESC_SINK_UNMODELED, b, at(5), "inline assembly");
  tb_analyze(&t);
  const esc_finding *f = expect(&t, 2, ESC_VERDICT_HEAP, ESC_REASON_ADDRESS_TO_INTEGER);
  CHECK(tb_flow_says(f, "uintptr_t"));
  expect(&t, 4, ESC_VERDICT_HEAP, ESC_REASON_UNMODELED);
  tb_free(&t);
}

static void user_lists(void) {
  tb t;
  tb_init(&t);
  const char *allocs[] = {"pool_get"}, *deallocs[] = {"pool_put"};
  t.opt.allocators = allocs;
  t.opt.nallocators = 1;
  t.opt.deallocators = deallocs;
  t.opt.ndeallocators = 1;
  tb_function(&t, "f", false);
  esc_node_id a = tb_local(&t, "a");
  tb_alloc(&t, a, "pool_get", 32, 2);
  tb_call(&t, "pool_put", 3, false, 1, a);
  tb_analyze(&t);
  const esc_finding *f = expect(&t, 2, ESC_VERDICT_STACK, ESC_REASON_NONE);
  CHECK(f && strcmp(f->allocator, "pool_get") == 0 && f->size_bytes == 32);
  tb_free(&t);
}

/* A solver budget too small for f: its sites are heap (unmodeled), and a
 * caller passing it a pointer treats it as unknown. */
static void solver_budget(void) {
  tb t;
  tb_init(&t);
  t.opt.solver_budget = 40;
  tb_function(&t, "f", false);
  esc_node_id p = tb_param(&t, "p"), a = tb_local(&t, "a"), prev = a;
  tb_alloc(&t, a, "malloc", 8, 2);
  tb_assign(&t, a, p, 3);
  for (int i = 0; i < 40; i++) { /* a chain of copies: over the budget */
    esc_node_id next = tb_local(&t, "x");
    tb_assign(&t, next, prev, 4);
    prev = next;
  }
  tb_function(&t, "main", false);
  esc_node_id c = tb_local(&t, "c");
  tb_alloc(&t, c, "malloc", 8, 10);
  tb_call(&t, "f", 11, false, 1, c);
  tb_analyze(&t);
  const esc_finding *fd = expect(&t, 2, ESC_VERDICT_HEAP, ESC_REASON_UNMODELED);
  CHECK(fd && strstr(fd->detail, "budget"));
  expect(&t, 10, ESC_VERDICT_HEAP, ESC_REASON_PASSED_UNKNOWN);
  tb_free(&t);
}

/* posix_memalign(&p, 16, 64): a site through its out-parameter;
 * getline(&line, ...) reallocates *&line; alloca'd memory is this frame's. */
static void library_shapes(void) {
  tb t;
  tb_init(&t);
  tb_function(&t, "f", false);
  esc_node_id p = tb_local(&t, "p"), pp = tb_local(&t, "pp"), line = tb_local(&t, "line"),
              pline = tb_local(&t, "pline"), scratch = tb_local(&t, "scratch"), q = tb_local(&t, "q");
  tb_addr(&t, pp, p, 2);
  esc_call *c = tb_call(&t, "posix_memalign", 2, true, 3, pp, ESC_NONE, ESC_NONE);
  c->arg_const[1] = 16;
  c->arg_const[2] = 64;
  tb_call(&t, "free", 3, false, 1, p);
  tb_alloc(&t, line, "malloc", 8, 4);
  tb_addr(&t, pline, line, 5);
  tb_call(&t, "getline", 5, true, 3, pline, ESC_NONE, ESC_NONE);
  tb_call(&t, "__builtin_alloca", 6, true, 1, ESC_NONE);
  tb_assign(&t, scratch, t.f->calls[t.f->ncalls - 1].result, 6);
  tb_alloc(&t, q, "malloc", 8, 7);
  tb_store(&t, scratch, q, 8, "scratch[0]");
  tb_analyze(&t);
  const esc_finding *f = expect(&t, 2, ESC_VERDICT_STACK, ESC_REASON_NONE);
  CHECK(f && f->size_bytes == 64);
  expect(&t, 4, ESC_VERDICT_HEAP, ESC_REASON_REALLOC);
  expect(&t, 7, ESC_VERDICT_STACK, ESC_REASON_NONE);
  CHECK(tb_finding(&t, 6) == NULL); /* alloca is no site */
  tb_free(&t);
}

int main(void) {
  library_shapes();
  solver_budget();
  stack_and_free();
  sizes();
  stored_global();
  stored_heap();
  held_by_local();
  calls_that_keep();
  memcpy_copies_pointers();
  stored_unknown();
  stored_through_global();
  lifetimes();
  loops();
  sinks();
  user_lists();
  return tb_report();
}
