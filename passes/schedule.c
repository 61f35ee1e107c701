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
  const esc__ctx *cx;        /* its callers index and SCCs: read only */
  uint32_t *pending;         /* per SCC: calls into other SCCs not done yet */
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

/* Each SCC waits for its calls into other SCCs (counted once per call). */
static void build(dag *d) {
  const esc__ctx *cx = d->cx;
  const esc__sccs *s = cx->sccs;
  d->pending = xcalloc(s->nsccs, sizeof *d->pending);
  for (uint32_t fn = 0; fn < cx->nfns; fn++)
    for (uint32_t i = 0; i < cx->fns[fn].f->ncalls; i++) {
      uint32_t callee = esc__callee_index(&cx->fns[fn], i);
      if (callee != ESC_NONE && s->scc_of[callee] != s->scc_of[fn])
        d->pending[s->scc_of[fn]]++;
    }
  d->ready = xcalloc(s->nsccs, sizeof *d->ready);
  for (uint32_t k = s->nsccs; k-- > 0;)
    if (!d->pending[k])
      d->ready[d->nready++] = k;
}

/* SCC k is done: each call into it from another SCC is no longer pending
 * (the caller's lock is held). */
static void finish(dag *d, uint32_t k) {
  const esc__ctx *cx = d->cx;
  const esc__sccs *s = cx->sccs;
  for (uint32_t m = s->scc_start[k]; m < s->scc_start[k + 1]; m++) {
    uint32_t callee = s->order[m];
    for (uint32_t c = cx->caller_start[callee]; c < cx->caller_start[callee + 1]; c++) {
      uint32_t caller = s->scc_of[cx->callers[c][0]];
      if (caller != k && --d->pending[caller] == 0)
        d->ready[d->nready++] = caller;
    }
  }
  d->ndone++;
}

static void *work(void *arg) {
  worker *w = arg;
  dag *d = w->d;
  const esc__sccs *s = d->cx->sccs;
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
    finish(d, k);
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

void esc__schedule(esc__ctx *cx, esc__scc_fn analyze) {
  const esc__sccs *sccs = cx->sccs;
  uint32_t nthreads = thread_count(cx, sccs->nsccs);
  if (nthreads <= 1) {
    for (uint32_t k = 0; k < sccs->nsccs; k++)
      analyze(cx, &sccs->order[sccs->scc_start[k]], sccs->scc_start[k + 1] - sccs->scc_start[k],
              sccs->recursive[k]);
    return;
  }
  dag d = {.cx = cx};
  build(&d);
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
  free(d.ready);
}
