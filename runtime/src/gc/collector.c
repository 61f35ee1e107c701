/* collector.c: the collector's control, and the public API that is not
 * allocation. One switch (singlestep) is the whole cycle:
 *
 *   PAUSE -> PROPAGATE -> ATOMIC -> SWEEP -> TRIM -> PAUSE
 *
 * PAUSE starts a cycle by shading the roots; PROPAGATE scans gray objects;
 * ATOMIC rescans the roots (they have no barrier), finishes the mark,
 * separates finalizable objects and hands every span to the sweeper; SWEEP
 * frees; TRIM gives surplus free pages back to the kernel, handing them to
 * a helper thread (release.c: the kernel's cost is mostly a wait for the
 * other CPUs) or, when it cannot run, releasing up to TRIM_STEP_PAGES a
 * step with nothing else in that step. Each case returns the bytes of work
 * it did, which drives pacing.
 *
 * Stop-the-world mode runs PAUSE..ATOMIC in one pause when the bytes
 * allocated reach the threshold (growth percent over the last cycle's live
 * bytes) and leaves sweeping to allocation. Incremental mode starts a cycle
 * at the same threshold but then, every STEP_ALLOC bytes of allocation (the
 * debt), does STEP_MUL times that much work: objects allocated meanwhile are
 * black, and ESC_GC_STORE shades what is stored.
 */
#include <stdlib.h>
#include <string.h>

#include "gc_internal.h"

#define MIN_THRESHOLD ((size_t)4 << 20) /* no cycle before the heap holds this much */
#define STEP_ALLOC ((intptr_t)8 << 10) /* incremental: allocation between steps */
#define STEP_MUL 4                      /* bytes of work per byte of allocation */
#define STEP_MAX_DEBT (2 * STEP_ALLOC)  /* debt paid by one step; the rest waits */
#define ROOT_WORK ((size_t)16 << 10)    /* counted for shading the roots */
#define TRIM_STEP_PAGES 64              /* given back by one step when there is no helper thread */

esc__heap esc__gc;
_Thread_local bool esc__is_mutator;

bool esc__init(void) {
  esc__heap *h = &esc__gc;
  if (h->ready) return true;
  esc__classes_init();
  if (!esc__heap_setup()) return false;
  esc__mark_init();
  esc__vec_init(&h->roots, sizeof(esc__range));
  esc__vec_init(&h->finalizers, sizeof(esc__finalizer));
  esc__vec_init(&h->to_finalize, sizeof(esc__finalizer));
  h->alloc_color = ESC__WHITE;
  h->growth = 100;
  h->threshold = MIN_THRESHOLD;
  h->stack_top = h->may_collect ? esc__os_main_stack_top() : esc__os_stack_top();
  const char *mode = getenv("ESC_GC_MODE"), *torture = getenv("ESC_GC_TORTURE");
  h->mode = mode && !strcmp(mode, "incremental") ? ESC_GC_INCREMENTAL : ESC_GC_STOP_THE_WORLD;
  h->torture = torture && *torture && strcmp(torture, "0");
  esc__is_mutator = true;
  h->ready = true;
  esc__grant_credit();
  return true;
}

/* esc__check_thread on a thread that is not the mutator: initialises the
 * collector if nobody did, else aborts. */
void esc__check_thread_slow(const char *api) {
  if (!esc__gc.ready) {
    if (!esc__init()) esc__os_fatal(api, "cannot reserve the collector's address space");
    return;
  }
  esc__os_fatal(api, "called from a thread other than the one that called esc_gc_init; "
                     "the collector supports one mutator thread");
}

/* Adds the credit allocation spent since the last settlement to the
 * counters it stands for (see the invariant in gc_internal.h). */
void esc__settle(void) {
  esc__heap *h = &esc__gc;
  size_t spent = (size_t)(h->credit_granted - h->credit);
  h->credit_granted = h->credit;
  h->allocated += spent;
  h->stats.allocated_bytes += spent;
  h->debt += (intptr_t)spent;
  if (h->alloc_color == ESC__BLACK) {
    h->marked += spent;
    h->allocated_black += spent;
  }
}

/* Settles, then grants the bytes that may be allocated before pacing must
 * look again: none under torture; up to the next step's debt while an
 * incremental cycle runs or is due; else up to the threshold. */
void esc__grant_credit(void) {
  esc__heap *h = &esc__gc;
  esc__settle();
  intptr_t credit;
  bool cycle_due = h->mode == ESC_GC_INCREMENTAL && (h->state != ESC__PAUSE || h->allocated >= h->threshold);
  if (h->torture) credit = 0;
  else if (cycle_due) credit = STEP_ALLOC - h->debt;
  else credit = h->threshold > h->allocated ? (intptr_t)(h->threshold - h->allocated) - 1 : 0;
  if (credit < 0) credit = 0;
  h->credit = h->credit_granted = credit;
}

/* PAUSE -> PROPAGATE: all spans are swept, so every object is white. */
static size_t restart(void) {
  esc__heap *h = &esc__gc;
  h->gray.len = 0;
  h->marked = h->allocated_black = 0;
  h->alloc_color = ESC__BLACK;
  esc__gc_marking = 1;
  esc__roots_mark();
  return ROOT_WORK;
}

/* The heap may grow by growth percent over the bytes the mark traced
 * before the next cycle starts. Objects allocated black during an
 * incremental mark are not counted in that base: they were not traced, and
 * counting them would let the goal grow by each cycle's own allocation. */
static void next_threshold(void) {
  esc__heap *h = &esc__gc;
  size_t traced = h->marked > h->allocated_black ? h->marked - h->allocated_black : 0;
  size_t goal = traced + traced / 100 * (size_t)h->growth;
  h->threshold = goal > MIN_THRESHOLD ? goal : MIN_THRESHOLD;
}

/* The mark ends here, in one piece: roots are rescanned because stores to
 * them had no barrier, and what they reach is marked to the end. */
static size_t atomic(void) {
  esc__heap *h = &esc__gc;
  esc__roots_mark();
  size_t work = esc__propagate(SIZE_MAX);
  esc__finalizers_separate();
  work += esc__propagate(SIZE_MAX);
  esc__gc_marking = 0;
  h->alloc_color = ESC__WHITE;
  esc__sweep_begin();
  h->allocated = h->marked;
  h->stats.live_bytes = h->marked;
  h->stats.collections++;
  next_threshold();
  return work + ROOT_WORK;
}

static size_t singlestep(size_t budget) {
  esc__heap *h = &esc__gc;
  switch (h->state) {
  case ESC__PAUSE:
    h->state = ESC__PROPAGATE;
    return restart();
  case ESC__PROPAGATE:
    if (!h->gray.len) {
      h->state = ESC__ATOMIC;
      return 0;
    }
    return esc__propagate(budget);
  case ESC__ATOMIC:
    h->state = ESC__SWEEP;
    return atomic();
  case ESC__SWEEP: {
    size_t work = esc__sweep_step(budget);
    if (work) return work;
    h->state = ESC__TRIM;
    return budget ? budget : 1; /* the step ends: trimming starts afresh */
  }
  default:
    if (esc__spans_trim_step(TRIM_STEP_PAGES, true)) return budget ? budget : 1; /* a step's worth */
    h->state = ESC__PAUSE;
    return 0;
  }
}

typedef struct pause_clock {
  uint64_t wall, cpu;
} pause_clock;

static pause_clock pause_begin(void) { return (pause_clock){esc__os_wall_ns(), esc__os_cpu_ns()}; }

static void pause_end(pause_clock start) {
  esc_gc_stats *st = &esc__gc.stats;
  uint64_t wall = esc__os_wall_ns() - start.wall, cpu = esc__os_cpu_ns() - start.cpu;
  st->total_pause_ns += wall;
  st->total_pause_cpu_ns += cpu;
  if (wall > st->max_pause_ns) st->max_pause_ns = wall;
  if (cpu > st->max_pause_cpu_ns) st->max_pause_cpu_ns = cpu;
}

/* A whole mark in one pause; sweeping is left to allocation. An
 * incremental cycle in progress is finished first: its mark started before
 * the latest garbage became garbage. */
static void full_collection(void) {
  esc__heap *h = &esc__gc;
  pause_clock start = pause_begin();
  esc__settle();
  while (h->state == ESC__PROPAGATE || h->state == ESC__ATOMIC) singlestep(SIZE_MAX);
  if (h->state == ESC__SWEEP || h->state == ESC__TRIM) {
    esc__sweep_finish();
    h->state = ESC__PAUSE;
  }
  while (h->state != ESC__SWEEP) singlestep(SIZE_MAX);
  pause_end(start);
  h->debt = 0;
  esc__grant_credit();
  esc__finalizers_run();
}

/* One incremental step: pays the debt in work, at least until the cycle
 * moves on to its next state when nothing is due. A step pays at most
 * STEP_MAX_DEBT, so that one large allocation buys several bounded steps
 * (one per following allocation) instead of one long one. */
static void incremental_step(void) {
  esc__heap *h = &esc__gc;
  pause_clock start = pause_begin();
  intptr_t paid = h->debt < STEP_MAX_DEBT ? h->debt : STEP_MAX_DEBT;
  size_t budget = (size_t)paid * STEP_MUL, work = 0;
  h->debt -= paid;
  do work += singlestep(budget - work);
  while (work < budget && h->state != ESC__PAUSE);
  pause_end(start);
  esc__finalizers_run();
}

static bool may_collect(void) {
  esc__heap *h = &esc__gc;
  if (!h->may_collect || h->may_collect()) return true;
  size_t grown = h->allocated + h->allocated / 100 * (size_t)h->growth;
  h->threshold = grown > MIN_THRESHOLD ? grown : MIN_THRESHOLD;
  return false;
}

/* Called before every allocation of n bytes: collects, or takes a step,
 * when the allocation debt says so. */
void esc__collect_if_due(size_t n) {
  esc__heap *h = &esc__gc;
  esc__settle();
  bool due = h->allocated + n >= h->threshold;
  if (h->torture) {
    if (!may_collect()) return;
    h->debt = 1;
    if (h->mode == ESC_GC_INCREMENTAL) incremental_step();
    else full_collection();
  } else if (h->mode == ESC_GC_STOP_THE_WORLD) {
    if (due && may_collect()) full_collection();
  } else if (h->state == ESC__PAUSE && !due) {
    h->debt = 0;
  } else if (h->debt >= STEP_ALLOC && may_collect()) {
    incremental_step();
  }
  esc__grant_credit();
}

/* A full collection unless the drop-in says it is unsafe now. */
bool esc__collect(void) {
  if (!may_collect()) return false;
  full_collection();
  return true;
}

void esc_gc_collect(void) {
  esc__check_thread("esc_gc_collect");
  full_collection();
}

int esc_gc_init(void) {
  if (esc__gc.ready) {
    esc__check_thread("esc_gc_init");
    return 0;
  }
  return esc__init() ? 0 : -1;
}

void esc_gc_free(void *p) {
  esc__check_thread("esc_gc_free");
  esc__free(p);
}

size_t esc_gc_size(const void *p) {
  esc__check_thread("esc_gc_size");
  uint32_t i;
  esc__span *s = esc__find((uintptr_t)p, &i);
  if (!s || (s->state[i] & ESC__COLOR) == ESC__FREE) return 0;
  return esc__object(s, i) + s->size - (uintptr_t)p;
}

void esc_gc_add_roots(void *start, void *end) {
  esc__check_thread("esc_gc_add_roots");
  *(esc__range *)esc__vec_push(&esc__gc.roots) = (esc__range){(uintptr_t)start, (uintptr_t)end};
}

void esc_gc_remove_roots(void *start, void *end) {
  esc__check_thread("esc_gc_remove_roots");
  esc__vec *v = &esc__gc.roots;
  for (size_t i = v->len; i-- > 0;) {
    esc__range r = ((esc__range *)v->data)[i];
    if (r.start >= (uintptr_t)start && r.end <= (uintptr_t)end) esc__vec_remove(v, i);
  }
}

/* Leaving incremental mode finishes the cycle in progress. */
void esc_gc_set_mode(int mode) {
  esc__check_thread("esc_gc_set_mode");
  esc__heap *h = &esc__gc;
  if (mode == ESC_GC_STOP_THE_WORLD && esc__gc_marking) full_collection();
  h->mode = mode == ESC_GC_INCREMENTAL ? ESC_GC_INCREMENTAL : ESC_GC_STOP_THE_WORLD;
  esc__grant_credit();
}

void esc_gc_set_target_growth(int percent) {
  esc__check_thread("esc_gc_set_target_growth");
  esc__gc.growth = percent > 0 ? percent : 1;
}

void esc_gc_get_stats(esc_gc_stats *out) {
  esc__check_thread("esc_gc_get_stats");
  esc__settle();
  *out = esc__gc.stats;
  out->heap_bytes = esc__gc.in_use_pages * ESC__PAGE;
}
