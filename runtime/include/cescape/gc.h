/* cescape/gc.h: the public interface of libcescape-rt's garbage collector.
 *
 * A conservative, tri-color mark-and-sweep collector for C objects whose
 * ownership is murky: allocate with esc_gc_alloc instead of malloc and drop
 * the free. Roots are found without help from the program (the stack and
 * registers of the thread that called esc_gc_init, the data and bss of every
 * loaded object, the used memory of live esc_region regions) plus the ranges
 * given to esc_gc_add_roots. Any word that points into an object, including
 * its interior, keeps it alive.
 *
 * Two modes: ESC_GC_STOP_THE_WORLD (the default) needs no change to the
 * program beyond the allocation calls. ESC_GC_INCREMENTAL interleaves marking
 * with allocation in small steps and needs every store of a GC pointer into a
 * GC object to go through ESC_GC_STORE while a cycle may be running.
 *
 * One mutator thread: every call must come from the thread that called
 * esc_gc_init; a call from another thread aborts with a message naming the
 * function. The design is in docs/runtime-gc.md.
 */
#ifndef CESCAPE_GC_H
#define CESCAPE_GC_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
  ESC_GC_STOP_THE_WORLD = 0, /* each collection marks and sweeps in one pause */
  ESC_GC_INCREMENTAL = 1     /* marking in small steps paid for by allocation */
};

/* Counters since esc_gc_init. Pauses are the time the mutator was stopped
 * for the collector (a whole collection, or one incremental step), both in
 * wall-clock time and in the thread's CPU time. */
typedef struct esc_gc_stats {
  uint64_t collections;        /* completed mark cycles */
  uint64_t total_pause_ns;     /* wall clock */
  uint64_t max_pause_ns;       /* wall clock */
  uint64_t total_pause_cpu_ns; /* CLOCK_THREAD_CPUTIME_ID */
  uint64_t max_pause_cpu_ns;   /* CLOCK_THREAD_CPUTIME_ID */
  size_t heap_bytes;           /* bytes of pages holding objects now */
  size_t live_bytes;           /* bytes found reachable by the last cycle */
  uint64_t allocated_bytes;    /* bytes handed out since init */
} esc_gc_stats;

/* Call from main (or use ESC_GC_INIT()); 0 on success. Optional: the first
 * allocation initialises the collector too, but the thread that makes it
 * becomes the mutator. ESC_GC_MODE=incremental and ESC_GC_TORTURE=1 in the
 * environment select incremental mode and a collection at every allocation. */
int esc_gc_init(void);
#define ESC_GC_INIT() ((void)esc_gc_init())

void *esc_gc_alloc(size_t n);        /* zeroed; may hold pointers: scanned */
void *esc_gc_alloc_atomic(size_t n); /* zeroed; holds no pointers: never scanned */
void esc_gc_free(void *p);           /* explicit free of an object known dead */
void esc_gc_collect(void);           /* a full collection now */

/* [start, end) is scanned as a root until removed. Removal drops every
 * registered range lying inside [start, end). */
void esc_gc_add_roots(void *start, void *end);
void esc_gc_remove_roots(void *start, void *end);

/* fn(obj, arg) runs once, after the cycle that found obj unreachable, outside
 * the collector; obj is freed by a later cycle if still unreachable then. One
 * finalizer per object: registering again replaces it, a NULL fn removes it.
 * Returns 0, or -1 if obj is not the start of a GC object. */
int esc_gc_register_finalizer(void *obj, void (*fn)(void *obj, void *arg), void *arg);

void esc_gc_set_mode(int mode);             /* ESC_GC_STOP_THE_WORLD or ESC_GC_INCREMENTAL */
void esc_gc_set_target_growth(int percent); /* next cycle when the heap grew this much; default 100 */
void esc_gc_get_stats(esc_gc_stats *out);

/* Size of the object that p points into, counted from p; 0 if p is not in a
 * live GC object. */
size_t esc_gc_size(const void *p);

/* The write barrier (Dijkstra insertion): while a cycle is marking, the
 * stored pointer is shaded gray so that no black object ever points to a
 * white one. Use it for every pointer store into a GC object in incremental
 * mode: ESC_GC_STORE(node, next, other) is node->next = other. */
extern int esc__gc_marking;
void esc__gc_shade(const void *p);
#define ESC_GC_STORE(obj, field, value)                         \
  do {                                                          \
    __typeof__((obj)->field) esc_stored_ = (value);             \
    (obj)->field = esc_stored_;                                 \
    if (esc__gc_marking) esc__gc_shade((const void *)esc_stored_); \
  } while (0)

#ifdef __cplusplus
}
#endif
#endif
