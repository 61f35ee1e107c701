/* Calls into edges. The frontend records every call neutrally (graph.h);
 * here each becomes what it means for the points-to graph:
 *   allocator      a new site (an ALLOC node) and result = &site
 *   deallocator    a FREE event (lifetimes.c checks it frees only one object)
 *   unit function  its summary re-expressed on the arguments (summary.c)
 *   library        the model's edges (libc_model.c)
 *   unknown        every argument escapes (passed-unknown), result = &EXTERNAL
 *   indirect       the same, as passed-indirect
 * and every sink (a pointer made an integer, a construct not modelled)
 * an edge into EXTERNAL with its reason. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static esc__note *new_note(esc__fa *fa, esc_reason reason, const char *detail) {
  esc__note *note = esc_arena_alloc(&fa->cx->arena, sizeof *note);
  note->reason = reason;
  note->detail = detail;
  return note;
}

/* What the argument points to escapes, for reason. */
static void escape_arg(esc__fa *fa, const esc_call *c, esc_node_id arg, const esc__note *note) {
  esc__fa_edge(fa, ESC_EDGE_COPY, fa->f->external, arg, c->loc, note);
}

static void result_external(esc__fa *fa, const esc_call *c) {
  esc__fa_edge(fa, ESC_EDGE_ADDR, c->result, fa->f->external, c->loc, NULL);
}

static void call_unknown(esc__fa *fa, const esc_call *c, esc_reason reason, const char *detail) {
  const esc__note *note = new_note(fa, reason, detail);
  for (uint32_t i = 0; i < c->nargs; i++)
    if (c->args[i] != ESC_NONE)
      escape_arg(fa, c, c->args[i], note);
  result_external(fa, c);
}

/* A node pointing to `obj`, for stores of its address. */
static esc_node_id address_of(esc__fa *fa, esc_node_id obj, esc_loc at) {
  esc_node_id t = esc__fa_node(fa, ESC_NODE_TEMP, "&");
  esc__fa_edge(fa, ESC_EDGE_ADDR, t, obj, at, NULL);
  return t;
}

static void call_allocator(esc__fa *fa, uint32_t call, esc__allocator a) {
  const esc_call *c = &fa->f->calls[call];
  uint32_t s = esc__fa_site(fa, ESC__SITE_ALLOC, call, c->callee);
  fa->sites[s].size = esc__size_of_call(c, a.how);
  esc_node_id site = fa->sites[s].node;
  if (a.how == ESC__ALLOC_ARG2_OUT0) {
    if (c->nargs > 0)
      esc__fa_edge(fa, ESC_EDGE_STORE, c->args[0], address_of(fa, site, c->loc), c->loc, NULL);
    return;
  }
  esc__fa_edge(fa, ESC_EDGE_ADDR, c->result, site, c->loc, NULL);
  if (a.how == ESC__ALLOC_USER)
    call_unknown(fa, &(esc_call){.nargs = c->nargs, .args = c->args, .loc = c->loc,
                                 .result = ESC_NONE},
                 ESC_REASON_PASSED_UNKNOWN,
                 esc__fmt(fa->cx, "passed to allocator '%s', which the analysis cannot see", c->callee));
  if (a.reallocs && c->nargs > 0 && c->args[0] != ESC_NONE) {
    /* The new object holds what the old one held. */
    esc__fa_event(fa, ESC__EVENT_REALLOC, c->args[0], call, c->callee);
    esc_node_id old = esc__fa_node(fa, ESC_NODE_TEMP, "*old");
    esc__fa_edge(fa, ESC_EDGE_LOAD, old, c->args[0], c->loc, NULL);
    esc__fa_edge(fa, ESC_EDGE_STORE, address_of(fa, site, c->loc), old, c->loc, NULL);
  }
}

/* The summary's values at this call: PARAM_OBJ i is argument i, PARAM_DEEP
 * i all it reaches (a node closed under loads), fresh objects one site. */
typedef struct at_call {
  esc__fa *fa;
  const esc_call *c;
  esc__summary *sum; /* its effects cache their wording at calls */
  esc_node_id *deep;
  esc_node_id fresh, fresh_ptr, ext_ptr;
  uint32_t call;
  uint32_t varargs_param; /* the callee's "..." parameter, or ESC_NONE */
  esc_node_id varargs;    /* the node holding the extra arguments */
} at_call;

static esc_node_id arg_of(at_call *a, uint32_t i) {
  if (i == a->varargs_param)
    return a->varargs;
  return i < a->c->nargs ? a->c->args[i] : ESC_NONE;
}

uint32_t esc__varargs_param(const esc_function *f) {
  if (!f->is_variadic || f->nparams == 0)
    return ESC_NONE;
  const esc_node *last = &f->nodes[f->params[f->nparams - 1]];
  return last->name && strcmp(last->name, "...") == 0 ? f->nparams - 1 : ESC_NONE;
}

/* One node holding every extra argument, for the "..." parameter. */
static void gather_varargs(at_call *a) {
  a->varargs = esc__fa_node(a->fa, ESC_NODE_TEMP, "...");
  for (uint32_t i = a->varargs_param; i < a->c->nargs; i++)
    esc__fa_edge(a->fa, ESC_EDGE_COPY, a->varargs, a->c->args[i], a->c->loc, NULL);
}

static esc_node_id deep_of(at_call *a, uint32_t i) {
  if (arg_of(a, i) == ESC_NONE)
    return ESC_NONE;
  if (a->deep[i] == ESC_NONE) {
    esc_node_id d = esc__fa_node(a->fa, ESC_NODE_TEMP, "<reachable>");
    esc__fa_edge(a->fa, ESC_EDGE_LOAD, d, arg_of(a, i), a->c->loc, NULL);
    esc__fa_edge(a->fa, ESC_EDGE_LOAD, d, d, a->c->loc, NULL);
    a->deep[i] = d;
  }
  return a->deep[i];
}

/* The site standing for the callee's fresh objects at this call: a site of
 * its own when the callee is an allocator wrapper, else a proxy. */
static esc_node_id fresh_ptr(at_call *a) {
  if (a->fresh_ptr != ESC_NONE)
    return a->fresh_ptr;
  esc__fa *fa = a->fa;
  uint32_t s = esc__fa_site(fa, a->sum->allocator ? ESC__SITE_WRAPPER : ESC__SITE_PROXY, a->call,
                            a->c->callee);
  if (a->sum->allocator)
    fa->sites[s].size = esc__size_at_call(&a->sum->size, a->c);
  fa->call_site[a->call] = s;
  a->fresh = fa->sites[s].node;
  if (a->sum->fresh_holds)
    esc__fa_edge(fa, ESC_EDGE_ADDR, a->fresh, fa->f->external, a->c->loc, NULL);
  a->fresh_ptr = esc__fa_node(fa, ESC_NODE_TEMP, "&");
  esc__note *origin = NULL;
  if (!a->sum->allocator) { /* a proxy's flow starts where the callee hands it back */
    esc__step *step = esc_arena_alloc(&fa->cx->arena, sizeof *step);
    *step = (esc__step){.loc = a->c->loc, .message = esc__fmt(fa->cx, "handed back by '%s'", a->c->callee)};
    origin = new_note(fa, ESC_REASON_NONE, "");
    origin->callee_flow = (esc__flow){.n = 1, .steps = step};
  }
  esc__fa_edge(fa, ESC_EDGE_ADDR, a->fresh_ptr, a->fresh, a->c->loc, origin);
  return a->fresh_ptr;
}

static esc_node_id obj_value(at_call *a, uint8_t obj, uint32_t param) {
  switch (obj) {
  case ESC__OBJ_PO:
    return arg_of(a, param);
  case ESC__OBJ_PD:
    return deep_of(a, param);
  case ESC__OBJ_FRESH:
    return fresh_ptr(a);
  default:
    if (a->ext_ptr == ESC_NONE)
      a->ext_ptr = address_of(a->fa, a->fa->f->external, a->c->loc);
    return a->ext_ptr;
  }
}

static void apply_rel(at_call *a, const esc__rel *r) {
  esc_node_id v = obj_value(a, r->obj, r->obj_param);
  esc_loc at = a->c->loc;
  switch (r->holder) {
  case ESC__HOLD_RET:
    esc__fa_edge(a->fa, ESC_EDGE_COPY, a->c->result, v, at, NULL);
    break;
  case ESC__HOLD_PO:
    esc__fa_edge(a->fa, ESC_EDGE_STORE, arg_of(a, r->holder_param), v, at, NULL);
    break;
  default:
    esc__fa_edge(a->fa, ESC_EDGE_STORE, deep_of(a, r->holder_param), v, at, NULL);
    break;
  }
}

static void apply_fx(at_call *a, uint32_t k) {
  const esc__objfx *fx = &a->sum->fx[k];
  uint32_t param = k / 2;
  esc_node_id v = k % 2 ? deep_of(a, param) : arg_of(a, param);
  if (v == ESC_NONE)
    return;
  esc__fa *fa = a->fa;
  if (fx->escapes) {
    esc__note *note = new_note(fa, fx->why.reason, fx->at_call);
    note->callee_flow = fx->why.flow;
    escape_arg(fa, a->c, v, note);
  }
  if (fx->freed) {
    bool plain = a->sum->deallocator && k == 2 * a->sum->dealloc_param;
    esc__fa_event(fa, plain ? ESC__EVENT_FREE : ESC__EVENT_FREED_ELSEWHERE, v, a->call, a->c->callee);
  }
  if (fx->realloced)
    esc__fa_event(fa, ESC__EVENT_REALLOC, v, a->call, a->c->callee);
}

static void call_defined(esc__fa *fa, uint32_t call, const esc__fn *callee) {
  const esc_call *c = &fa->f->calls[call];
  if (callee->unknown) {
    call_unknown(fa, c, ESC_REASON_PASSED_UNKNOWN,
                 esc__fmt(fa->cx, "passed to '%s', which the analysis could not summarize", c->callee));
    fa->other_calls++;
    return;
  }
  esc__summary *sum = callee->sum;
  if (!sum) /* first round of a recursive SCC: no effects yet */
    return;
  if (sum->deallocator)
    fa->dealloc_calls++;
  else
    fa->other_calls++;
  esc_node_id deep[16];
  uint32_t ndeep = c->nargs + sum->nparams;
  at_call a = {.fa = fa, .c = c, .sum = sum, .call = call,
               .deep = ndeep <= 16 ? deep : malloc(ndeep * sizeof *a.deep),
               .fresh = ESC_NONE, .fresh_ptr = ESC_NONE, .ext_ptr = ESC_NONE,
               .varargs_param = esc__varargs_param(callee->f), .varargs = ESC_NONE};
  for (uint32_t i = 0; i < ndeep; i++)
    a.deep[i] = ESC_NONE;
  if (a.varargs_param != ESC_NONE)
    gather_varargs(&a);
  if (sum->allocator) /* a site even when its result is unused */
    fresh_ptr(&a);
  for (uint32_t r = 0; r < sum->nrels; r++)
    apply_rel(&a, &sum->rels[r]);
  for (uint32_t k = 0; k < 2 * sum->nparams; k++)
    apply_fx(&a, k);
  const esc__note *variadic = NULL;
  for (uint32_t i = sum->nparams; a.varargs_param == ESC_NONE && i < c->nargs; i++)
    if (c->args[i] != ESC_NONE) {
      if (!variadic)
        variadic = new_note(fa, ESC_REASON_PASSED_UNKNOWN,
                            esc__fmt(fa->cx, "passed to '%s' as a variadic argument", c->callee));
      escape_arg(fa, c, c->args[i], variadic);
    }
  if (a.deep != deep)
    free(a.deep);
}

static void call_effects(esc__fa *fa, uint32_t call) {
  const esc_call *c = &fa->f->calls[call];
  const esc__call_class *cc = &fa->fn->calls[call];
  char buf[128];
  switch (cc->kind) {
  case ESC__CALLEE_ALLOCATOR:
    fa->other_calls++;
    call_allocator(fa, call, cc->alloc);
    break;
  case ESC__CALLEE_DEALLOCATOR:
    fa->dealloc_calls++;
    if (c->nargs > 0)
      esc__fa_event(fa, ESC__EVENT_FREE, c->args[0], call, c->callee);
    break;
  case ESC__CALLEE_DEFINED:
    call_defined(fa, call, &fa->cx->fns[cc->callee]);
    break;
  case ESC__CALLEE_LIBRARY:
    fa->other_calls++;
    esc__libc_apply(fa, call, esc__libc_find(esc__normalize(c->callee, buf, sizeof buf)));
    break;
  case ESC__CALLEE_UNKNOWN:
    fa->other_calls++;
    call_unknown(fa, c, ESC_REASON_PASSED_UNKNOWN,
                 esc__fmt(fa->cx, "passed to '%s', which has no body and no model", c->callee));
    break;
  case ESC__CALLEE_INDIRECT:
    fa->other_calls++;
    call_unknown(fa, c, ESC_REASON_PASSED_INDIRECT, "passed to a call through a function pointer");
    break;
  }
}

static void sink_effects(esc__fa *fa, const esc_sink *k) {
  bool to_int = k->kind == ESC_SINK_ADDRESS_TO_INTEGER;
  const char *text = k->text ? k->text : "";
  esc__note *note = new_note(fa, to_int ? ESC_REASON_ADDRESS_TO_INTEGER : ESC_REASON_UNMODELED,
                             to_int ? esc__fmt(fa->cx, "its address is converted to '%s'", text)
                                    : esc__fmt(fa->cx, "it reaches %s, which the analysis does not model", text));
  esc__step *step = esc_arena_alloc(&fa->cx->arena, sizeof *step);
  step->loc = k->loc;
  step->message = to_int ? esc__fmt(fa->cx, "converted to integer type '%s'", text)
                         : esc__fmt(fa->cx, "used in %s (not modelled)", text);
  note->callee_flow = (esc__flow){.n = 1, .steps = step};
  esc__fa_edge(fa, ESC_EDGE_COPY, fa->f->external, k->src, k->loc, note);
}

void esc__effects(esc__fa *fa) {
  for (uint32_t i = 0; i < fa->f->ncalls; i++)
    call_effects(fa, i);
  for (uint32_t i = 0; i < fa->f->nsinks; i++)
    sink_effects(fa, &fa->f->sinks[i]);
}
