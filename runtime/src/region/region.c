/* Creating and destroying regions, and every way of allocating from one.
 * The inline fast path lives in the public header; this file holds the slow
 * path behind it (the chunk is full, the region is instrumented, or the
 * request is large or over-aligned) and the helpers built on allocation.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "instrument.h"
#include "region_impl.h"

/* The external definitions of the header's inline allocation paths. */
extern inline void *esc_region_alloc(esc_region *r, size_t n);
extern inline void *esc_region_realloc(esc_region *r, void *p, size_t old_n, size_t new_n);

_Noreturn void esc__region_die(const char *what) {
  fprintf(stderr, "libcescape-rt: %s\n", what);
  abort();
}

esc_region *esc_region_create(size_t first_chunk_bytes) {
  size_t header = round_up(sizeof(esc__chunk), ESC__ALIGN) + round_up(sizeof(esc_region), ESC__ALIGN);
  size_t data = first_chunk_bytes ? first_chunk_bytes : ESC_REGION_DEFAULT_CHUNK;
  if (data > ESC__REQUEST_MAX) {
    errno = ENOMEM;
    return NULL;
  }
  size_t bytes = round_up(header + data, ESC__ALIGN);
  esc__chunk *c = esc__os_alloc(bytes);
  if (!c) {
    errno = ENOMEM;
    return NULL;
  }
  esc_region *r = (esc_region *)(void *)chunk_data(c);
  *c = (esc__chunk){.bytes = bytes, .limit = (char *)c + bytes};
  *r = (esc_region){
      .head = {.chunk = c},
      .limit = c->limit,
      .cache_limit = ESC_REGION_DEFAULT_CACHE,
      .next_chunk_bytes = ESC__CHUNK_FIRST_GROWTH,
      .instrumented = inst_active(),
  };
  while (r->next_chunk_bytes < 2 * bytes && r->next_chunk_bytes < ESC__CHUNK_MAX)
    r->next_chunk_bytes *= 2;
  r->head.slow_seq = base_slow_seq(r);
  r->head.cur = r->head.floor = c->top = chunk_base(r, c);
  inst_chunk_open(c, r->head.cur, c->limit);
  sync_window(r);
  esc__registry_add(r);
  return r;
}

/* Cleanups run while the region is still registered and whole; then it
 * leaves the registry before any of its memory does. */
void esc_region_destroy(esc_region *r) {
  if (!r)
    return;
  esc_region_reset(r);
  esc__registry_remove(r);
  esc_region_set_cache_limit(r, 0);
  esc__chunk *first = r->head.chunk;
  inst_chunk_close(first, chunk_base(r, first), first->limit);
  esc__chunk_release(first);
}

/* Bumps within the current chunk, or returns NULL if it has no room. */
static void *bump(esc_region *r, size_t n, size_t align) {
  uintptr_t p = round_up((uintptr_t)r->head.cur, align);
  uintptr_t limit = (uintptr_t)r->limit;
  if (p > limit || n > limit - p)
    return NULL;
  r->head.cur = (char *)p + round_up(n, ESC__ALIGN);
  if (r->instrumented)
    inst_alloc(r->head.chunk, (void *)p, n);
  sync_window(r);
  return (void *)p;
}

/* A block of its own, freed by the rewind that passes it. Chunks grow so
 * that a request of this size will fit a chunk from now on. */
static void *alloc_large(esc_region *r, size_t n, size_t align, size_t need) {
  size_t header = round_up(sizeof(esc__large), ESC__ALIGN);
  size_t bytes = header + need;
  esc__large *b = esc__os_alloc(bytes);
  if (!b) {
    errno = ENOMEM;
    return NULL;
  }
  *b = (esc__large){.prev = r->large, .seq = r->head.seq, .bytes = bytes, .data_bytes = n,
                    .data = (char *)round_up((uintptr_t)b + header, align)};
  r->large = b;
  need_slow_rewind(r);
  while (r->next_chunk_bytes < ESC__CHUNK_MAX && r->next_chunk_bytes / 4 < need)
    r->next_chunk_bytes *= 2;
  return b->data;
}

static void *alloc(esc_region *r, size_t n, size_t align) {
  if (n == 0)
    n = 1;
  void *p = bump(r, n, align);
  if (p)
    return p;
  if (n > ESC__REQUEST_MAX) {
    errno = ENOMEM;
    return NULL;
  }
  size_t need = round_up(n, ESC__ALIGN) + (align > ESC__ALIGN ? align - ESC__ALIGN : 0);
  if (need > r->next_chunk_bytes / 4)
    return alloc_large(r, n, align, need);
  if (!esc__chunk_push(r, need)) {
    errno = ENOMEM;
    return NULL;
  }
  return bump(r, n, align);
}

void *esc__region_alloc_slow(esc_region *r, size_t n) { return alloc(r, n, ESC__ALIGN); }

void *esc_region_alloc_aligned(esc_region *r, size_t n, size_t align) {
  if (align == 0 || (align & (align - 1)) || align > esc__os_page_size()) {
    errno = EINVAL;
    return NULL;
  }
  return alloc(r, n, align < ESC__ALIGN ? ESC__ALIGN : align);
}

void *esc_region_calloc(esc_region *r, size_t count, size_t size) {
  size_t n;
  if (__builtin_mul_overflow(count, size, &n)) {
    errno = ENOMEM;
    return NULL;
  }
  void *p = esc_region_alloc(r, n);
  return p ? memset(p, 0, n) : NULL;
}

void *esc_region_memdup(esc_region *r, const void *src, size_t n) {
  void *p = esc_region_alloc(r, n);
  return p && n ? memcpy(p, src, n) : p;
}

char *esc_region_strdup(esc_region *r, const char *s) {
  return esc_region_memdup(r, s, strlen(s) + 1);
}

char *esc_region_strndup(esc_region *r, const char *s, size_t n) {
  size_t len = strnlen(s, n);
  char *p = esc_region_alloc(r, len + 1);
  if (!p)
    return NULL;
  memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

char *esc_region_vsprintf(esc_region *r, const char *fmt, va_list ap) {
  va_list again;
  va_copy(again, ap);
  int len = vsnprintf(NULL, 0, fmt, ap);
  char *p = len < 0 ? NULL : esc_region_alloc(r, (size_t)len + 1);
  if (p)
    vsnprintf(p, (size_t)len + 1, fmt, again);
  va_end(again);
  return p;
}

char *esc_region_sprintf(esc_region *r, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *p = esc_region_vsprintf(r, fmt, ap);
  va_end(ap);
  return p;
}

/* True if p is the newest piece of the current chunk and was allocated
 * after the newest mark: resizing it in place then moves nothing a rewind
 * relies on (growing a piece made before a mark would put its tail past
 * the mark, where the rewind would release it). */
static bool resizable_in_place(esc_region *r, char *p, size_t n) {
  return p >= r->head.floor && p < r->limit && p + round_up(n, ESC__ALIGN) == r->head.cur;
}

/* The header's inline realloc handled the common in-place growth; this is
 * everything else: instrumented regions, a full chunk, moving by copy
 * (shrinking a block that cannot shrink in place just keeps it). */
void *esc__region_realloc_slow(esc_region *r, void *p, size_t old_n, size_t new_n) {
  if (!p)
    return esc_region_alloc(r, new_n);
  old_n = old_n ? old_n : 1;
  new_n = new_n ? new_n : 1;
  char *c = p;
  if (old_n <= ESC__REQUEST_MAX && resizable_in_place(r, c, old_n) &&
      new_n <= (size_t)(r->limit - c)) {
    r->head.cur = c + round_up(new_n, ESC__ALIGN);
    if (r->instrumented)
      inst_resize(r->head.chunk, c, old_n, new_n);
    sync_window(r);
    return p;
  }
  if (new_n <= old_n)
    return p;
  void *q = esc_region_alloc(r, new_n);
  return q ? memcpy(q, p, old_n) : NULL;
}

int esc_region_on_release(esc_region *r, void (*fn)(void *), void *arg) {
  esc__cleanup *c = esc_region_alloc(r, sizeof *c);
  if (!c)
    return -1;
  *c = (esc__cleanup){.prev = r->cleanups, .seq = r->head.seq, .fn = fn, .arg = arg};
  r->cleanups = c;
  need_slow_rewind(r);
  return 0;
}

void esc_region_set_cache_limit(esc_region *r, size_t bytes) {
  r->cache_limit = bytes;
  esc__chunk_cache_trim(r);
}

size_t esc_region_used_bytes(const esc_region *r) {
  size_t used = 0;
  for (esc__chunk *c = r->head.chunk; c; c = c->prev)
    used += (size_t)((c == r->head.chunk ? r->head.cur : c->top) - chunk_base(r, c));
  for (esc__large *b = r->large; b; b = b->prev)
    used += b->data_bytes;
  return used;
}

size_t esc_region_reserved_bytes(const esc_region *r) {
  size_t bytes = r->cache_bytes;
  for (esc__chunk *c = r->head.chunk; c; c = c->prev)
    bytes += c->bytes;
  for (esc__large *b = r->large; b; b = b->prev)
    bytes += b->bytes;
  return bytes;
}
