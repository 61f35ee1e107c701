/* test_shadow.c: the collector against a shadow model. Each round builds
 * random objects (some atomic, some large) with checksummed payloads, links
 * them into a random graph, points roots at parts of it from the three kinds
 * of root the collector must find (a global array, an array on this stack,
 * a registered range in malloc's memory), drops the rest, registers
 * finalizers on some objects and frees some garbage explicitly (none that a
 * finalizer could still see), then collects. The model
 * lives in malloc's memory, which the collector does not scan, and hides
 * its pointers, so it keeps nothing alive. After every collection:
 *   - every object reachable in the model is intact (id, links, payload);
 *   - finalizers ran only for objects unreachable in the model;
 *   - the live bytes the collector reports cover what the model says is
 *     live, and exceed it by at most a tenth of the garbage (conservative
 *     scanning may keep a little).
 * In incremental mode every store into an object goes through the barrier.
 * Usage: test_shadow [objects-per-round [rounds [seed]]]
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "cescape/gc.h"
#include "check.h"

#define NROOTS 64
#define HIDE ((uintptr_t)0x5a5a5a5a5a5a5a5a)

typedef struct obj {
  uint64_t id;
  uint32_t nkids, nwords;
  struct obj *kids[]; /* then nwords payload words */
} obj;

typedef struct fresh_set {
  obj *slot[1];
} fresh_set;

typedef struct model_obj {
  uintptr_t hidden;
  int32_t *kids; /* ids, -1 for none */
  uint32_t nkids, nwords;
  size_t bytes;
  bool retired;     /* freed, by us or (in the model's view) by the collector */
  bool finalizable; /* has a finalizer that has not run */
  bool reachable;   /* from the roots, as of the last collection */
  bool live;        /* reachable, or kept for a pending finalizer */
} model_obj;

static model_obj *model;
static int32_t nobjs;
static int32_t *worklist;
static uint64_t rng;
static int finalizer_errors, finalized;
static obj *global_roots[NROOTS];
static fresh_set *fresh; /* this round's objects, until they are linked */

static uint64_t next_random(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}
static uint32_t below(uint32_t n) { return (uint32_t)(next_random() % n); }

static uint64_t payload_word(uint64_t id, uint32_t j) {
  uint64_t z = id * 0x9e3779b97f4a7c15u + j + 1;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  return z ^ (z >> 31);
}

static obj *ptr_of(int32_t id) { return id < 0 ? NULL : (obj *)(model[id].hidden ^ HIDE); }
static uint64_t *payload(obj *o) { return (uint64_t *)&o->kids[o->nkids]; }

static void on_finalize(void *p, void *arg) {
  (void)arg;
  obj *o = p;
  model_obj *m = &model[o->id];
  if (m->reachable || !m->finalizable) finalizer_errors++;
  m->finalizable = false;
  finalized++;
}

static int32_t new_object(int32_t *pool, int32_t npool) {
  int32_t id = nobjs++;
  model_obj *m = &model[id];
  bool atomic = below(10) == 0, large = below(200) == 0;
  m->nkids = atomic ? 0 : below(5);
  m->nwords = large ? 4096 + below(8192) : below(9);
  m->bytes = sizeof(obj) + m->nkids * sizeof(obj *) + m->nwords * sizeof(uint64_t);
  obj *o = atomic ? esc_gc_alloc_atomic(m->bytes) : esc_gc_alloc(m->bytes);
  CHECK(o);
  m->bytes = esc_gc_size(o);
  m->hidden = (uintptr_t)o ^ HIDE;
  o->id = (uint64_t)id;
  o->nkids = m->nkids;
  o->nwords = m->nwords;
  for (uint32_t j = 0; j < m->nwords; j++) payload(o)[j] = payload_word(o->id, j);
  m->kids = malloc(m->nkids * sizeof(int32_t) + 1);
  for (uint32_t k = 0; k < m->nkids; k++) {
    int32_t kid = npool && below(4) ? pool[below((uint32_t)npool)] : -1;
    m->kids[k] = kid;
    ESC_GC_STORE(o, kids[k], ptr_of(kid));
  }
  return id;
}

static void set_root(obj **slots, int32_t *ids, int i, int32_t id) {
  ids[i] = id;
  slots[i] = ptr_of(id);
  if (esc__gc_marking) esc__gc_shade(slots[i]);
}

/* Sets the flag at offset flag in every object reachable from the first
 * top entries of the worklist (flagged already); returns their bytes. */
static size_t spread(int32_t top, size_t flag) {
  size_t bytes = 0;
  while (top) {
    model_obj *m = &model[worklist[--top]];
    bytes += m->bytes;
    for (uint32_t k = 0; k < m->nkids; k++) {
      int32_t kid = m->kids[k];
      if (kid < 0) continue;
      bool *seen = (bool *)((char *)&model[kid] + flag);
      if (!*seen) {
        *seen = true;
        worklist[top++] = kid;
      }
    }
  }
  return bytes;
}

/* Marks model objects reachable from the roots; returns their bytes. */
static size_t model_mark(int32_t *const root_ids[3]) {
  for (int32_t i = 0; i < nobjs; i++) model[i].reachable = false;
  int32_t top = 0;
  for (int r = 0; r < 3; r++)
    for (int i = 0; i < NROOTS; i++)
      if (root_ids[r][i] >= 0 && !model[root_ids[r][i]].reachable) {
        model[root_ids[r][i]].reachable = true;
        worklist[top++] = root_ids[r][i];
      }
  return spread(top, offsetof(model_obj, reachable));
}

/* Objects kept for pending finalizers keep what they reach, too. */
static size_t model_live_bytes(void) {
  int32_t top = 0;
  for (int32_t i = 0; i < nobjs; i++) {
    model[i].live = model[i].reachable || (!model[i].retired && model[i].finalizable);
    if (model[i].live) worklist[top++] = i;
  }
  return spread(top, offsetof(model_obj, live));
}

static void check_intact(int32_t id) {
  model_obj *m = &model[id];
  obj *o = ptr_of(id);
  CHECK(esc_gc_size(o) == m->bytes);
  CHECK(o->id == (uint64_t)id && o->nkids == m->nkids && o->nwords == m->nwords);
  for (uint32_t k = 0; k < m->nkids; k++) CHECK(o->kids[k] == ptr_of(m->kids[k]));
  for (uint32_t j = 0; j < m->nwords; j++) CHECK(payload(o)[j] == payload_word(o->id, j));
}

__attribute__((noinline)) static void scrub_stack(void) {
  char dead[32768];
  memset(dead, 0, sizeof dead);
  __asm__ volatile("" : : "r"(dead) : "memory");
}

/* Allocates and links one round; no allocation happens after this returns
 * and before the collection, so the model's view cannot go stale. */
__attribute__((noinline)) static void grow(int32_t count, int32_t *pool, int32_t *npool) {
  fresh = esc_gc_alloc(sizeof(obj *) * (size_t)count);
  for (int32_t i = 0; i < count; i++) {
    int32_t id = new_object(pool, *npool);
    ESC_GC_STORE(fresh, slot[i], ptr_of(id));
    pool[(*npool)++] = id;
  }
}

/* Rewires edges and roots at random, registers finalizers and frees some
 * new garbage explicitly. Returns the model's garbage bytes of the round. */
__attribute__((noinline)) static size_t mutate(int32_t first_new, int32_t *pool, int32_t npool, obj **slots[3],
                                               int32_t *const ids[3]) {
  for (int32_t n = npool / 8; n-- > 0;) {
    int32_t id = pool[below((uint32_t)npool)];
    model_obj *m = &model[id];
    if (!m->nkids) continue;
    uint32_t k = below(m->nkids);
    m->kids[k] = below(3) ? pool[below((uint32_t)npool)] : -1;
    ESC_GC_STORE(ptr_of(id), kids[k], ptr_of(m->kids[k]));
  }
  for (int r = 0; r < 3; r++)
    for (int i = 0; i < NROOTS; i++) {
      uint32_t dice = below(4);
      if (dice < 2) set_root(slots[r], ids[r], i, pool[below((uint32_t)npool)]);
      else if (dice == 2) set_root(slots[r], ids[r], i, -1);
    }
  model_mark(ids);
  for (int32_t id = first_new; id < nobjs; id++)
    if (below(model[id].reachable ? 10 : 5) == 0) {
      CHECK(esc_gc_register_finalizer(ptr_of(id), on_finalize, NULL) == 0);
      model[id].finalizable = true;
    }
  model_live_bytes();
  size_t garbage = 0;
  for (int32_t id = 0; id < nobjs; id++) {
    model_obj *m = &model[id];
    if (m->live || m->retired) continue;
    if (id >= first_new && below(4) == 0) {
      esc_gc_free(ptr_of(id));
      m->retired = true;
      continue;
    }
    garbage += m->bytes;
  }
  fresh = NULL;
  return garbage;
}

/* The model's live set is taken before the collection: the finalizers it
 * runs clear their objects' finalizable flag. */
static void check_round(size_t garbage) {
  size_t live = model_live_bytes();
  scrub_stack();
  esc_gc_collect();
  CHECK(finalizer_errors == 0);
  esc_gc_stats st;
  esc_gc_get_stats(&st);
  if (st.live_bytes < live || st.live_bytes - live > garbage / 10 + (64u << 10))
    fprintf(stderr, "collector live %zu bytes, model live %zu, model garbage %zu\n", st.live_bytes, live, garbage);
  CHECK(st.live_bytes >= live);
  CHECK(st.live_bytes - live <= garbage / 10 + (64u << 10));
  for (int32_t id = 0; id < nobjs; id++) {
    if (model[id].live) check_intact(id);
    else model[id].retired = true;
  }
}

static void run(int32_t count, int rounds) {
  obj *stack_roots[NROOTS] = {0};
  obj **registered = calloc(NROOTS, sizeof *registered);
  int32_t ids[3][NROOTS];
  memset(ids, 0xff, sizeof ids);
  esc_gc_add_roots(registered, registered + NROOTS);
  obj **slots[3] = {global_roots, stack_roots, registered};
  int32_t *const id_sets[3] = {ids[0], ids[1], ids[2]};
  int32_t *pool = malloc(sizeof(int32_t) * (size_t)count * (size_t)(rounds + 1));
  for (int round = 0; round < rounds; round++) {
    int32_t npool = 0;
    for (int32_t id = 0; id < nobjs; id++)
      if (model[id].reachable) pool[npool++] = id;
    int32_t first_new = nobjs;
    grow(count, pool, &npool);
    check_round(mutate(first_new, pool, npool, slots, id_sets));
  }
  CHECK(finalized > 0);
  esc_gc_remove_roots(registered, registered + NROOTS);
  free(registered);
  free(pool);
}

int main(int argc, char **argv) {
  int32_t count = argc > 1 ? atoi(argv[1]) : 20000;
  int rounds = argc > 2 ? atoi(argv[2]) : 20;
  rng = argc > 3 ? strtoull(argv[3], NULL, 0) : 0x2545f4914f6cdd1du;
  CHECK(count > 0 && rounds > 0 && rng);
  CHECK(esc_gc_init() == 0);
  model = calloc((size_t)count * (size_t)rounds, sizeof *model);
  worklist = malloc(sizeof(int32_t) * (size_t)count * (size_t)rounds);
  run(count, rounds);
  printf("gc shadow model: %d rounds of %d objects, %d finalized, all intact\n", rounds, count, finalized);
  return 0;
}
