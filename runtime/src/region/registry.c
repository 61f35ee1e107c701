/* The registry of live regions: every region, scratch regions of all
 * threads included, is on one list under one lock from creation to
 * destruction, so the garbage collector can treat their used memory as roots
 * (the seam is declared in src/region_roots.h).
 *
 * The lock guards list membership only. Reading a region's chunks while its
 * owner thread allocates is the collector's business: it must stop or
 * otherwise synchronise with mutators. The ranges include the alignment
 * padding between pieces, which ASan keeps poisoned and Valgrind no-access:
 * a scanner must not be ASan-instrumented, and should silence Valgrind's
 * error reporting while it reads them.
 */
#include <pthread.h>

#include "region_impl.h"
#include "region_roots.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static esc_region *live;

void esc__registry_add(esc_region *r) {
  pthread_mutex_lock(&lock);
  r->reg_prev = NULL;
  r->reg_next = live;
  if (live)
    live->reg_prev = r;
  live = r;
  pthread_mutex_unlock(&lock);
}

void esc__registry_remove(esc_region *r) {
  pthread_mutex_lock(&lock);
  if (r->reg_prev)
    r->reg_prev->reg_next = r->reg_next;
  else
    live = r->reg_next;
  if (r->reg_next)
    r->reg_next->reg_prev = r->reg_prev;
  pthread_mutex_unlock(&lock);
}

/* Visits [base, top) of every chunk on the stack and the data of every large
 * block; empty ranges are skipped. */
void esc__region_foreach_used(esc__range_visitor visit, void *ctx) {
  pthread_mutex_lock(&lock);
  for (esc_region *r = live; r; r = r->reg_next) {
    for (esc__chunk *c = r->head.chunk; c; c = c->prev) {
      char *base = chunk_base(r, c);
      char *top = c == r->head.chunk ? r->head.cur : c->top;
      if (top > base)
        visit(base, top, ctx);
    }
    for (esc__large *b = r->large; b; b = b->prev)
      visit(b->data, b->data + b->data_bytes, ctx);
  }
  pthread_mutex_unlock(&lock);
}
