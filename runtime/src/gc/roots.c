/* roots.c: where marking starts. Conservatively, without the program's
 * help: the registers and stack of the mutator thread, the writable
 * segments (data and bss) and static TLS of the program and of every loaded
 * shared object, the mutator's thread control block (glibc keeps the values
 * of the first pthread_setspecific keys there), the used memory of every
 * live region of the region allocator, the ranges registered with
 * esc_gc_add_roots, and objects whose finalizers are pending. Called at the
 * start of marking and again in the atomic step at its end, since none of
 * these places has a write barrier.
 */
#define _GNU_SOURCE
#include <link.h>
#include <pthread.h>

#include "gc_internal.h"
#include "region_roots.h"

/* Bytes of the thread control block scanned from the thread pointer: less
 * than glibc's struct pthread (2368 bytes in 2.36), and enough to cover its
 * inline pthread_setspecific slots and second-level key table pointers. */
#define TCB_SCAN_BYTES 2048

/* A writable segment, except the collector's own state: its arena base
 * would keep the object at the start of the arena alive. */
static void mark_segment(uintptr_t start, uintptr_t end) {
  uintptr_t self = (uintptr_t)&esc__gc, self_end = self + sizeof esc__gc;
  if (self_end <= start || self >= end) {
    esc__mark_range(start, end);
    return;
  }
  esc__mark_range(start, self);
  esc__mark_range(self_end, end);
}

static int mark_loaded_object(struct dl_phdr_info *info, size_t size, void *ctx) {
  (void)size;
  (void)ctx;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type == PT_LOAD && (ph->p_flags & PF_W)) {
      uintptr_t start = info->dlpi_addr + ph->p_vaddr;
      mark_segment(start, start + ph->p_memsz);
    } else if (ph->p_type == PT_TLS && info->dlpi_tls_data) {
      uintptr_t start = (uintptr_t)info->dlpi_tls_data;
      esc__mark_range(start, start + ph->p_memsz);
    }
  }
  return 0;
}

/* Its frame lies below the registers its caller saved. */
__attribute__((noinline)) static void mark_stack_from_here(void) {
  uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
  if (esc__gc.stack_top > sp) esc__mark_range(sp, esc__gc.stack_top);
}

/* __builtin_unwind_init spills every callee-saved register into this frame
 * (setjmp would not do: glibc mangles the frame pointer it saves), and the
 * frame must stay live while the stack is scanned. The empty asm after the
 * call keeps the call from being a tail call: clang had compiled it to
 * "push the registers, pop them, jmp", the callee's frame then lay where the
 * spilled words had been, and a pointer the program held only in a
 * callee-saved register across malloc was missed (jq 1.6 and sqlite3 lost
 * live objects under ESC_GC_TORTURE=1 that way; test_dropin checks it). */
__attribute__((noinline)) static void mark_registers_and_stack(void) {
  __builtin_unwind_init();
  mark_stack_from_here();
  __asm__ volatile("" ::: "memory");
}

static void mark_region(const void *start, const void *end, void *ctx) {
  (void)ctx;
  esc__mark_range((uintptr_t)start, (uintptr_t)end);
}

void esc__roots_mark(void) {
  mark_registers_and_stack();
  dl_iterate_phdr(mark_loaded_object, NULL);
  uintptr_t tp = (uintptr_t)pthread_self();
  esc__mark_range(tp, tp + TCB_SCAN_BYTES);
  const esc__range *r = esc__gc.roots.data;
  for (size_t i = 0; i < esc__gc.roots.len; i++) esc__mark_range(r[i].start, r[i].end);
  esc__region_foreach_used(mark_region, NULL);
  esc__finalizers_mark_pending();
}
