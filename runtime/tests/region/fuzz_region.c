/* libFuzzer target: decodes the input as a sequence of region operations
 * (allocations of every kind, realloc, marks, rewinds to any depth of the
 * mark stack, reset, cleanups, cache limits) and runs them against a shadow
 * model. Every block is filled with a pattern of its own and checked, so an
 * overlap, a lost block or a wrong rewind shows as a pattern mismatch;
 * cleanups must fire exactly when and in the order the model says. Built
 * twice (tests.cmake): with ASan, which also reports any touch of released
 * memory, and without, so that the header's inline fast paths are the ones
 * exercised. A failure calls abort(), which libFuzzer reports. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cescape/region.h"

enum { MAX_BLOCKS = 4096, MAX_MARKS = 64, MAX_CLEANUPS = 1024 };

typedef struct {
  unsigned char *p;
  size_t n;
  unsigned char pattern;
} block;

typedef struct {
  esc_mark mark;
  size_t blocks, cleanups;
} saved;

static struct {
  block blocks[MAX_BLOCKS];
  size_t nblocks;
  saved marks[MAX_MARKS];
  size_t nmarks;
  int cleanups[MAX_CLEANUPS]; /* ids registered, oldest first */
  size_t ncleanups;
  int fired[MAX_CLEANUPS];    /* ids in the order they ran */
  size_t nfired;
  size_t live_bytes;
} m;

#define REQUIRE(cond)                                             \
  do {                                                            \
    if (!(cond)) {                                                \
      fprintf(stderr, "fuzz_region: %d: %s\n", __LINE__, #cond);  \
      abort();                                                    \
    }                                                             \
  } while (0)

typedef struct {
  const uint8_t *at, *end;
} input;

static unsigned byte(input *in) { return in->at < in->end ? *in->at++ : 0; }

/* Mostly small sizes, sometimes up to 64 KiB, rarely a large block. */
static size_t size(input *in) {
  unsigned kind = byte(in);
  size_t low = byte(in) | (size_t)byte(in) << 8;
  if (kind < 200)
    return low % 300;
  if (kind < 250)
    return low;
  return low * 40;
}

static void fill(block *b) { memset(b->p, b->pattern, b->n); }

static void verify(const block *b) {
  for (size_t i = 0; i < b->n; i++)
    REQUIRE(b->p[i] == b->pattern);
}

static void add(void *p, size_t n, int fill_it) {
  REQUIRE(p);
  REQUIRE(m.nblocks < MAX_BLOCKS);
  block *b = &m.blocks[m.nblocks];
  *b = (block){.p = p, .n = n, .pattern = (unsigned char)(m.nblocks * 31 + 7)};
  m.nblocks++;
  m.live_bytes += n;
  if (fill_it)
    fill(b);
}

static void record_fired(void *id) {
  REQUIRE(m.nfired < MAX_CLEANUPS);
  m.fired[m.nfired++] = (int)(intptr_t)id;
}

/* The cleanups above `keep` must just have fired, newest first. */
static void expect_fired(size_t keep) {
  REQUIRE(m.nfired == m.ncleanups - keep);
  for (size_t i = 0; i < m.nfired; i++)
    REQUIRE(m.fired[i] == m.cleanups[m.ncleanups - 1 - i]);
  m.ncleanups = keep;
  m.nfired = 0;
}

static void drop_blocks_from(size_t keep) {
  for (size_t i = keep; i < m.nblocks; i++)
    m.live_bytes -= m.blocks[i].n;
  m.nblocks = keep;
}

static void op_realloc(esc_region *r, input *in) {
  if (!m.nblocks)
    return;
  block *b = &m.blocks[m.nblocks - 1];
  size_t n = size(in);
  verify(b);
  unsigned char *q = esc_region_realloc(r, b->p, b->n, n);
  REQUIRE(q);
  size_t common = n < b->n ? n : b->n;
  for (size_t i = 0; i < common; i++)
    REQUIRE(q[i] == b->pattern);
  if (q == b->p) {
    m.live_bytes = m.live_bytes - b->n + n;
    b->n = n;
    fill(b);
  } else {
    add(q, n, 1);
  }
}

static void op_rewind(esc_region *r, input *in) {
  if (!m.nmarks)
    return;
  size_t depth = byte(in) % m.nmarks;
  saved *s = &m.marks[depth];
  esc_region_rewind(r, s->mark);
  expect_fired(s->cleanups);
  drop_blocks_from(s->blocks);
  m.nmarks = depth + 1;
}

static void run(esc_region *r, input *in) {
  while (in->at < in->end) {
    if (m.live_bytes > (64u << 20) || m.nblocks > MAX_BLOCKS - 2) {
      esc_region_reset(r);
      expect_fired(0);
      drop_blocks_from(0);
      m.nmarks = 0;
    }
    size_t n;
    switch (byte(in) % 12) {
    case 0:
    case 1:
      n = size(in);
      add(esc_region_alloc(r, n), n, 1);
      break;
    case 2:
      n = size(in);
      add(esc_region_alloc_aligned(r, n, (size_t)1 << (byte(in) % 13)), n, 1);
      break;
    case 3: {
      size_t count = byte(in) % 64, each = byte(in);
      unsigned char *p = esc_region_calloc(r, count, each);
      for (size_t i = 0; p && i < count * each; i++)
        REQUIRE(p[i] == 0);
      add(p, count * each, 1);
      break;
    }
    case 4: {
      char text[256];
      size_t len = byte(in);
      memset(text, 'a' + (int)(len % 26), len);
      text[len] = '\0';
      char *d = byte(in) & 1 ? esc_region_strdup(r, text) : esc_region_strndup(r, text, len / 2);
      REQUIRE(d && strspn(d, text) == strlen(d));
      add(d, strlen(d) + 1, 1);
      break;
    }
    case 5:
      op_realloc(r, in);
      break;
    case 6:
    case 7:
      if (m.nmarks < MAX_MARKS)
        m.marks[m.nmarks++] = (saved){esc_region_mark(r), m.nblocks, m.ncleanups};
      break;
    case 8:
      op_rewind(r, in);
      break;
    case 9:
      if (m.ncleanups < MAX_CLEANUPS) {
        int id = (int)m.ncleanups * 7 + 1;
        REQUIRE(esc_region_on_release(r, record_fired, (void *)(intptr_t)id) == 0);
        m.cleanups[m.ncleanups++] = id;
      }
      break;
    case 10:
      esc_region_set_cache_limit(r, (size_t)byte(in) << 12);
      break;
    case 11:
      for (size_t i = 0; i < m.nblocks; i++)
        verify(&m.blocks[i]);
      break;
    }
    if (m.nblocks)
      verify(&m.blocks[m.nblocks - 1]);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len) {
  memset(&m, 0, sizeof m);
  input in = {data, data + len};
  esc_region *r = esc_region_create((size_t)byte(&in) * 16);
  REQUIRE(r);
  run(r, &in);
  for (size_t i = 0; i < m.nblocks; i++)
    verify(&m.blocks[i]);
  esc_region_destroy(r);
  expect_fired(0);
  return 0;
}
