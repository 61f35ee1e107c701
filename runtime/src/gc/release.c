/* release.c: giving pages back to the kernel on a helper thread, for
 * incremental mode. madvise's cost is mostly a TLB flush on every CPU the
 * process ran on, which waits for the other CPUs to answer (0.1-0.5 ms
 * here, several ms on a loaded machine): in a step, that wait would be a
 * pause. The helper thread starts at the first release, does one release
 * at a time and calls nothing but esc__os_release; spans.c keeps the pages
 * out of its free runs until it has reaped the finished release. The helper
 * blocks every signal and never touches GC objects, so it is no mutator.
 * A forked child has no helper: it does an unfinished release itself and
 * starts a helper of its own when it next needs one.
 */
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>

#include "gc_internal.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t job_posted = PTHREAD_COND_INITIALIZER;
static pthread_cond_t job_done = PTHREAD_COND_INITIALIZER;
static void *job; /* under lock: the pages to release, NULL when none */
static size_t job_bytes;
static atomic_bool idle = true; /* no release submitted and unfinished */
static int helper_state;        /* 0: not started, 1: running, -1: could not start */

static void *helper(void *arg) {
  (void)arg;
  pthread_mutex_lock(&lock);
  for (;;) {
    while (!job) pthread_cond_wait(&job_posted, &lock);
    void *p = job;
    size_t bytes = job_bytes;
    pthread_mutex_unlock(&lock);
    esc__os_release(p, bytes);
    pthread_mutex_lock(&lock);
    job = NULL;
    atomic_store_explicit(&idle, true, memory_order_release);
    pthread_cond_broadcast(&job_done);
  }
  return NULL;
}

/* In a child after fork: only the forking thread exists. */
static void forget_helper(void) {
  pthread_mutex_init(&lock, NULL);
  pthread_cond_init(&job_posted, NULL);
  pthread_cond_init(&job_done, NULL);
  if (job) esc__os_release(job, job_bytes);
  job = NULL;
  atomic_store_explicit(&idle, true, memory_order_relaxed);
  helper_state = 0;
}

/* Starts the helper if it is not running; false if it cannot run. */
static bool helper_running(void) {
  static bool fork_handled;
  if (helper_state) return helper_state > 0;
  if (!fork_handled) fork_handled = pthread_atfork(NULL, NULL, forget_helper) == 0;
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &old);
  pthread_t t;
  helper_state = pthread_create(&t, NULL, helper, NULL) == 0 ? 1 : -1;
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  if (helper_state > 0) pthread_detach(t);
  return helper_state > 0;
}

bool esc__release_idle(void) { return atomic_load_explicit(&idle, memory_order_acquire); }

/* Whether esc__release_start may be called: the helper runs and is idle. */
bool esc__release_available(void) { return esc__release_idle() && helper_running(); }

/* Hands [p, p + bytes) to the helper; only when esc__release_available. */
void esc__release_start(void *p, size_t bytes) {
  pthread_mutex_lock(&lock);
  job = p;
  job_bytes = bytes;
  atomic_store_explicit(&idle, false, memory_order_relaxed);
  pthread_cond_signal(&job_posted);
  pthread_mutex_unlock(&lock);
}

void esc__release_wait(void) {
  pthread_mutex_lock(&lock);
  while (!esc__release_idle()) pthread_cond_wait(&job_done, &lock);
  pthread_mutex_unlock(&lock);
}
