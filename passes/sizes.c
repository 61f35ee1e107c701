/* The size of an allocation: a product of at most two factors, each a
 * constant or a parameter of the function holding the call. A site's own
 * size is known when every factor is a constant; an allocator wrapper's
 * size is its inner site's, re-read at each call of the wrapper with the
 * caller's arguments (xmalloc(n) called as xmalloc(64) is 64 bytes). */
#include "internal.h"

static void add_factor(esc__size *s, const esc_call *c, uint32_t arg) {
  if (!s->known)
    return;
  if (arg >= c->nargs) {
    s->known = false;
    return;
  }
  uint8_t k = s->nfactors++;
  s->konst[k] = c->arg_const[arg];
  s->param[k] = c->arg_const[arg] == ESC_NOT_CONSTANT ? c->arg_param[arg] : ESC_NONE;
  if (s->konst[k] == ESC_NOT_CONSTANT && s->param[k] == ESC_NONE)
    s->known = false;
  if (s->arg_first == ESC_NONE || arg < s->arg_first)
    s->arg_first = arg;
  if (s->arg_last == ESC_NONE || arg > s->arg_last)
    s->arg_last = arg;
}

static void set_constant(esc__size *s, int64_t v) {
  s->known = true;
  s->nfactors = 1;
  s->konst[0] = v;
  s->param[0] = ESC_NONE;
}

/* The size arguments of each allocator's call, -1 for none. */
static const int size_args[][2] = {
    [ESC__ALLOC_ARG0] = {0, -1},  [ESC__ALLOC_ARG1] = {1, -1},       [ESC__ALLOC_ARG01] = {0, 1},
    [ESC__ALLOC_ARG12] = {1, 2},  [ESC__ALLOC_ARG2_OUT0] = {2, -1},  [ESC__ALLOC_STRDUP] = {-1, -1},
    [ESC__ALLOC_STRNDUP] = {-1, -1}, [ESC__ALLOC_USER] = {0, -1},
};

esc__size esc__size_of_call(const esc_call *c, esc__alloc_how how) {
  esc__size s = {.known = true, .arg_first = ESC_NONE, .arg_last = ESC_NONE};
  if (how == ESC__ALLOC_USER && c->nargs != 1)
    s.known = false;
  for (int k = 0; k < 2; k++)
    if (size_args[how][k] >= 0)
      add_factor(&s, c, (uint32_t)size_args[how][k]);
  switch (how) {
  case ESC__ALLOC_STRDUP:
    s.known = c->nargs >= 1 && c->arg_strlen[0] >= 0;
    if (s.known)
      set_constant(&s, c->arg_strlen[0] + 1);
    break;
  case ESC__ALLOC_STRNDUP:
    /* strndup("lit", n) copies min(strlen, n) bytes and a terminator. */
    s.known = c->nargs >= 2 && c->arg_strlen[0] >= 0 && c->arg_const[1] != ESC_NOT_CONSTANT &&
              c->arg_const[1] >= 0;
    if (s.known)
      set_constant(&s, (c->arg_strlen[0] < c->arg_const[1] ? c->arg_strlen[0] : c->arg_const[1]) + 1);
    if (c->nargs >= 2)
      s.arg_first = s.arg_last = 1;
    break;
  default:
    break;
  }
  return s;
}

esc__size esc__size_at_call(const esc__size *callee_size, const esc_call *c) {
  esc__size s = {.known = callee_size->known, .arg_first = ESC_NONE, .arg_last = ESC_NONE};
  for (uint8_t k = 0; s.known && k < callee_size->nfactors; k++) {
    if (callee_size->param[k] == ESC_NONE) {
      s.konst[s.nfactors] = callee_size->konst[k];
      s.param[s.nfactors++] = ESC_NONE;
    } else {
      add_factor(&s, c, callee_size->param[k]);
    }
  }
  return s;
}

int64_t esc__size_bytes(const esc__size *s, uint64_t limit, bool *over) {
  *over = false;
  if (!s->known)
    return -1;
  uint64_t bytes = 1;
  for (uint8_t k = 0; k < s->nfactors; k++) {
    if (s->param[k] != ESC_NONE)
      return -1;
    /* A negative constant converts to a huge size_t. */
    if (s->konst[k] < 0 || __builtin_mul_overflow(bytes, (uint64_t)s->konst[k], &bytes)) {
      *over = true;
      return -1;
    }
  }
  if (bytes > (uint64_t)INT64_MAX) {
    *over = true;
    return -1;
  }
  *over = bytes > limit;
  return (int64_t)bytes;
}
