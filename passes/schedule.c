/* Runs the analysis of every SCC of the call graph on several threads.
 *
 * An SCC can be analyzed once every SCC it calls is done: then the
 * summaries it reads are final, and nothing else it reads changes. So the
 * SCCs form a DAG of tasks; each thread takes a ready SCC, analyzes it and
 * makes ready the SCCs that waited only for it. The findings do not depend
 * on the order (an SCC's analysis is a function of its callees' final
 * summaries), so any number of threads gives the same output as one.
 *
 * What an analysis writes: the esc__fn entries of its own SCC's members,
 * its thread's scratch memory, and its thread's arena (summaries, sites,
 * words), which is moved into the unit context's arena at the end. What it reads of other SCCs was written
 * before the mutex handed the SCC over. */
#include "internal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

enum { MAX_THREADS = 8 };

typedef struct dag {
  const esc__sccs *sccs;
  uint32_t *pending;         /* per SCC: callee SCCs not done yet */
  uint32_t *caller_start;    /* SCC k is called by callers[caller_start[k] ..] */
  uint32_t *callers;
  uint32_t *ready, nready;   /* stack of SCCs whose callees are all done */
  uint32_t ndone;
  pthread_mutex_t lock;
  pthread_cond_t changed;
} dag;

typedef struct worker {
  dag *d;
  esc__ctx cx; /* the unit's context with an arena of its own */
  esc__scc_fn analyze;
  pthread_t thread;
  bool running;
} worker;

static void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n + 1, size);
  if (!p) {
    fputs("cescape: out of memory in the scheduler\n", stderr);
    abort();
  }
  return p;
}

/* The edges between SCCs: for each call to another SCC, the callee's
 * pending count and its list of callers (an edge may repeat: the count and
 * the list repeat it alike). */
static void build(dag *d, const esc__ctx *cx) {
  const esc__sccs *s = d->sccs;
  uint32_t *scc_of = xcalloc(cx->nfns, sizeof *scc_of);
  for (uint32_t k = 0; k < s->nsccs; k++)
    for (uint32_t i = s->scc_start[k]; i < s->scc_start[k + 1]; i++)
      scc_of[s->order[i]] = k;
  d->pending = xcalloc(s->nsccs, sizeof *d->pending);
  d->caller_start = xcalloc(s->nsccs + 1, sizeof *d->caller_start);
  for (int pass = 0; pass < 2; pass++) {
    for (uint32_t fn = 0; fn < cx->nfns; fn++) {
      const esc_function *f = cx->fns[fn].f;
      for (uint32_t i = 0; i < f->ncalls; i++) {
        uint32_t callee = esc__callee_index(&cx->fns[fn], i);
        if (callee == ESC_NONE || scc_of[callee] == scc_of[fn])
          continue;
        if (pass == 0) {
          d->pending[scc_of[fn]]++;
          d->caller_start[scc_of[callee] + 2]++;
        } else {
          d->callers[d->caller_start[scc_of[callee] + 1]++] = scc_of[fn];
        }
      }
    }
    if (pass == 0) {
      for (uint32_t k = 0; k < s->nsccs; k++)
        d->caller_start[k + 2] += d->caller_start[k + 1];
      d->callers = xcalloc(d->caller_start[s->nsccs + 1], sizeof *d->callers);
    }
  }
  d->ready = xcalloc(s->nsccs, sizeof *d->ready);
  for (uint32_t k = s->nsccs; k-- > 0;)
    if (!d->pending[k])
      d->ready[d->nready++] = k;
  free(scc_of);
}

static void *work(void *arg) {
  worker *w = arg;
  dag *d = w->d;
  const esc__sccs *s = d->sccs;
  pthread_mutex_lock(&d->lock);
  for (;;) {
    while (!d->nready && d->ndone < s->nsccs)
      pthread_cond_wait(&d->changed, &d->lock);
    if (!d->nready)
      break;
    uint32_t k = d->ready[--d->nready];
    pthread_mutex_unlock(&d->lock);
    w->analyze(&w->cx, &s->order[s->scc_start[k]], s->scc_start[k + 1] - s->scc_start[k],
               s->recursive[k]);
    pthread_mutex_lock(&d->lock);
    d->ndone++;
    for (uint32_t c = d->caller_start[k]; c < d->caller_start[k + 1]; c++)
      if (--d->pending[d->callers[c]] == 0)
        d->ready[d->nready++] = d->callers[c];
    pthread_cond_broadcast(&d->changed);
  }
  pthread_mutex_unlock(&d->lock);
  return NULL;
}

static uint32_t thread_count(const esc__ctx *cx, uint32_t nsccs) {
  long n = cx->opt.threads ? (long)cx->opt.threads : sysconf(_SC_NPROCESSORS_ONLN);
  if (n < 1)
    n = 1;
  if (n > MAX_THREADS)
    n = MAX_THREADS;
  return (uint32_t)n < nsccs ? (uint32_t)n : nsccs;
}

void esc__schedule(esc__ctx *cx, const esc__sccs *sccs, esc__scc_fn analyze) {
  uint32_t nthreads = thread_count(cx, sccs->nsccs);
  if (nthreads <= 1) {
    for (uint32_t k = 0; k < sccs->nsccs; k++)
      analyze(cx, &sccs->order[sccs->scc_start[k]], sccs->scc_start[k + 1] - sccs->scc_start[k],
              sccs->recursive[k]);
    return;
  }
  dag d = {.sccs = sccs};
  build(&d, cx);
  pthread_mutex_init(&d.lock, NULL);
  pthread_cond_init(&d.changed, NULL);
  worker workers[MAX_THREADS];
  for (uint32_t t = 0; t < nthreads; t++) {
    workers[t] = (worker){.d = &d, .cx = *cx, .analyze = analyze};
    esc_arena_init(&workers[t].cx.arena);
    workers[t].cx.scratch = (esc__scratch){0};
    /* Worker 0 is this thread; a thread that cannot start leaves its
     * share to the others. */
    workers[t].running = t > 0 && pthread_create(&workers[t].thread, NULL, work, &workers[t]) == 0;
  }
  work(&workers[0]);
  for (uint32_t t = 1; t < nthreads; t++)
    if (workers[t].running)
      pthread_join(workers[t].thread, NULL);
  for (uint32_t t = 0; t < nthreads; t++) {
    esc_arena_take(&cx->arena, &workers[t].cx.arena);
    esc__scratch_free(&workers[t].cx.scratch);
  }
  pthread_mutex_destroy(&d.lock);
  pthread_cond_destroy(&d.changed);
  free(d.pending);
  free(d.caller_start);
  free(d.callers);
  free(d.ready);
}
