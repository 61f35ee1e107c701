/* The stack of chunks a region bumps through, and the cache of chunks that a
 * rewind took off the stack. The cache is sorted largest first, so a growing
 * region reuses its biggest chunk; when it holds more than cache_limit bytes
 * it keeps the largest chunks that fit the bound and frees the rest.
 */
#include "instrument.h"
#include "region_impl.h"

static size_t capacity(esc__chunk *c) { return (size_t)(c->limit - chunk_data(c)); }

/* Largest cached chunk if it has room for need bytes, unlinked from the cache. */
static esc__chunk *take_cached(esc_region *r, size_t need) {
  esc__chunk *c = r->cache;
  if (!c || capacity(c) < need)
    return NULL;
  r->cache = c->prev;
  r->cache_bytes -= c->bytes;
  return c;
}

static esc__chunk *from_os(esc_region *r, size_t need) {
  size_t header = round_up(sizeof(esc__chunk), ESC__ALIGN);
  size_t bytes = r->next_chunk_bytes;
  if (bytes - header < need)
    bytes = round_up(header + need, esc__os_page_size());
  esc__chunk *c = esc__os_alloc(bytes);
  if (!c)
    return NULL;
  c->bytes = bytes;
  c->limit = (char *)c + (bytes & ~(ESC__ALIGN - 1));
  if (r->next_chunk_bytes < ESC__CHUNK_MAX)
    r->next_chunk_bytes *= 2;
  return c;
}

/* Makes a chunk with at least need bytes of data the current one. The old
 * current chunk keeps its bump pointer in ->top; its tail stays unused.
 * Every mark is now in an older chunk, so the floor is the new chunk's start. */
bool esc__chunk_push(esc_region *r, size_t need) {
  esc__chunk *c = take_cached(r, need);
  if (!c && !(c = from_os(r, need)))
    return false;
  r->head.chunk->top = r->head.cur;
  c->prev = r->head.chunk;
  c->first_seq = r->head.seq;
  c->top = chunk_data(c);
  inst_chunk_open(c, chunk_data(c), c->limit);
  r->head.chunk = c;
  r->head.cur = r->head.floor = c->top;
  r->limit = c->limit;
  sync_window(r);
  return true;
}

/* Moves the current chunk (never the first) to the cache; the one below
 * becomes current with its saved bump pointer. Callers trim the cache. */
void esc__chunk_pop(esc_region *r) {
  esc__chunk *c = r->head.chunk;
  r->head.chunk = c->prev;
  r->head.cur = r->head.chunk->top;
  r->limit = r->head.chunk->limit;
  sync_window(r);
  inst_chunk_close(c, chunk_data(c), c->limit);
  esc__chunk **at = &r->cache;
  while (*at && (*at)->bytes > c->bytes)
    at = &(*at)->prev;
  c->prev = *at;
  *at = c;
  r->cache_bytes += c->bytes;
}

/* Keeps the largest chunks that fit within the bound together (greedily,
 * largest first) and returns the others to the OS. */
void esc__chunk_cache_trim(esc_region *r) {
  if (r->cache_bytes <= r->cache_limit)
    return;
  size_t kept = 0;
  esc__chunk **at = &r->cache;
  while (*at) {
    esc__chunk *c = *at;
    if (kept + c->bytes <= r->cache_limit) {
      kept += c->bytes;
      at = &c->prev;
    } else {
      *at = c->prev;
      esc__chunk_release(c);
    }
  }
  r->cache_bytes = kept;
}

void esc__chunk_release(esc__chunk *c) {
  size_t bytes = c->bytes;
  inst_forget(c, bytes);
  esc__os_free(c, bytes);
}
