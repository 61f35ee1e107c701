/* Summaries: what a function does to what its parameters point to, in
 * terms its callers can re-apply (effects.c), like Go's leaks.go.
 *
 *   rels   its return value or a parameter's caller memory may hold a
 *          parameter's object (PARAM_OBJ i), what that reaches
 *          (PARAM_DEEP i), unknown memory, or fresh objects it allocated;
 *   fx     per PARAM_OBJ / PARAM_DEEP: escapes (with the callee's reason,
 *          words and flow, shown after the caller's own), freed, realloced;
 *   allocator    every object its return may point to is a fresh site of
 *                its own, held by nothing but the return value (NULL aside):
 *                an allocator wrapper, whose calls are allocation sites;
 *   deallocator  its only calls free one parameter's object and nothing
 *                else: callers treat a call of it as free().
 * A fresh object held through another escaping object, a local, or a
 * global is "unknown memory" to the caller (sound: whatever is stored into
 * it escapes there). */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct builder {
  esc__fa *fa;
  esc__summary *sum;
  uint32_t cap_rels;
  esc_node_id *po, *pd; /* per parameter */
} builder;

static void add_rel(builder *b, uint8_t holder, uint32_t hp, uint8_t obj, uint32_t op) {
  esc__summary *s = b->sum;
  if (obj != ESC__OBJ_PO && obj != ESC__OBJ_PD)
    op = 0;
  for (uint32_t i = 0; i < s->nrels; i++)
    if (s->rels[i].holder == holder && s->rels[i].holder_param == hp && s->rels[i].obj == obj &&
        s->rels[i].obj_param == op)
      return;
  if (s->nrels == b->cap_rels) {
    b->cap_rels = b->cap_rels ? 2 * b->cap_rels : 8;
    esc__rel *r = esc_arena_alloc(&b->fa->cx->arena, b->cap_rels * sizeof *r);
    if (s->nrels)
      memcpy(r, s->rels, s->nrels * sizeof *r);
    s->rels = r;
  }
  s->rels[s->nrels++] = (esc__rel){.holder = holder, .holder_param = hp, .obj = obj, .obj_param = op};
}

/* The relations of one soft root. */
static void holder_rels(builder *b, esc_node_id h, uint8_t holder, uint32_t hp) {
  esc__fa *fa = b->fa;
  const esc__pts *s = &fa->pts[h];
  for (uint32_t i = 0; i < s->n; i++) {
    if (s->prov[i].kind != ESC__PROV_EDGE)
      continue;
    const esc_node *o = &fa->nodes[s->obj[i]];
    uint32_t site = fa->site_of[s->obj[i]];
    if (o->kind == ESC_NODE_PARAM_OBJ)
      add_rel(b, holder, hp, ESC__OBJ_PO, o->param_index);
    else if (o->kind == ESC_NODE_PARAM_DEEP)
      add_rel(b, holder, hp, ESC__OBJ_PD, o->param_index);
    else if (site != ESC_NONE && fa->sites[site].exportable)
      add_rel(b, holder, hp, ESC__OBJ_FRESH, 0);
    else
      add_rel(b, holder, hp, ESC__OBJ_EXT, 0);
  }
}

static int compare_rels(const void *pa, const void *pb) {
  const esc__rel *a = pa, *b = pb;
  if (a->holder != b->holder)
    return a->holder - b->holder;
  if (a->holder_param != b->holder_param)
    return a->holder_param < b->holder_param ? -1 : 1;
  if (a->obj != b->obj)
    return a->obj - b->obj;
  return a->obj_param < b->obj_param ? -1 : a->obj_param > b->obj_param;
}

static void param_fx(builder *b, uint32_t k, esc_node_id node) {
  esc__fa *fa = b->fa;
  esc__objfx *fx = &b->sum->fx[k];
  if (node == ESC_NONE)
    return;
  if (k % 2 && b->sum->fx[k - 1].escapes)
    return; /* PARAM_DEEP escapes with PARAM_OBJ */
  if (fa->hard[node] != ESC_NONE) {
    fx->escapes = esc__why_of(fa, node, &fx->why);
  } else if (fa->tainted[node]) {
    fx->escapes = true;
    fx->why.reason = ESC_REASON_STORED_HEAP;
    fx->why.detail = esc__fmt(fa->cx, "stored into an object that '%s' hands back to its caller", fa->f->name);
  }
  if (!fx->escapes)
    return;
  char which[32];
  if (esc__varargs_param(fa->f) == k / 2)
    snprintf(which, sizeof which, "as a variadic argument");
  else
    snprintf(which, sizeof which, "argument %u", k / 2 + 1);
  fx->at_call = esc__fmt(fa->cx, "passed to '%s' %s%s: %s", fa->f->name, which,
                         k % 2 ? " (what it points to)" : "", fx->why.detail);
}

static void event_fx(builder *b) {
  esc__fa *fa = b->fa;
  for (uint32_t e = 0; e < fa->nevents; e++) {
    const esc__pts *s = &fa->pts[fa->events[e].node];
    for (uint32_t i = 0; i < s->n; i++) {
      const esc_node *o = &fa->nodes[s->obj[i]];
      if (o->kind != ESC_NODE_PARAM_OBJ && o->kind != ESC_NODE_PARAM_DEEP)
        continue;
      esc__objfx *fx = &b->sum->fx[2 * o->param_index + (o->kind == ESC_NODE_PARAM_DEEP)];
      if (fa->events[e].kind == ESC__EVENT_REALLOC)
        fx->realloced = true;
      else
        fx->freed = true;
    }
  }
}

/* Is every object the return value may hold a fresh site kept nowhere else? */
static void allocator(builder *b) {
  esc__fa *fa = b->fa;
  esc__summary *sum = b->sum;
  const esc__pts *ret = &fa->pts[fa->f->ret];
  sum->allocator = ret->n > 0 && !fa->f->returns_aggregate;
  uint32_t returned = 0;
  for (uint32_t i = 0; i < ret->n && sum->allocator; i++) {
    uint32_t site = fa->site_of[ret->obj[i]];
    if (site == ESC_NONE || fa->sites[site].kind == ESC__SITE_PROXY || !fa->sites[site].exportable) {
      sum->allocator = false;
      break;
    }
    for (uint32_t p = 0; p < sum->nparams; p++)
      if (esc__pts_has(&fa->pts[b->po[p]], ret->obj[i]) || esc__pts_has(&fa->pts[b->pd[p]], ret->obj[i]))
        sum->allocator = false;
    if (returned++ == 0)
      sum->size = fa->sites[site].size;
    else
      sum->size.known = false;
  }
  for (uint32_t k = 0; k < fa->nsites; k++) {
    const esc__site *site = &fa->sites[k];
    if (!site->exportable)
      continue;
    const esc__pts *held = &fa->pts[site->node];
    for (uint32_t i = 0; i < held->n; i++)
      if (held->prov[i].kind != ESC__PROV_CLOSURE)
        sum->fresh_holds = true;
  }
}

/* Do its calls only free one parameter's object? */
static void deallocator(builder *b) {
  esc__fa *fa = b->fa;
  esc__summary *sum = b->sum;
  if (sum->nparams == 0 || fa->other_calls || !fa->dealloc_calls || fa->nsites || sum->nrels)
    return;
  uint32_t param = ESC_NONE;
  for (uint32_t k = 0; k < 2 * sum->nparams; k++)
    if (sum->fx[k].escapes || sum->fx[k].realloced || (sum->fx[k].freed && k % 2))
      return;
  for (uint32_t e = 0; e < fa->nevents; e++) {
    if (fa->events[e].kind != ESC__EVENT_FREE)
      return;
    const esc__pts *s = &fa->pts[fa->events[e].node];
    for (uint32_t i = 0; i < s->n; i++) {
      const esc_node *o = &fa->nodes[s->obj[i]];
      if (o->kind != ESC_NODE_PARAM_OBJ || (param != ESC_NONE && param != o->param_index))
        return;
      param = o->param_index;
    }
  }
  if (param == ESC_NONE)
    return;
  sum->deallocator = true;
  sum->dealloc_param = param;
}

esc__summary *esc__summarize(esc__fa *fa) {
  esc__summary *sum = esc_arena_alloc(&fa->cx->arena, sizeof *sum);
  uint32_t np = fa->f->nparams;
  builder b = {.fa = fa, .sum = sum};
  b.po = calloc(np + 1, sizeof *b.po);
  b.pd = calloc(np + 1, sizeof *b.pd);
  sum->nparams = np;
  sum->fx = esc_arena_alloc(&fa->cx->arena, (2 * np + 1) * sizeof *sum->fx);
  for (esc_node_id n = 0; n < fa->nnodes; n++) {
    const esc_node *nd = &fa->nodes[n];
    if (nd->kind == ESC_NODE_PARAM_OBJ && nd->param_index < np)
      b.po[nd->param_index] = n;
    else if (nd->kind == ESC_NODE_PARAM_DEEP && nd->param_index < np)
      b.pd[nd->param_index] = n;
  }
  holder_rels(&b, fa->f->ret, ESC__HOLD_RET, 0);
  for (uint32_t p = 0; p < np; p++) {
    holder_rels(&b, b.po[p], ESC__HOLD_PO, p);
    holder_rels(&b, b.pd[p], ESC__HOLD_PD, p);
  }
  if (sum->nrels)
    qsort(sum->rels, sum->nrels, sizeof *sum->rels, compare_rels);
  for (uint32_t p = 0; p < np; p++) {
    param_fx(&b, 2 * p, b.po[p]);
    param_fx(&b, 2 * p + 1, b.pd[p]);
  }
  event_fx(&b);
  allocator(&b);
  deallocator(&b);
  free(b.po);
  free(b.pd);
  return sum;
}

static bool same_size(const esc__size *a, const esc__size *b) {
  if (a->known != b->known || a->nfactors != b->nfactors)
    return false;
  for (uint8_t k = 0; a->known && k < a->nfactors; k++)
    if (a->konst[k] != b->konst[k] || a->param[k] != b->param[k])
      return false;
  return true;
}

bool esc__summary_equal(const esc__summary *a, const esc__summary *b) {
  if (!a || !b)
    return a == b;
  if (a->nparams != b->nparams || a->nrels != b->nrels || a->allocator != b->allocator ||
      a->fresh_holds != b->fresh_holds || a->deallocator != b->deallocator ||
      a->dealloc_param != b->dealloc_param || !same_size(&a->size, &b->size))
    return false;
  for (uint32_t i = 0; i < a->nrels; i++)
    if (compare_rels(&a->rels[i], &b->rels[i]) != 0)
      return false;
  for (uint32_t k = 0; k < 2 * a->nparams; k++)
    if (a->fx[k].escapes != b->fx[k].escapes || a->fx[k].freed != b->fx[k].freed ||
        a->fx[k].realloced != b->fx[k].realloced)
      return false;
  return true;
}
