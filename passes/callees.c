/* What a called name is: an allocator (a new site), a deallocator, a
 * function of this unit (its summary applies), a modelled library function,
 * or unknown. Names are normalised first, so that __builtin_memcpy,
 * __builtin___memcpy_chk and __memcpy_chk are all memcpy, and
 * __isoc99_sscanf is sscanf. */
#include "internal.h"

#include <stdio.h>
#include <string.h>

static const struct {
  const char *name;
  esc__allocator alloc;
} builtin_allocators[] = {
    {"malloc", {ESC__ALLOC_ARG0, false}},
    {"valloc", {ESC__ALLOC_ARG0, false}},
    {"pvalloc", {ESC__ALLOC_ARG0, false}},
    {"calloc", {ESC__ALLOC_ARG01, false}},
    {"realloc", {ESC__ALLOC_ARG1, true}},
    {"reallocarray", {ESC__ALLOC_ARG12, true}},
    {"aligned_alloc", {ESC__ALLOC_ARG1, false}},
    {"memalign", {ESC__ALLOC_ARG1, false}},
    {"posix_memalign", {ESC__ALLOC_ARG2_OUT0, false}},
    {"strdup", {ESC__ALLOC_STRDUP, false}},
    {"strndup", {ESC__ALLOC_STRNDUP, false}},
};

static const char *const builtin_deallocators[] = {"free", "cfree"};

static bool starts_with(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

const char *esc__normalize(const char *name, char *buf, size_t len) {
  static const char *const prefixes[] = {"__builtin_", "__isoc99_", "__isoc23_"};
  for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
    if (starts_with(name, prefixes[i]))
      name += strlen(prefixes[i]);
  size_t n = strlen(name);
  if (n > 6 && starts_with(name, "__") && strcmp(name + n - 4, "_chk") == 0) {
    name += 2;
    n -= 6;
  }
  if (n >= len)
    n = len - 1;
  memcpy(buf, name, n);
  buf[n] = '\0';
  return buf;
}

static bool listed(const char *const *names, uint32_t n, const char *raw, const char *norm) {
  for (uint32_t i = 0; i < n; i++)
    if (strcmp(names[i], raw) == 0 || strcmp(names[i], norm) == 0)
      return true;
  return false;
}

esc__callee_kind esc__classify(const esc__ctx *cx, const char *callee, esc__allocator *alloc) {
  if (!callee)
    return ESC__CALLEE_INDIRECT;
  char buf[128];
  const char *norm = esc__normalize(callee, buf, sizeof buf);
  for (size_t i = 0; i < sizeof builtin_allocators / sizeof *builtin_allocators; i++)
    if (strcmp(norm, builtin_allocators[i].name) == 0) {
      *alloc = builtin_allocators[i].alloc;
      return ESC__CALLEE_ALLOCATOR;
    }
  if (listed(builtin_deallocators, 2, callee, norm) ||
      listed(cx->opt.deallocators, cx->opt.ndeallocators, callee, norm))
    return ESC__CALLEE_DEALLOCATOR;
  if (listed(cx->opt.allocators, cx->opt.nallocators, callee, norm)) {
    *alloc = (esc__allocator){ESC__ALLOC_USER, false};
    return ESC__CALLEE_ALLOCATOR;
  }
  if (esc__ctx_find(cx, callee))
    return ESC__CALLEE_DEFINED;
  if (esc__libc_find(norm))
    return ESC__CALLEE_LIBRARY;
  return ESC__CALLEE_UNKNOWN;
}

/* cx->callers: every call of a defined function, grouped by callee. */
static void index_callers(esc__ctx *cx) {
  uint32_t *start = esc_arena_alloc(&cx->arena, (cx->nfns + 2) * sizeof *start);
  for (uint32_t k = 0; k < cx->nfns; k++)
    for (uint32_t i = 0; i < cx->fns[k].f->ncalls; i++)
      if (cx->fns[k].calls[i].callee != ESC_NONE)
        start[cx->fns[k].calls[i].callee + 2]++;
  for (uint32_t k = 0; k < cx->nfns; k++)
    start[k + 2] += start[k + 1];
  cx->callers = esc_arena_alloc(&cx->arena, (start[cx->nfns + 1] + 1) * sizeof *cx->callers);
  for (uint32_t k = 0; k < cx->nfns; k++)
    for (uint32_t i = 0; i < cx->fns[k].f->ncalls; i++) {
      uint32_t callee = cx->fns[k].calls[i].callee;
      if (callee != ESC_NONE) {
        uint32_t at = start[callee + 1]++;
        cx->callers[at][0] = k;
        cx->callers[at][1] = i;
      }
    }
  cx->caller_start = start; /* callee c's callers: start[c] .. start[c + 1] */
}

void esc__classify_calls(esc__ctx *cx) {
  for (uint32_t k = 0; k < cx->nfns; k++) {
    const esc_function *f = cx->fns[k].f;
    esc__call_class *calls = esc_arena_alloc(&cx->arena, (f->ncalls + 1) * sizeof *calls);
    for (uint32_t i = 0; i < f->ncalls; i++) {
      calls[i].kind = esc__classify(cx, f->calls[i].callee, &calls[i].alloc);
      calls[i].callee = calls[i].kind == ESC__CALLEE_DEFINED
                            ? esc__ctx_find(cx, f->calls[i].callee)->index
                            : ESC_NONE;
    }
    cx->fns[k].calls = calls;
  }
  index_callers(cx);
}

uint32_t esc__callee_index(const esc__fn *fn, uint32_t i) { return fn->calls[i].callee; }
