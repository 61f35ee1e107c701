/* Verdicts: one finding per allocation site (proxies are not sites of their
 * own), in this order of rules:
 *   1. returned by an allocator wrapper      heap, allocator-wrapper
 *   2. reaches a hard root                   heap, the escape's reason
 *   3. realloc / freed-elsewhere / ambiguous-free   heap, that reason
 *   4. reaches soft roots only               region if region.c agrees,
 *                                            else heap with what broke it
 *   5. loop-carried                          heap, loop-carried
 *   6. size unknown or over the limit        stack-fallback
 *   7. otherwise                             stack
 * Every string is copied into the findings' arena. */
#include "internal.h"

#include <string.h>

static esc_position position(esc__ctx *cx, esc_findings *out, esc_loc loc) {
  esc_position p = {.line = loc.line, .col = loc.col, .offset = loc.offset};
  if (loc.file < cx->u->nfiles) {
    if (!cx->file_names[loc.file])
      cx->file_names[loc.file] = esc_findings_strdup(out, cx->u->files[loc.file]);
    p.file = cx->file_names[loc.file];
  }
  return p;
}

static void set_why(esc__ctx *cx, esc_findings *out, esc_finding *fd, const esc__why *why,
                    const esc__flow *more) {
  fd->reason = why->reason;
  fd->detail = esc_findings_strdup(out, why->detail ? why->detail : "");
  uint32_t n = why->flow.n + (more ? more->n : 0);
  fd->nflow = n;
  fd->flow = n ? esc_arena_alloc(&out->arena, n * sizeof *fd->flow) : NULL;
  for (uint32_t k = 0; k < n; k++) {
    const esc__step *s = k < why->flow.n ? &why->flow.steps[k] : &more->steps[k - why->flow.n];
    fd->flow[k].at = position(cx, out, s->loc);
    fd->flow[k].message = esc_findings_strdup(out, s->message);
  }
}

static void soft_verdict(esc__ctx *cx, esc__fn *fn, const esc__site *s, esc_findings *out,
                         esc_finding *fd) {
  const char *frames;
  esc__why fail;
  if (s->exportable && esc__region_ok(cx, fn, &frames, &fail)) {
    fd->verdict = ESC_VERDICT_REGION;
    esc__why why = s->why;
    why.detail = esc__fmt(cx, "%s; it lives no longer than the frame of %s", s->why.detail, frames);
    set_why(cx, out, fd, &why, NULL);
    return;
  }
  fd->verdict = ESC_VERDICT_HEAP;
  if (!s->exportable) {
    set_why(cx, out, fd, &s->why, NULL);
    return;
  }
  /* The reason names where it ends up (a caller's global, ...); the flow
   * shows the return or out-parameter on the way. */
  esc__why why = {.reason = fail.reason != ESC_REASON_NONE ? fail.reason : s->why.reason,
                  .detail = esc__fmt(cx, "%s; %s", s->why.detail, fail.detail),
                  .flow = s->why.flow};
  set_why(cx, out, fd, &why, &fail.flow);
}

static void decide(esc__ctx *cx, esc__fn *fn, const esc__site *s, esc_findings *out, esc_finding *fd) {
  fd->verdict = ESC_VERDICT_HEAP;
  if (s->returned && s->exportable && fn->sum && fn->sum->allocator) {
    esc__why why = {.reason = ESC_REASON_ALLOCATOR_WRAPPER,
                    .detail = esc__fmt(cx, "'%s' is an allocator wrapper: each call of it is reported as an allocation site",
                                       fn->f->name),
                    .flow = s->why.flow};
    set_why(cx, out, fd, &why, NULL);
  } else if (s->escape == ESC__ESCAPE_HARD) {
    set_why(cx, out, fd, &s->why, NULL);
  } else if (s->life.reason != ESC_REASON_NONE) {
    set_why(cx, out, fd, &s->life, NULL);
  } else if (s->escape == ESC__ESCAPE_SOFT) {
    soft_verdict(cx, fn, s, out, fd);
  } else if (s->loop.reason != ESC_REASON_NONE) {
    set_why(cx, out, fd, &s->loop, NULL);
  } else {
    bool over;
    fd->size_bytes = esc__size_bytes(&s->size, cx->opt.max_stack_bytes, &over);
    fd->verdict = fd->size_bytes < 0 || over ? ESC_VERDICT_STACK_FALLBACK : ESC_VERDICT_STACK;
    fd->reason = over ? ESC_REASON_SIZE_OVER_LIMIT
                 : fd->size_bytes < 0 ? ESC_REASON_SIZE_NOT_CONSTANT
                                      : ESC_REASON_NONE;
    if (over)
      fd->detail = esc_findings_strdup(out, esc__fmt(cx, "it is larger than %llu bytes",
                                                     (unsigned long long)cx->opt.max_stack_bytes));
  }
}

void esc__emit(esc__ctx *cx, esc__fn *fn, esc_findings *out) {
  const esc_function *f = fn->f;
  for (uint32_t k = 0; k < fn->nsites; k++) {
    const esc__site *s = &fn->sites[k];
    if (s->kind == ESC__SITE_PROXY)
      continue;
    const esc_call *c = &f->calls[s->call];
    esc_finding *fd = esc_findings_add(out);
    fd->at = position(cx, out, c->loc);
    fd->call_begin = position(cx, out, c->range.begin);
    fd->call_end = position(cx, out, c->range.end);
    if (s->size.arg_first != ESC_NONE && s->size.arg_last < c->nargs) {
      fd->size_begin = position(cx, out, c->arg_ranges[s->size.arg_first].begin);
      fd->size_end = position(cx, out, c->arg_ranges[s->size.arg_last].end);
    }
    fd->function = esc_findings_strdup(out, f->name);
    fd->allocator = esc_findings_strdup(out, s->allocator);
    fd->in_loop = c->loop != 0;
    bool over;
    fd->size_bytes = esc__size_bytes(&s->size, cx->opt.max_stack_bytes, &over);
    decide(cx, fn, s, out, fd);
  }
}
