/* bench_alloc.h: one allocation interface over the three memory managers
 * that bench/gc/ compares, chosen when compiling:
 *   -DBENCH_ESC     cescape's collector (ESC_GC_MODE=incremental for that mode)
 *   -DBENCH_BOEHM   Boehm GC, default configuration (libgc-dev)
 *   -DBENCH_MALLOC  the C library's malloc with explicit free
 * and the report every benchmark prints: wall and CPU time, peak RSS, and
 * for the collectors the number of collections and the longest pause, in
 * wall time and in the thread's CPU time. */
#ifndef BENCH_ALLOC_H
#define BENCH_ALLOC_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

static uint64_t bench_ns(clockid_t id) {
  struct timespec t;
  clock_gettime(id, &t);
  return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

#if defined(BENCH_ESC)
#include "cescape/gc.h"
#define BENCH_NAME (getenv("ESC_GC_MODE") ? "esc-incremental" : "esc")
#define BENCH_INIT() ((void)esc_gc_init())
#define ALLOC(n) esc_gc_alloc(n)
#define ALLOC_ATOMIC(n) esc_gc_alloc_atomic(n)
#define FREE(p) ((void)(p))
#define STORE(obj, field, value) ESC_GC_STORE(obj, field, value)
static void bench_gc_stats(uint64_t *collections, double *pause_ms, double *pause_cpu_ms) {
  esc_gc_stats st;
  esc_gc_get_stats(&st);
  *collections = st.collections;
  *pause_ms = (double)st.max_pause_ns / 1e6;
  *pause_cpu_ms = (double)st.max_pause_cpu_ns / 1e6;
}

#elif defined(BENCH_BOEHM)
#include <gc/gc.h>
static uint64_t boehm_start, boehm_start_cpu, boehm_max, boehm_max_cpu;
static void boehm_event(GC_EventType e) {
  if (e == GC_EVENT_START) {
    boehm_start = bench_ns(CLOCK_MONOTONIC);
    boehm_start_cpu = bench_ns(CLOCK_THREAD_CPUTIME_ID);
  } else if (e == GC_EVENT_END) {
    uint64_t wall = bench_ns(CLOCK_MONOTONIC) - boehm_start;
    uint64_t cpu = bench_ns(CLOCK_THREAD_CPUTIME_ID) - boehm_start_cpu;
    if (wall > boehm_max) boehm_max = wall;
    if (cpu > boehm_max_cpu) boehm_max_cpu = cpu;
  }
}
#define BENCH_NAME "boehm"
#define BENCH_INIT()                        \
  do {                                      \
    GC_INIT();                              \
    GC_set_on_collection_event(boehm_event); \
  } while (0)
#define ALLOC(n) GC_MALLOC(n)
#define ALLOC_ATOMIC(n) GC_MALLOC_ATOMIC(n)
#define FREE(p) ((void)(p))
#define STORE(obj, field, value) ((obj)->field = (value))
static void bench_gc_stats(uint64_t *collections, double *pause_ms, double *pause_cpu_ms) {
  *collections = GC_get_gc_no();
  *pause_ms = (double)boehm_max / 1e6;
  *pause_cpu_ms = (double)boehm_max_cpu / 1e6;
}

#elif defined(BENCH_MALLOC)
#define BENCH_NAME "malloc"
#define BENCH_INIT() ((void)0)
#define ALLOC(n) calloc(1, n)
#define ALLOC_ATOMIC(n) malloc(n)
#define FREE(p) free(p)
#define STORE(obj, field, value) ((obj)->field = (value))
static void bench_gc_stats(uint64_t *collections, double *pause_ms, double *pause_cpu_ms) {
  *collections = 0;
  *pause_ms = *pause_cpu_ms = 0;
}

#else
#error "define BENCH_ESC, BENCH_BOEHM or BENCH_MALLOC"
#endif

typedef struct bench_clock {
  uint64_t wall, cpu;
} bench_clock;

static bench_clock bench_start(void) {
  BENCH_INIT();
  return (bench_clock){bench_ns(CLOCK_MONOTONIC), bench_ns(CLOCK_PROCESS_CPUTIME_ID)};
}

/* One line of key=value pairs, read by run.sh. */
static void bench_report(const char *bench, bench_clock start) {
  double wall = (double)(bench_ns(CLOCK_MONOTONIC) - start.wall) / 1e9;
  double cpu = (double)(bench_ns(CLOCK_PROCESS_CPUTIME_ID) - start.cpu) / 1e9;
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  uint64_t collections;
  double pause, pause_cpu;
  bench_gc_stats(&collections, &pause, &pause_cpu);
  printf("bench=%s alloc=%s wall_s=%.3f cpu_s=%.3f rss_mb=%.1f collections=%llu max_pause_ms=%.3f "
         "max_pause_cpu_ms=%.3f\n",
         bench, BENCH_NAME, wall, cpu, (double)ru.ru_maxrss / 1024, (unsigned long long)collections, pause,
         pause_cpu);
}

#endif
