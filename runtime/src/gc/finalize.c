/* finalize.c: finalizers. The atomic step, once marking is complete, moves
 * the registrations of white objects to a pending queue and shades those
 * objects again (with all they reach), so they survive this cycle for their
 * finalizer to see. The queue runs after the cycle, outside the collector,
 * and its objects count as roots until then. A finalized object that is
 * still unreachable at the next cycle is freed like any other.
 */
#include "gc_internal.h"

static bool running; /* a finalizer is running: do not start the queue again */

static esc__finalizer *entries(esc__vec *v) { return v->data; }

static size_t find_entry(void *obj) {
  esc__vec *v = &esc__gc.finalizers;
  for (size_t i = 0; i < v->len; i++)
    if (entries(v)[i].obj == obj) return i;
  return SIZE_MAX;
}

int esc_gc_register_finalizer(void *obj, void (*fn)(void *obj, void *arg), void *arg) {
  esc__check_thread("esc_gc_register_finalizer");
  uint32_t i;
  esc__span *s = esc__find((uintptr_t)obj, &i);
  if (!s || esc__object(s, i) != (uintptr_t)obj || (s->state[i] & ESC__COLOR) == ESC__FREE) return -1;
  if (s->state[i] & ESC__FINALIZABLE) esc__finalizers_forget(obj);
  if (!fn) return 0;
  *(esc__finalizer *)esc__vec_push(&esc__gc.finalizers) = (esc__finalizer){obj, fn, arg};
  s->state[i] |= ESC__FINALIZABLE;
  return 0;
}

/* The object is being freed or its finalizer replaced. */
void esc__finalizers_forget(void *obj) {
  size_t at = find_entry(obj);
  if (at == SIZE_MAX) return;
  esc__vec_remove(&esc__gc.finalizers, at);
  uint32_t i;
  esc__span *s = esc__find((uintptr_t)obj, &i);
  s->state[i] &= (uint8_t)~ESC__FINALIZABLE;
}

/* Marking is complete: white finalizable objects are unreachable. */
void esc__finalizers_separate(void) {
  esc__vec *v = &esc__gc.finalizers;
  for (size_t k = v->len; k-- > 0;) {
    esc__finalizer f = entries(v)[k];
    uint32_t i;
    esc__span *s = esc__find((uintptr_t)f.obj, &i);
    if ((s->state[i] & ESC__COLOR) != ESC__WHITE) continue;
    s->state[i] &= (uint8_t)~ESC__FINALIZABLE;
    *(esc__finalizer *)esc__vec_push(&esc__gc.to_finalize) = f;
    esc__vec_remove(v, k);
  }
  esc__finalizers_mark_pending();
}

void esc__finalizers_mark_pending(void) {
  esc__vec *q = &esc__gc.to_finalize;
  for (size_t k = 0; k < q->len; k++) esc__mark_word((uintptr_t)entries(q)[k].obj);
}

/* Runs the pending finalizers (in no set order); a finalizer may allocate,
 * collect and register finalizers. */
void esc__finalizers_run(void) {
  esc__vec *q = &esc__gc.to_finalize;
  if (running || !q->len) return;
  running = true;
  while (q->len) {
    esc__finalizer f = entries(q)[0];
    esc__vec_remove(q, 0);
    f.fn(f.obj, f.arg);
  }
  running = false;
}
