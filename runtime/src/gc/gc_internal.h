/* gc_internal.h: the collector's data model, shared by the files of src/gc/.
 *
 * Glossary
 *   arena   one contiguous reservation of address space holding every GC
 *           object; "is this word a pointer into the heap" is one compare.
 *   page    ESC__PAGE bytes of the arena, the unit the arena is carved in.
 *   span    a run of pages with one purpose: small objects of one size class,
 *           one large object, or free pages. Its descriptor is the entry of
 *           its first page in heap.spans; heap.page_head maps every page of a
 *           live span to that entry.
 *   state   one byte per object: its color and whether it has a finalizer.
 *           Small spans keep the bytes at their start, before the objects.
 *   epoch   the number of the last finished mark; a span whose epoch is older
 *           has not been swept since, so its colors are still the marks.
 *
 * Colors and the tri-color invariant
 *   FREE   no object here.
 *   WHITE  allocated, not reached (yet) in this cycle.
 *   GRAY   reached, on the mark stack, its words not yet scanned.
 *   BLACK  reached and scanned (or atomic, or allocated during marking).
 *   While marking, no black object points to a white one: roots and barrier
 *   stores shade their targets gray, and scanning blackens an object and
 *   shades every object it points to before the mutator runs again (the
 *   unscanned rest of a large object stays on the mark stack, and objects
 *   in propagation's prefetch FIFO are still gray, see mark.c). Outside
 *   marking every allocated object in a swept span is white; in an unswept
 *   span, black means "survived the last mark".
 *
 * Invariants
 *   A swept small span has no FREE object below its cursor; objects at or
 *   above its clean index were never handed out since its memory was last
 *   zero, so they read as zero. The current span of a class keeps both in
 *   the class (next, clean) instead, written back when it stops being current.
 *   heap.allocated == bytes of non-FREE objects, less the white ones in
 *   spans not swept since the last mark (they are garbage already counted
 *   out by the mark), once esc__settle has run: allocation's fast path only
 *   spends heap.credit, and esc__settle adds what was spent to
 *   allocated, debt, the stats and (while allocating black) marked.
 */
#ifndef ESC_GC_INTERNAL_H
#define ESC_GC_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cescape/gc.h"

#define ESC__PAGE_SHIFT 13
#define ESC__PAGE ((size_t)1 << ESC__PAGE_SHIFT)
#define ESC__GRANULE 16                /* object alignment and size step */
#define ESC__SMALL_MAX ((size_t)32768) /* larger objects get spans of their own */
#define ESC__NCLASSES 40
#define ESC__MIN_OBJECTS 16            /* a small span holds at least about this many */
#define ESC__RECIP_SHIFT 40            /* index = offset * recip >> shift, exact here */
#define ESC__TRIM_EPOCHS 3             /* trimming gives back pages left unused this many epochs */

enum { ESC__FREE = 0, ESC__WHITE = 1, ESC__GRAY = 2, ESC__BLACK = 3 };
#define ESC__COLOR 3u
#define ESC__FINALIZABLE 4u /* a finalizer is registered for the object */

enum { ESC__SPAN_UNUSED = 0, ESC__SPAN_SMALL, ESC__SPAN_LARGE, ESC__SPAN_FREE, ESC__SPAN_FREE_LAST };

/* Circular doubly linked lists with a sentinel, so that removal needs no
 * list and splicing is constant time (the atomic step moves every span). */
typedef struct esc__link {
  struct esc__link *next, *prev;
} esc__link;
typedef esc__link esc__span_list;

typedef struct esc__span esc__span;
struct esc__span {
  esc__link link;         /* first: a span is its link; on one list or none */
  uint8_t *state;         /* one byte per object */
  uint64_t recip;         /* ceil(2^RECIP_SHIFT / size) for small spans, 0 for large */
  uint64_t epoch;         /* heap.epoch when last swept */
  size_t size;            /* object size (large: the rounded request) */
  uint32_t npages;
  uint32_t first;         /* offset of object 0 from the span's base */
  uint32_t nobjs;
  uint32_t cursor;        /* small, swept: no FREE object below this index */
  uint32_t clean;         /* small: objects from this index on read as zero */
  uint32_t run_head;      /* free runs: on the last page, the index of the first */
  uint8_t kind;
  uint8_t cls;            /* small: size class */
  bool atomic;            /* objects hold no pointers */
  bool dirty;             /* free runs: pages may hold old data */
  uint8_t large_state;    /* the state byte of a large object */
};

/* A small-object size class of one kind (scanned or atomic). Allocation
 * walks the state bytes of the current span from next, taking the first
 * FREE one: a fresh span is a bump allocation, a swept one skips survivors. */
typedef struct esc__class {
  uint8_t *next;           /* state byte of the next object to try in cur */
  uint8_t *end;            /* past cur's last state byte (next == end: none) */
  uintptr_t obj;           /* the object whose state byte next is */
  uintptr_t clean;         /* cur's objects from here on read as zero */
  esc__span *cur;          /* allocation comes from here; on no list */
  esc__span_list unswept;  /* not swept since the last mark */
  esc__span_list avail;    /* swept, with free objects */
  esc__span_list full;     /* swept, no free objects */
} esc__class;

/* A growable array in its own mapping: the collector never calls malloc, so
 * that it can serve as malloc itself (dropin.c). */
typedef struct esc__vec {
  void *data;
  size_t len, cap, elem;
} esc__vec;

typedef struct esc__range {
  uintptr_t start, end;
} esc__range;

enum { ESC__PAUSE, ESC__PROPAGATE, ESC__ATOMIC, ESC__SWEEP, ESC__TRIM };

typedef struct esc__heap {
  bool ready;
  uintptr_t lo;            /* arena base */
  uintptr_t top;           /* arena bytes ever handed out: lo..lo+top */
  size_t reserved;         /* arena bytes reserved */
  esc__span *spans;        /* one descriptor a page */
  uint32_t *page_head;     /* page -> 1 + index of its span's first page, 0 if none */
  esc__span_list free_runs[64]; /* by pages 1..62, [63] for longer runs */
  uint64_t free_run_bits;  /* bit n set when free_runs[n] is not empty */
  size_t free_pages, dirty_free_pages;

  esc__class classes[2][ESC__NCLASSES]; /* [atomic][class] */
  esc__span_list large_unswept, large_swept;

  int state;               /* ESC__PAUSE .. ESC__TRIM */
  int mode;
  uint8_t alloc_color;     /* WHITE, or BLACK while marking */
  uint64_t epoch;
  esc__vec gray;           /* the mark stack (mark.c) */
  size_t marked;           /* bytes of non-white objects in this cycle */
  size_t allocated_black;  /* of which allocated during this cycle's mark */

  size_t allocated;        /* see the invariant above */
  intptr_t credit;         /* bytes allocation may take before esc__collect_if_due */
  intptr_t credit_granted; /* credit when last granted or settled */
  size_t in_use_pages;
  size_t low_dirty[ESC__TRIM_EPOCHS + 1]; /* [epoch % (TRIM_EPOCHS + 1)]: fewest dirty free pages then */
  size_t threshold;        /* next cycle starts when allocated reaches it */
  int growth;              /* percent */
  intptr_t debt;           /* incremental: bytes allocated not yet paid in work */
  bool torture;            /* collect (or step) at every allocation */
  bool (*may_collect)(void); /* drop-in only, set before init: is it safe to collect now */

  uintptr_t stack_top;     /* highest address of the mutator's stack */
  esc__vec roots;          /* esc__range: registered roots */
  esc__vec finalizers;     /* esc__finalizer: registered */
  esc__vec to_finalize;    /* esc__finalizer: found unreachable, not yet run */
  esc_gc_stats stats;
} esc__heap;

typedef struct esc__finalizer {
  void *obj;
  void (*fn)(void *obj, void *arg);
  void *arg;
} esc__finalizer;

extern esc__heap esc__gc;

/* os.c: the only file that talks to the kernel. */
void *esc__os_reserve(size_t *size);
void *esc__os_map(size_t size);
void *esc__os_remap(void *p, size_t old_size, size_t new_size);
void esc__os_unmap(void *p, size_t size);
void esc__os_release(void *p, size_t size);
uint64_t esc__os_wall_ns(void);
uint64_t esc__os_cpu_ns(void);
uintptr_t esc__os_stack_top(void);
uintptr_t esc__os_main_stack_top(void);
_Noreturn void esc__os_fatal(const char *what, const char *why);

/* release.c: madvise on a helper thread (incremental mode). */
bool esc__release_available(void);
void esc__release_start(void *p, size_t bytes);
bool esc__release_idle(void);
void esc__release_wait(void);

/* vec.c */
void esc__vec_init(esc__vec *v, size_t elem);
void *esc__vec_push(esc__vec *v);
void esc__vec_remove(esc__vec *v, size_t i); /* moves the last element into i */

/* spans.c: pages, spans, and finding the object a word points into. */
bool esc__heap_setup(void);
esc__span *esc__span_new(size_t npages, bool *zeroed);
void esc__span_release(esc__span *s);
void esc__spans_trim(void);
size_t esc__spans_trim_step(size_t max_pages, bool background);
void esc__spans_new_epoch(void);
void esc__list_init(esc__span_list *l);
void esc__list_push(esc__span_list *l, esc__span *s);
void esc__list_remove(esc__span *s);
void esc__list_splice(esc__span_list *to, esc__span_list *from);
esc__span *esc__list_first(const esc__span_list *l);

static inline uintptr_t esc__span_base(const esc__span *s) {
  return esc__gc.lo + ((uintptr_t)(s - esc__gc.spans) << ESC__PAGE_SHIFT);
}

/* The span and object index that the word p points into, or NULL for a word
 * that does not point into a live span's objects. Hot: inlined in mark.c. */
static inline esc__span *esc__find(uintptr_t p, uint32_t *index) {
  esc__heap *h = &esc__gc;
  uintptr_t off = p - h->lo;
  if (off >= h->top) return NULL;
  uint32_t head = h->page_head[off >> ESC__PAGE_SHIFT];
  if (!head) return NULL;
  esc__span *s = &h->spans[head - 1];
  uintptr_t in = off - ((uintptr_t)(head - 1) << ESC__PAGE_SHIFT) - s->first;
  if (in >= (uintptr_t)s->nobjs * s->size) return NULL;
  *index = (uint32_t)((in * s->recip) >> ESC__RECIP_SHIFT);
  return s;
}

static inline uintptr_t esc__object(const esc__span *s, uint32_t index) {
  return esc__span_base(s) + s->first + (uintptr_t)index * s->size;
}

/* classes.c */
extern uint32_t esc__class_sizes[ESC__NCLASSES];
extern uint8_t esc__class_by_granules[ESC__SMALL_MAX / ESC__GRANULE + 1];
void esc__classes_init(void);
uint32_t esc__class_pages(int cls);

/* The size class of 1 <= n <= ESC__SMALL_MAX bytes: one table load. */
static inline int esc__class_of(size_t n) {
  return esc__class_by_granules[(n + ESC__GRANULE - 1) / ESC__GRANULE];
}

/* alloc.c */
void *esc__alloc(size_t n, bool atomic);
void esc__free(void *p);
esc__span *esc__class_retire(esc__class *c);

/* mark.c */
void esc__mark_init(void);
void esc__mark_range(uintptr_t start, uintptr_t end);
void esc__mark_word(uintptr_t w);
size_t esc__propagate(size_t budget);
void esc__mark_object(esc__span *s, uint32_t index);

/* roots.c */
void esc__roots_mark(void);

/* sweep.c */
uint32_t esc__sweep_span(esc__span *s);
size_t esc__sweep_step(size_t budget);
void esc__sweep_begin(void);
void esc__sweep_finish(void);

/* finalize.c */
void esc__finalizers_separate(void);
void esc__finalizers_mark_pending(void);
void esc__finalizers_run(void);
void esc__finalizers_forget(void *obj);

/* collector.c */
void esc__collect_if_due(size_t n);
bool esc__collect(void);
void esc__settle(void);
void esc__grant_credit(void);
void esc__check_thread_slow(const char *api);
bool esc__init(void);

/* Set on the mutator thread. Initial-exec TLS: one load, also in the shared
 * libraries, where the default model calls __tls_get_addr. */
extern _Thread_local bool esc__is_mutator __attribute__((tls_model("initial-exec")));

/* Every public entry point starts here: one mutator thread only. */
static inline void esc__check_thread(const char *api) {
  if (!esc__is_mutator) esc__check_thread_slow(api);
}

#endif
