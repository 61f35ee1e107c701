/* The region benchmark's driver: builds the shared inputs, times every
 * allocator on every workload (best of BENCH_REPEATS runs of about
 * BENCH_ALLOCS allocations each, after a warm-up run, in thread CPU time)
 * and prints one line per measurement:
 *   allocator <TAB> workload <TAB> ns per allocation
 *
 *   bench_region                  every allocator; malloc is glibc's
 *   bench_region --malloc LABEL   only the malloc family, labelled LABEL
 *                                 (run.sh uses it under LD_PRELOAD)
 * A comment line names the library the process's malloc comes from, so a
 * preload that did not take is visible. */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench.h"

#define BENCH_REPEATS 21
#define BENCH_ALLOCS 500000

typedef struct {
  const char *name;
  size_t param;
  int kind; /* 0 batch, 1 scopes, 2 strings */
} workload;

static const workload workloads[] = {
    {"a: batch of 16", 16, 0},
    {"a: batch of 1000", 1000, 0},
    {"a: batch of 100k", 100000, 0},
    {"b: nested scopes", 6, 1},
    {"c: strings", 1000, 2},
};

static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint64_t next(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

static bench_input input;

static void make_input(void) {
  static char words[BENCH_TABLE][25];
  for (size_t i = 0; i < BENCH_TABLE; i++) {
    input.sizes[i] = (unsigned short)(16 + next() % 241);
    size_t len = 1 + next() % 24;
    for (size_t j = 0; j < len; j++)
      words[i][j] = (char)('a' + next() % 26);
    words[i][len] = '\0';
    input.pieces[i] = words[i];
    input.piece_len[i] = (unsigned char)len;
    input.pieces_per_string[i] = (unsigned char)(1 + next() % 8);
  }
}

/* CPU time of this thread (user and system, so page faults count): the
 * machine may be shared, and time spent preempted is nobody's cost. */
static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static double measure(const bench_allocator *a, const workload *w) {
  bench_run run = w->kind == 0 ? a->batch : w->kind == 1 ? a->scopes : a->strings;
  run(&input, w->param, BENCH_ALLOCS / 4);
  double best = 0;
  for (int i = 0; i < BENCH_REPEATS; i++) {
    double t0 = now_ns();
    size_t n = run(&input, w->param, BENCH_ALLOCS);
    double per = (now_ns() - t0) / (double)n;
    if (i == 0 || per < best)
      best = per;
  }
  return best;
}

static const char *malloc_library(void) {
  Dl_info info;
  void *sym = dlsym(RTLD_DEFAULT, "malloc");
  return sym && dladdr(sym, &info) && info.dli_fname ? info.dli_fname : "unknown";
}

int main(int argc, char **argv) {
  const char *malloc_label = "glibc malloc";
  int malloc_only = 0;
  if (argc == 3 && strcmp(argv[1], "--malloc") == 0) {
    malloc_label = argv[2];
    malloc_only = 1;
  } else if (argc != 1) {
    fprintf(stderr, "usage: %s [--malloc LABEL]\n", argv[0]);
    return 2;
  }
  const bench_allocator *all[] = {&bench_region,  &bench_malloc,      &bench_talloc, &bench_apr,
                                  &bench_obstack, &bench_obstack_big, &bench_floor};
  make_input();
  printf("# %s: malloc from %s\n", malloc_label, malloc_library());
  for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
    if (malloc_only && !all[i]->malloc_family)
      continue;
    const char *label = all[i]->malloc_family ? malloc_label : all[i]->name;
    for (size_t j = 0; j < sizeof workloads / sizeof *workloads; j++) {
      printf("%s\t%s\t%.2f\n", label, workloads[j].name, measure(all[i], &workloads[j]));
      fflush(stdout);
    }
  }
  return 0;
}
