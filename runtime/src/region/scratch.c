/* The per-thread scratch region behind esc_scratch() and ESC_SCRATCH_SCOPE:
 * created on a thread's first call, destroyed by a pthread key destructor
 * when the thread exits. The main thread's scratch region lives until the
 * process exits (it stays registered, so it is reachable, not leaked).
 */
#include <pthread.h>

#include "region_impl.h"

static pthread_key_t key;
static pthread_once_t key_once = PTHREAD_ONCE_INIT;
static _Thread_local esc_region *scratch;

static void destroy_scratch(void *r) {
  scratch = NULL;
  esc_region_destroy(r);
}

static void make_key(void) {
  if (pthread_key_create(&key, destroy_scratch))
    esc__region_die("esc_scratch: cannot create the thread-exit key");
}

esc_region *esc_scratch(void) {
  esc_region *r = scratch;
  if (__builtin_expect(r != NULL, 1))
    return r;
  pthread_once(&key_once, make_key);
  r = esc_region_create(0);
  if (!r || pthread_setspecific(key, r))
    esc__region_die("esc_scratch: out of memory creating this thread's scratch region");
  scratch = r;
  return r;
}
