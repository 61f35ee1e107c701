/* test_dropin.c: run under LD_PRELOAD=libcescape-gc-malloc.so (see
 * tests.cmake). An ordinary C program using the malloc family: every entry
 * point behaves as C and POSIX say, memory that is leaked is collected (the
 * peak RSS stays far below the bytes leaked), an object referenced only
 * from callee-saved registers across malloc survives collections (x86-64),
 * and allocation from several threads at once stays correct (collection
 * waits for them to end). */
#define _GNU_SOURCE
#include <malloc.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "check.h"

#define LEAK_ROUNDS 200000
#define LEAK_BYTES 1024

static size_t peak_rss_kib(void) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  size_t kib = 0;
  while (f && fgets(line, sizeof line, f))
    if (sscanf(line, "VmHWM: %zu kB", &kib) == 1) break;
  if (f) fclose(f);
  return kib;
}

static void test_entry_points(void) {
  char *p = malloc(100);
  CHECK(p && malloc_usable_size(p) >= 100);
  memset(p, 'x', 100);
  p = realloc(p, 100000);
  CHECK(p && p[0] == 'x' && p[99] == 'x');
  p = realloc(p, 10);
  CHECK(p && p[9] == 'x');
  free(p);
  int *z = calloc(1000, sizeof *z);
  for (int i = 0; i < 1000; i++) CHECK(z[i] == 0);
  free(z);
  void *volatile huge = calloc(SIZE_MAX / 2, 4); /* volatile: else the call is folded away */
  CHECK(huge == NULL);
  for (size_t align = 16; align <= 65536; align *= 4) {
    void *a;
    CHECK(posix_memalign(&a, align, 200) == 0 && (uintptr_t)a % align == 0);
    CHECK(malloc_usable_size(a) >= 200);
    free(a);
    a = aligned_alloc(align, 3 * align);
    CHECK(a && (uintptr_t)a % align == 0);
    free(a);
    a = memalign(align, 1);
    CHECK(a && (uintptr_t)a % align == 0);
    free(a);
  }
  void *v = valloc(10), *pv = pvalloc(10);
  CHECK(v && pv && (uintptr_t)v % 4096 == 0 && (uintptr_t)pv % 4096 == 0);
  free(v);
  free(pv);
  void *bad;
  CHECK(posix_memalign(&bad, 24, 8) != 0);
  char *s = strdup("drop-in");
  CHECK(strcmp(s, "drop-in") == 0);
  free(s);
}

/* Leaks LEAK_ROUNDS * LEAK_BYTES bytes while keeping one list alive. */
__attribute__((noinline)) static void test_leaks_are_collected(void) {
  void **keep = NULL;
  for (int i = 0; i < LEAK_ROUNDS; i++) {
    char *leak = malloc(LEAK_BYTES);
    memset(leak, i, LEAK_BYTES);
    if (i % 1000 == 0) {
      void **node = malloc(2 * sizeof *node);
      node[0] = keep;
      node[1] = leak;
      keep = node;
    }
  }
  int kept = 0;
  for (void **n = keep; n; n = n[0], kept++) CHECK(((unsigned char *)n[1])[0] == (unsigned char)((LEAK_ROUNDS / 1000 - 1 - kept) * 1000));
  CHECK(kept == LEAK_ROUNDS / 1000);
  size_t leaked_kib = (size_t)LEAK_ROUNDS * LEAK_BYTES / 1024;
  CHECK(peak_rss_kib() < leaked_kib / 2);
}

#if defined(__x86_64__)
#define HELD 5
#define HELD_BYTES 1024

/* hold_in_registers(objs, fn) moves objs[0..4] into rbx and r12..r15, the
 * callee-saved registers, zeroes objs, calls fn and moves them back: while
 * fn runs, those registers hold the objects' only references. */
void hold_in_registers(void *objs[HELD], void (*fn)(void));
__asm__(".text\n"
        ".globl hold_in_registers\n"
        ".type hold_in_registers, @function\n"
        "hold_in_registers:\n"
        "  pushq %rbx\n  pushq %r12\n  pushq %r13\n  pushq %r14\n  pushq %r15\n"
        "  pushq %rdi\n"
        "  movq (%rdi), %rbx\n  movq 8(%rdi), %r12\n  movq 16(%rdi), %r13\n"
        "  movq 24(%rdi), %r14\n  movq 32(%rdi), %r15\n"
        "  movq $0, (%rdi)\n  movq $0, 8(%rdi)\n  movq $0, 16(%rdi)\n"
        "  movq $0, 24(%rdi)\n  movq $0, 32(%rdi)\n"
        "  subq $8, %rsp\n" /* six pushes: realign the stack for the call */
        "  callq *%rsi\n"
        "  addq $8, %rsp\n"
        "  popq %rdi\n"
        "  movq %rbx, (%rdi)\n  movq %r12, 8(%rdi)\n  movq %r13, 16(%rdi)\n"
        "  movq %r14, 24(%rdi)\n  movq %r15, 32(%rdi)\n"
        "  popq %r15\n  popq %r14\n  popq %r13\n  popq %r12\n  popq %rbx\n"
        "  ret\n"
        ".size hold_in_registers, .-hold_in_registers\n");

/* Each word of a held object holds the object's address. */
__attribute__((noinline)) static void fill_held(void *objs[HELD]) {
  for (int i = 0; i < HELD; i++) {
    uintptr_t *o = malloc(HELD_BYTES);
    for (size_t w = 0; w < HELD_BYTES / sizeof *o; w++) o[w] = (uintptr_t)o;
    objs[i] = o;
  }
}

/* Overwrites the dead stack below the caller, where fill_held's frames
 * left copies of the pointers that the scan would find. */
__attribute__((noinline)) static void scrub_stack(void) {
  volatile char junk[1 << 16];
  memset((char *)junk, 0, sizeof junk);
}

/* Leaks objects of the held objects' size through several collections:
 * a held object that was collected is reused and zeroed. */
static void leak_same_size(void) {
  for (int i = 0; i < 4 * LEAK_ROUNDS / 10; i++) *(volatile char *)malloc(HELD_BYTES) = 1;
}

/* The collector scans the callee-saved registers of the program's frame
 * that called malloc: it once spilled them into a frame it had already
 * popped (a tail call), and jq lost objects that lived in r15. */
static void test_register_roots(void) {
  void *objs[HELD];
  fill_held(objs);
  scrub_stack();
  hold_in_registers(objs, leak_same_size);
  for (int i = 0; i < HELD; i++) {
    uintptr_t *o = objs[i];
    for (size_t w = 0; w < HELD_BYTES / sizeof *o; w++) CHECK(o[w] == (uintptr_t)o);
    free(o);
  }
}
#else
static void test_register_roots(void) {}
#endif

static void *churn(void *arg) {
  uintptr_t seed = (uintptr_t)arg;
  void *slots[64] = {0};
  for (int i = 0; i < 200000; i++) {
    int k = (int)(seed = seed * 6364136223846793005u + 1) >> 3 & 63;
    if (slots[k]) {
      CHECK(*(uintptr_t *)slots[k] == (uintptr_t)slots[k]);
      free(slots[k]);
    }
    slots[k] = malloc(16 + (seed >> 40) % 500);
    *(uintptr_t *)slots[k] = (uintptr_t)slots[k];
  }
  for (int k = 0; k < 64; k++) free(slots[k]);
  return NULL;
}

static void test_threads(void) {
  pthread_t t[4];
  for (uintptr_t i = 0; i < 4; i++) CHECK(pthread_create(&t[i], NULL, churn, (void *)(i + 1)) == 0);
  for (int i = 0; i < 4; i++) CHECK(pthread_join(t[i], NULL) == 0);
}

int main(void) {
  test_entry_points();
  test_leaks_are_collected();
  test_register_roots();
  test_threads();
  puts("drop-in malloc tests passed");
  return 0;
}
