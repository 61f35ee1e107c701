/* test_unit.c: the collector's API, one behaviour a function: allocation,
 * explicit free, reachability from each kind of root, interior pointers,
 * atomic objects, finalizers, large objects, stats, the barrier and mode
 * switches, and the one-mutator-thread rule. Unreachable objects are
 * detected through finalizers; since the collector is conservative, checks
 * on them ask for "most", never "all". */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <valgrind/valgrind.h>

#include "cescape/gc.h"
#include "cescape/region.h"
#include "check.h"

#define BATCH 1000

static int shrink = 1; /* argv[1]: divides the longer loops, for torture runs */

typedef struct node {
  struct node *next;
  long payload;
} node;

static int finalized;
static void count_finalized(void *obj, void *arg) {
  (void)obj;
  (void)arg;
  finalized++;
}

static node *global_root;

/* BATCH objects with counting finalizers, reachable from nowhere once this
 * returns. */
__attribute__((noinline)) static void make_garbage(size_t size) {
  for (int i = 0; i < BATCH; i++) {
    void *p = esc_gc_alloc(size);
    CHECK(esc_gc_register_finalizer(p, count_finalized, NULL) == 0);
  }
}

/* A list of n nodes whose every node has a counting finalizer. */
__attribute__((noinline)) static node *make_list(int n) {
  node *head = NULL;
  for (int i = 0; i < n; i++) {
    node *x = esc_gc_alloc(sizeof *x);
    ESC_GC_STORE(x, next, head);
    x->payload = i;
    CHECK(esc_gc_register_finalizer(x, count_finalized, NULL) == 0);
    head = x;
  }
  return head;
}

/* Overwrites the dead stack below the caller, where stale copies of
 * pointers would keep garbage alive (the collector is conservative). */
__attribute__((noinline)) static void scrub_stack(void) {
  char dead[16384];
  memset(dead, 0, sizeof dead);
  __asm__ volatile("" : : "r"(dead) : "memory");
}

/* Stores a fresh list into *slot from a frame that is gone afterwards. */
__attribute__((noinline)) static void store_list(node **slot, int n) { *slot = make_list(n); }

static void collect_scrubbed(void) {
  scrub_stack();
  esc_gc_collect();
}

static int list_sum_ok(const node *head, int n) {
  long sum = 0, count = 0;
  for (; head; head = head->next) sum += head->payload, count++;
  return count == n && sum == (long)n * (n - 1) / 2;
}

static void test_alloc_is_zeroed_and_sized(void) {
  for (size_t n = 1; n < 70000; n = n * 3 + 1) {
    unsigned char *p = esc_gc_alloc(n);
    CHECK(p && ((uintptr_t)p & 15) == 0);
    for (size_t i = 0; i < n; i++) CHECK(p[i] == 0);
    CHECK(esc_gc_size(p) >= n);
    CHECK(esc_gc_size(p + n - 1) >= 1);
    memset(p, 0xab, n);
  }
  CHECK(esc_gc_size(&global_root) == 0);
}

static void test_free_reuses_memory(void) {
  void *p = esc_gc_alloc(48);
  esc_gc_free(p);
  CHECK(esc_gc_size(p) == 0);
  void *q = esc_gc_alloc(48);
  CHECK(q == p);
  esc_gc_free(NULL);
}

/* Memory that comes back, from an explicit free or from a collection,
 * reads as zero again, whatever was written into it. */
static unsigned char *reused[2048];

static void fill_reused(size_t from, size_t step, size_t size) {
  for (size_t i = from; i < sizeof reused / sizeof *reused; i += step) {
    reused[i] = esc_gc_alloc(size);
    for (size_t k = 0; k < size; k++) CHECK(reused[i][k] == 0);
    memset(reused[i], 0xff, size);
  }
}

static void test_reused_memory_is_zeroed(void) {
  const size_t n = sizeof reused / sizeof *reused;
  for (size_t size = 16; size <= 96; size += 16) {
    fill_reused(0, 1, size);
    for (size_t i = 0; i < n; i += 2) esc_gc_free(reused[i]);
    fill_reused(0, 2, size);
    for (size_t i = 1; i < n; i += 2) reused[i] = NULL;
    collect_scrubbed();
    fill_reused(1, 2, size);
  }
  memset(reused, 0, sizeof reused);
}

static void test_unreachable_is_finalized_then_freed(void) {
  finalized = 0;
  make_garbage(32);
  collect_scrubbed();
  CHECK(finalized > BATCH * 9 / 10);
  esc_gc_stats before;
  esc_gc_get_stats(&before);
  esc_gc_collect();
  esc_gc_stats after;
  esc_gc_get_stats(&after);
  CHECK(after.collections == before.collections + 1);
}

/* The registered root lives in malloc's memory, which nothing else scans. */
static void test_roots_keep_objects(void) {
  finalized = 0;
  node **registered_slot = calloc(4, sizeof *registered_slot);
  esc_gc_add_roots(registered_slot, registered_slot + 4);
  store_list(&global_root, BATCH);
  store_list(&registered_slot[2], BATCH);
  node **holder = esc_gc_alloc(sizeof *holder);
  store_list(holder, BATCH);
  collect_scrubbed();
  collect_scrubbed();
  CHECK(finalized == 0);
  CHECK(list_sum_ok(global_root, BATCH));
  CHECK(list_sum_ok(registered_slot[2], BATCH));
  CHECK(list_sum_ok(*holder, BATCH));
  esc_gc_remove_roots(registered_slot, registered_slot + 4);
  global_root = NULL;
  collect_scrubbed();
  CHECK(finalized > BATCH * 2 * 9 / 10);
  free(registered_slot);
}

/* Sets the int that arg points to: a finalizer that names its object,
 * where garbage that earlier tests left (and stale stack words kept) would
 * make a global count ambiguous. */
static void set_flag(void *obj, void *arg) {
  (void)obj;
  *(int *)arg = 1;
}

static void test_interior_pointer_keeps_object(void) {
  static int inner_finalized;
  char *p = esc_gc_alloc(256);
  CHECK(esc_gc_register_finalizer(p, set_flag, &inner_finalized) == 0);
  char *volatile inside = p + 200;
  p = NULL;
  esc_gc_collect();
  CHECK(!inner_finalized);
  CHECK(esc_gc_size(inside) == 56);
}

static void test_atomic_objects_are_not_scanned(void) {
  finalized = 0;
  node **box = esc_gc_alloc_atomic(sizeof *box);
  store_list(box, BATCH);
  collect_scrubbed();
  CHECK(finalized > BATCH * 9 / 10);
}

static void test_large_objects(void) {
  size_t n = (size_t)1 << 22;
  node **big = esc_gc_alloc(n);
  store_list(&big[n / sizeof *big - 1], BATCH);
  finalized = 0;
  collect_scrubbed();
  CHECK(finalized == 0);
  CHECK(list_sum_ok(big[n / sizeof *big - 1], BATCH));
  esc_gc_stats st;
  esc_gc_get_stats(&st);
  CHECK(st.heap_bytes >= n && st.live_bytes >= n);
  esc_gc_free(big);
  CHECK(esc_gc_size(big) == 0);
}

static void test_finalizer_replaced_and_removed(void) {
  collect_scrubbed();
  finalized = 0;
  void *p = esc_gc_alloc(16);
  CHECK(esc_gc_register_finalizer((char *)p + 1, count_finalized, NULL) == -1);
  CHECK(esc_gc_register_finalizer(p, count_finalized, NULL) == 0);
  CHECK(esc_gc_register_finalizer(p, NULL, NULL) == 0);
  esc_gc_free(p);
  esc_gc_collect();
  CHECK(finalized == 0);
}

/* Objects reachable only from a live region survive; once the region is
 * destroyed they are collected. */
static void test_region_memory_is_a_root(void) {
  finalized = 0;
  esc_region *r = esc_region_create(0);
  store_list(esc_region_alloc(r, sizeof(node *)), BATCH);
  collect_scrubbed();
  CHECK(finalized == 0);
  esc_region_destroy(r);
  collect_scrubbed();
  CHECK(finalized > BATCH * 9 / 10);
}

/* In incremental mode, a list built while a cycle is marking, with stores
 * through the barrier, survives the cycle intact. */
static void test_incremental_barrier(void) {
  esc_gc_set_mode(ESC_GC_INCREMENTAL);
  node **box = esc_gc_alloc(sizeof *box);
  int length = 20000 / shrink;
  for (int round = 0; round < 20 / shrink + 1; round++) {
    node *head = NULL;
    for (int i = 0; i < length; i++) {
      node *x = esc_gc_alloc(sizeof *x);
      x->payload = i;
      ESC_GC_STORE(x, next, head);
      head = x;
      if (i % 100 == 0) {
        *box = head;
        head = NULL;
        for (node *y = *box; y && !head; y = y->next) head = y;
      }
    }
    CHECK(list_sum_ok(head, length));
  }
  esc_gc_stats st;
  esc_gc_get_stats(&st);
  CHECK(st.collections > 0);
  esc_gc_set_mode(ESC_GC_STOP_THE_WORLD);
}

/* Meaningless under ESC_GC_TORTURE, which collects at every allocation. */
static void test_growth_changes_pacing(void) {
  const char *torture = getenv("ESC_GC_TORTURE");
  if (torture && *torture && strcmp(torture, "0")) return;
  esc_gc_stats a, b;
  void *volatile live = esc_gc_alloc_atomic((size_t)8 << 20);
  esc_gc_set_target_growth(10);
  esc_gc_get_stats(&a);
  for (int i = 0; i < 400000; i++) esc_gc_alloc(64);
  esc_gc_get_stats(&b);
  uint64_t tight = b.collections - a.collections;
  esc_gc_set_target_growth(1000);
  for (int i = 0; i < 400000; i++) esc_gc_alloc(64);
  esc_gc_get_stats(&a);
  CHECK(a.collections - b.collections < tight);
  CHECK(esc_gc_size(live) > 0);
  esc_gc_set_target_growth(100);
}

/* The resident memory of the process, from /proc/self/statm. */
static long resident_kib(void) {
  FILE *f = fopen("/proc/self/statm", "r");
  long size = 0, resident = 0;
  CHECK(f && fscanf(f, "%ld %ld", &size, &resident) == 2);
  fclose(f);
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

/* 32 MiB of large objects, touched, then dropped; returns the resident
 * size while they were live. */
static void *volatile shrinking[64]; /* volatile: clearing it is not a dead store */
static const size_t shrinking_chunk = (size_t)512 << 10;

static long grow_then_drop(void) {
  const size_t n = sizeof shrinking / sizeof *shrinking;
  for (size_t i = 0; i < n; i++) memset(shrinking[i] = esc_gc_alloc_atomic(shrinking_chunk), 1, shrinking_chunk);
  long full = resident_kib();
  for (size_t i = 0; i < n; i++) shrinking[i] = NULL;
  scrub_stack();
  return full;
}

/* Allocates small garbage until `cycles` more collections have run, calling
 * each (if any) with the count so far after every batch. */
static void allocate_for_cycles(uint64_t cycles, void (*each)(uint64_t done)) {
  esc_gc_stats st, now;
  esc_gc_get_stats(&st);
  do {
    for (int i = 0; i < 64; i++) esc_gc_alloc_atomic(4096);
    esc_gc_get_stats(&now);
    if (each) each(now.collections - st.collections);
  } while (now.collections < st.collections + cycles);
}

/* A heap that shrank gives its free pages back to the kernel within some
 * cycles, in either mode (incremental mode through its helper thread). */
static void test_shrunk_heap_gives_pages_back(void) {
  if (RUNNING_ON_VALGRIND) return; /* the resident size would be valgrind's */
  const int modes[] = {ESC_GC_STOP_THE_WORLD, ESC_GC_INCREMENTAL};
  for (int m = 0; m < 2; m++) {
    esc_gc_set_mode(modes[m]);
    long full = grow_then_drop();
    allocate_for_cycles(40, NULL);
    CHECK(resident_kib() < full - (long)(sizeof shrinking / sizeof *shrinking * shrinking_chunk / 1024 / 4));
  }
  esc_gc_set_mode(ESC_GC_STOP_THE_WORLD);
}

/* A child forked at any moment, also while the helper thread is giving
 * pages back, can collect (and give pages back) on its own. Pages are
 * given back from the fourth cycle after the drop on (the surplus must
 * have stayed unused for three), so the forks come then, after every
 * batch. The alarm only turns a deadlock into a failure. */
static int forks_left;

static void fork_and_collect(uint64_t done) {
  if (done < 4 || !forks_left) return;
  forks_left--;
  pid_t pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) {
    alarm(60);
    esc_gc_collect();
    esc_gc_collect();
    _exit(0);
  }
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static void test_fork_while_giving_pages_back(void) {
  if (RUNNING_ON_VALGRIND) return; /* slow, and the helper is tested without it */
  esc_gc_set_mode(ESC_GC_INCREMENTAL);
  for (int round = 0; round < 4; round++) {
    grow_then_drop();
    forks_left = 40;
    allocate_for_cycles(12, fork_and_collect);
  }
  esc_gc_set_mode(ESC_GC_STOP_THE_WORLD);
}

static void *alloc_from_other_thread(void *arg) {
  (void)arg;
  esc_gc_alloc(8);
  return NULL;
}

/* A second thread calling the API aborts with a message naming it. Not
 * under valgrind, which takes minutes to dump the core of the aborting
 * child's address space. */
static void test_other_thread_aborts(void) {
  if (RUNNING_ON_VALGRIND) return;
  int fds[2];
  CHECK(pipe(fds) == 0);
  pid_t pid = fork();
  if (pid == 0) {
    setrlimit(RLIMIT_CORE, &(struct rlimit){0, 0});
    dup2(fds[1], 2);
    pthread_t t;
    pthread_create(&t, NULL, alloc_from_other_thread, NULL);
    pthread_join(t, NULL);
    _exit(0);
  }
  close(fds[1]);
  char msg[512] = {0};
  size_t got = 0;
  ssize_t n;
  while (got < sizeof msg - 1 && (n = read(fds[0], msg + got, sizeof msg - 1 - got)) > 0) got += (size_t)n;
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
  CHECK(strstr(msg, "esc_gc_alloc") && strstr(msg, "thread"));
}

int main(int argc, char **argv) {
  if (argc > 1) shrink = atoi(argv[1]);
  CHECK(shrink > 0);
  CHECK(esc_gc_init() == 0);
  test_alloc_is_zeroed_and_sized();
  test_free_reuses_memory();
  test_reused_memory_is_zeroed();
  test_unreachable_is_finalized_then_freed();
  test_roots_keep_objects();
  test_interior_pointer_keeps_object();
  test_atomic_objects_are_not_scanned();
  test_large_objects();
  test_finalizer_replaced_and_removed();
  test_region_memory_is_a_root();
  test_incremental_barrier();
  test_growth_changes_pacing();
  test_shrunk_heap_gives_pages_back();
  test_fork_while_giving_pages_back();
  test_other_thread_aborts();
  puts("gc unit tests passed");
  return 0;
}
