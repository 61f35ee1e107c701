/* Regions: an object that leaves its function only by being returned or
 * stored into caller memory (a soft escape, held directly by the return
 * value or an out-parameter) lives no longer than a caller's frame when:
 *   - every caller is in this unit (the function is static and its address
 *     is never taken), and
 *   - at every call, the proxy standing for it there (effects.c) does not
 *     escape the caller and is not reallocated or freed ambiguously there,
 *     or escapes it the same soft way into callers that satisfy this in
 *     turn (then the region is an ancestor's frame).
 * A cycle of such hand-backs (recursion) is refused: heap. */
#include "internal.h"

#include <string.h>

enum { REGION_UNKNOWN, REGION_BUSY, REGION_OK, REGION_FAIL };

/* Appends the frames in `more` ("'a', 'b'") to *names, once each. */
static void add_frames(esc__ctx *cx, const char **names, const char *more) {
  if (!*names)
    *names = more;
  else if (!strstr(*names, more))
    *names = esc__fmt(cx, "%s, %s", *names, more);
}

static bool fail(esc__fn *fn, esc_reason reason, const char *detail, esc__flow flow) {
  fn->region = REGION_FAIL;
  fn->region_fail = (esc__why){.reason = reason, .detail = detail, .flow = flow};
  return false;
}

bool esc__region_ok(esc__ctx *cx, esc__fn *fn, const char **words, esc__why *why) {
  if (fn->region == REGION_UNKNOWN) {
    fn->region = REGION_BUSY;
    const char *frames = NULL;
    bool ok = true;
    if (!fn->f->is_static || fn->f->address_taken)
      ok = fail(fn, ESC_REASON_NONE,
                esc__fmt(cx, "'%s' %s, so callers the analysis cannot see may keep it", fn->f->name,
                         fn->f->is_static ? "has its address taken" : "has external linkage"),
                (esc__flow){0});
    for (uint32_t k = cx->caller_start[fn->index]; ok && k < cx->caller_start[fn->index + 1]; k++) {
      esc__fn *caller = &cx->fns[cx->callers[k][0]];
      uint32_t s = caller->call_site ? caller->call_site[cx->callers[k][1]] : ESC_NONE;
      if (s == ESC_NONE) {
        add_frames(cx, &frames, esc__fmt(cx, "'%s'", caller->f->name));
        continue;
      }
      const esc__site *proxy = &caller->sites[s];
      const esc__why *bad = proxy->escape == ESC__ESCAPE_HARD ? &proxy->why
                            : proxy->life.reason != ESC_REASON_NONE ? &proxy->life
                                                                     : NULL;
      if (!bad && proxy->escape == ESC__ESCAPE_SOFT && !proxy->exportable)
        bad = &proxy->why;
      if (bad) {
        ok = fail(fn, bad->reason,
                  esc__fmt(cx, "handed back to '%s', where %s", caller->f->name, bad->detail), bad->flow);
        break;
      }
      if (proxy->escape == ESC__ESCAPE_NONE) {
        add_frames(cx, &frames, esc__fmt(cx, "'%s'", caller->f->name));
        continue;
      }
      const char *up;
      esc__why up_fail;
      if (!esc__region_ok(cx, caller, &up, &up_fail)) {
        ok = fail(fn, up_fail.reason,
                  esc__fmt(cx, "handed back to '%s', then %s", caller->f->name, up_fail.detail), up_fail.flow);
        break;
      }
      add_frames(cx, &frames, up);
    }
    if (ok) {
      fn->region = REGION_OK;
      fn->region_words = frames ? frames : "no caller";
    }
  } else if (fn->region == REGION_BUSY) {
    fail(fn, ESC_REASON_NONE,
         esc__fmt(cx, "'%s' hands it back through recursion, whose depth bounds no frame", fn->f->name),
         (esc__flow){0});
  }
  *words = fn->region_words;
  *why = fn->region_fail;
  return fn->region == REGION_OK;
}
