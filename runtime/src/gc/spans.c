/* spans.c: the arena, carved into spans of whole pages. Free pages are kept
 * as runs (neighbours merge on release) in bins by length, so that finding
 * a run is a bit scan; pages never used yet lie above heap.top. Free runs
 * that grew large are given back to the kernel a slice at a time
 * (esc__spans_trim_step), which splits a run into its clean and dirty parts.
 * Also the doubly linked span lists that size classes and sweeping use.
 */
#include <string.h>
#include <valgrind/memcheck.h>

#include "gc_internal.h"

#define LONG_RUNS 63 /* runs of this many pages or more share the last bin */
#define TRIM_MIN_PAGES 16 /* shorter free runs are never given back */
#define TRIM_SLACK_PAGES (((size_t)4 << 20) / ESC__PAGE)
#define TRIM_MAX_PAGES (((size_t)2 << 20) / ESC__PAGE)

static size_t page_of(const esc__span *s) { return (size_t)(s - esc__gc.spans); }
static int bin_of(size_t npages) { return npages < LONG_RUNS ? (int)npages : LONG_RUNS; }

/* Under valgrind, the arena and its tables are inaccessible above heap.top:
 * otherwise its leak check at exit reads all 16 GiB of the reservation. */
static void valgrind_grant(size_t first_page, size_t npages) {
  esc__heap *h = &esc__gc;
  VALGRIND_MAKE_MEM_DEFINED(h->lo + (first_page << ESC__PAGE_SHIFT), npages << ESC__PAGE_SHIFT);
  VALGRIND_MAKE_MEM_DEFINED(&h->spans[first_page], npages * sizeof(esc__span));
  VALGRIND_MAKE_MEM_DEFINED(&h->page_head[first_page], npages * sizeof(uint32_t));
}

bool esc__heap_setup(void) {
  esc__heap *h = &esc__gc;
  h->lo = (uintptr_t)esc__os_reserve(&h->reserved);
  if (!h->lo) return false;
  size_t npages = h->reserved >> ESC__PAGE_SHIFT;
  h->spans = esc__os_map(npages * sizeof(esc__span));
  h->page_head = esc__os_map(npages * sizeof(uint32_t));
  if (!h->spans || !h->page_head) return false;
  VALGRIND_MAKE_MEM_NOACCESS(h->lo, h->reserved);
  VALGRIND_MAKE_MEM_NOACCESS(h->spans, npages * sizeof(esc__span));
  VALGRIND_MAKE_MEM_NOACCESS(h->page_head, npages * sizeof(uint32_t));
  for (int bin = 0; bin <= LONG_RUNS; bin++) esc__list_init(&h->free_runs[bin]);
  for (int atomic = 0; atomic < 2; atomic++)
    for (int cls = 0; cls < ESC__NCLASSES; cls++) {
      esc__class *c = &h->classes[atomic][cls];
      esc__list_init(&c->unswept);
      esc__list_init(&c->avail);
      esc__list_init(&c->full);
    }
  esc__list_init(&h->large_unswept);
  esc__list_init(&h->large_swept);
  return true;
}

void esc__list_init(esc__span_list *l) { l->next = l->prev = l; }

esc__span *esc__list_first(const esc__span_list *l) {
  return l->next == l ? NULL : (esc__span *)l->next;
}

void esc__list_push(esc__span_list *l, esc__span *s) {
  s->link.next = l->next;
  s->link.prev = l;
  l->next->prev = &s->link;
  l->next = &s->link;
}

void esc__list_remove(esc__span *s) {
  s->link.prev->next = s->link.next;
  s->link.next->prev = s->link.prev;
  s->link.next = s->link.prev = NULL;
}

/* Moves every span of from to the front of to. */
void esc__list_splice(esc__span_list *to, esc__span_list *from) {
  if (from->next == from) return;
  from->prev->next = to->next;
  to->next->prev = from->prev;
  to->next = from->next;
  from->next->prev = to;
  esc__list_init(from);
}

/* A free run is marked on its first page (kind FREE, npages) and, when
 * longer than one page, on its last (kind FREE_LAST, run_head), so that a
 * released span finds both neighbours in constant time. Dirty runs go to the
 * front of their bin and clean ones to the back. */
static void run_insert(size_t page, size_t npages, bool dirty) {
  esc__heap *h = &esc__gc;
  esc__span *s = &h->spans[page];
  *s = (esc__span){.kind = ESC__SPAN_FREE, .npages = (uint32_t)npages, .dirty = dirty};
  if (npages > 1) {
    esc__span *last = &h->spans[page + npages - 1];
    last->kind = ESC__SPAN_FREE_LAST;
    last->run_head = (uint32_t)page;
  }
  int bin = bin_of(npages);
  esc__span_list *l = &h->free_runs[bin];
  if (dirty) {
    esc__list_push(l, s);
  } else {
    s->link.next = l;
    s->link.prev = l->prev;
    l->prev->next = &s->link;
    l->prev = &s->link;
  }
  h->free_run_bits |= 1ull << bin;
  h->free_pages += npages;
  if (dirty) h->dirty_free_pages += npages;
}

static void run_remove(esc__span *s) {
  esc__heap *h = &esc__gc;
  int bin = bin_of(s->npages);
  esc__list_remove(s);
  if (!esc__list_first(&h->free_runs[bin])) h->free_run_bits &= ~(1ull << bin);
  h->free_pages -= s->npages;
  if (s->dirty) h->dirty_free_pages -= s->npages;
  if (s->npages > 1) h->spans[page_of(s) + s->npages - 1].kind = ESC__SPAN_UNUSED;
  s->kind = ESC__SPAN_UNUSED;
}

/* Keeps the current epoch's low-water mark of dirty free pages. */
static size_t *epoch_low(uint64_t epoch) { return &esc__gc.low_dirty[epoch % (ESC__TRIM_EPOCHS + 1)]; }

static void note_low_dirty(void) {
  size_t *low = epoch_low(esc__gc.epoch);
  if (esc__gc.dirty_free_pages < *low) *low = esc__gc.dirty_free_pages;
}

/* The mark just ended: a new epoch's low-water mark starts. */
void esc__spans_new_epoch(void) { *epoch_low(esc__gc.epoch) = esc__gc.dirty_free_pages; }

/* The first free run of at least npages, or NULL. Dirty runs come first,
 * as a clean one (given back to the kernel) costs a page fault per page:
 * each bin holds its dirty runs before its clean ones (run_insert). */
static esc__span *run_find(size_t npages) {
  esc__heap *h = &esc__gc;
  esc__span *clean = NULL;
  for (uint64_t bins = h->free_run_bits & (~0ull << bin_of(npages)); bins; bins &= bins - 1) {
    esc__span_list *l = &h->free_runs[__builtin_ctzll(bins)];
    for (esc__link *k = l->next; k != l; k = k->next) {
      esc__span *s = (esc__span *)k;
      if (s->npages < npages) continue;
      if (s->dirty) return s;
      if (!clean) clean = s;
      break;
    }
  }
  return clean;
}

/* A release handed to the helper thread (release.c) and not yet reaped:
 * its pages are on no list until then. */
static size_t releasing_page, releasing_pages;

/* Takes a finished background release back as a clean free run. */
static void reap(void) {
  if (!releasing_pages || !esc__release_idle()) return;
  run_insert(releasing_page, releasing_pages, false);
  releasing_pages = 0;
}

/* A span of npages pages, from a free run or from fresh arena; *zeroed
 * tells whether its memory is known to read as zero. NULL when the arena is
 * exhausted. */
esc__span *esc__span_new(size_t npages, bool *zeroed) {
  esc__heap *h = &esc__gc;
  size_t page;
  reap();
  esc__span *run = run_find(npages);
  if (run) {
    page = page_of(run);
    size_t have = run->npages;
    *zeroed = !run->dirty;
    bool dirty = run->dirty;
    run_remove(run);
    if (have > npages) run_insert(page + npages, have - npages, dirty);
  } else {
    if (h->top + npages * ESC__PAGE > h->reserved) return NULL;
    page = h->top >> ESC__PAGE_SHIFT;
    h->top += npages * ESC__PAGE;
    valgrind_grant(page, npages);
    *zeroed = true;
  }
  esc__span *s = &h->spans[page];
  *s = (esc__span){.npages = (uint32_t)npages};
  for (size_t i = 0; i < npages; i++) h->page_head[page + i] = (uint32_t)page + 1;
  h->in_use_pages += npages;
  note_low_dirty();
  return s;
}

/* Returns the span's pages to the free runs, merged with dirty free
 * neighbours. A clean neighbour (given back to the kernel) stays a run of
 * its own: merged, its pages would count as dirty and be given back again. The span must be on no list. */
void esc__span_release(esc__span *s) {
  esc__heap *h = &esc__gc;
  size_t page = page_of(s), npages = s->npages;
  memset(&h->page_head[page], 0, npages * sizeof(uint32_t));
  h->in_use_pages -= npages;
  s->kind = ESC__SPAN_UNUSED;
  if (page > 0) {
    esc__span *left = &h->spans[page - 1];
    esc__span *head = left->kind == ESC__SPAN_FREE        ? left
                      : left->kind == ESC__SPAN_FREE_LAST ? &h->spans[left->run_head]
                                                          : NULL;
    if (head && head->dirty) {
      page = page_of(head);
      npages += head->npages;
      run_remove(head);
    }
  }
  size_t right = page + npages;
  if ((right << ESC__PAGE_SHIFT) < h->top && h->spans[right].kind == ESC__SPAN_FREE && h->spans[right].dirty) {
    esc__span *r = &h->spans[right];
    npages += r->npages;
    run_remove(r);
  }
  run_insert(page, npages, true);
}

/* Dirty free pages that no span took in any of the last ESC__TRIM_EPOCHS
 * finished epochs, beyond TRIM_SLACK_PAGES: what the heap did not need
 * while its program went through several cycles (phases differ, and in
 * incremental mode the heap grows past its threshold while a cycle marks).
 * Giving back only these means a heap that shrank stops holding memory a
 * few cycles later, while one that breathes does not give pages back only
 * to fault them in again: each release costs a system call and a TLB
 * flush, and each page a fault. */
static size_t surplus_pages(void) {
  esc__heap *h = &esc__gc;
  size_t unused = SIZE_MAX;
  for (uint64_t e = 1; e <= ESC__TRIM_EPOCHS; e++)
    if (*epoch_low(h->epoch + e) < unused) unused = *epoch_low(h->epoch + e);
  return unused > TRIM_SLACK_PAGES ? unused - TRIM_SLACK_PAGES : 0;
}

/* The first dirty free run long enough to be worth a system call. */
static esc__span *trim_candidate(void) {
  esc__heap *h = &esc__gc;
  for (int bin = LONG_RUNS; bin >= TRIM_MIN_PAGES; bin--)
    for (esc__link *k = h->free_runs[bin].next; k != &h->free_runs[bin]; k = k->next)
      if (((esc__span *)k)->dirty) return (esc__span *)k;
  return NULL;
}

/* Gives surplus dirty free pages back to the kernel, from the front of one
 * run: the released part becomes a clean run of its own, the rest stays
 * dirty. At most TRIM_MAX_PAGES a cycle (an epoch of the sweeper). The
 * kernel's cost is mostly per call (a TLB flush on every CPU the process
 * ran on, 0.1-0.5 ms here whether 3 or 256 pages go, several ms when the
 * machine is loaded). In the background (incremental mode), the helper
 * thread releases everything due this cycle in one call, one call at a
 * time: while it works this returns 0. Otherwise at most max_pages go, on
 * this thread. Returns the pages released or handed over, 0 when nothing
 * is due. */
size_t esc__spans_trim_step(size_t max_pages, bool background) {
  static size_t released;
  static uint64_t epoch;
  reap();
  if (releasing_pages) return 0;
  if (epoch != esc__gc.epoch) {
    epoch = esc__gc.epoch;
    released = 0;
  }
  size_t due = surplus_pages();
  if (due > TRIM_MAX_PAGES) due = TRIM_MAX_PAGES;
  due = due > released ? due - released : 0;
  esc__span *s = due ? trim_candidate() : NULL;
  if (!s) return 0;
  bool helper = background && esc__release_available();
  if (!helper && max_pages < due) due = max_pages;
  size_t page = page_of(s), npages = s->npages, take = npages < due ? npages : due;
  void *base = (void *)esc__span_base(s);
  run_remove(s);
  if (take < npages) run_insert(page + take, npages - take, true);
  if (helper) {
    esc__release_start(base, take << ESC__PAGE_SHIFT);
    releasing_page = page;
    releasing_pages = take;
  } else {
    esc__os_release(base, take << ESC__PAGE_SHIFT);
    run_insert(page, take, false);
  }
  released += take;
  note_low_dirty();
  return take;
}

/* Trimming in one go, for stop-the-world pauses (after any release in the
 * background has finished). */
void esc__spans_trim(void) {
  if (releasing_pages) {
    esc__release_wait();
    reap();
  }
  while (esc__spans_trim_step(TRIM_MAX_PAGES, false)) {
  }
}
