/* mark.c: shading and scanning, the heart of the tri-color mark.
 *
 * An object is shaded when a word pointing into it is found: white becomes
 * gray and goes on the mark stack (atomic objects, having nothing to scan,
 * go straight to black). Propagation pops a gray object, blackens it and
 * shades every object its words point to, so a black object never points to
 * a white one. Big ranges are scanned ESC__SCAN_CHUNK bytes at a time for
 * incremental mode's short steps; the unscanned rest of an object stays on
 * the stack as a raw range and counts as gray until scanned.
 *
 * Scanning is conservative: any word that points into an object's bytes
 * keeps it, and a word that merely looks like a pointer keeps garbage.
 */
#include <string.h>
#include <valgrind/memcheck.h>

#include "gc_internal.h"

#define SCAN_CHUNK ((uintptr_t)64 << 10)

int esc__gc_marking;

/* A mark stack entry: a gray object, with its state byte, or the unscanned
 * rest of a range (state NULL). */
typedef struct gray_entry {
  uintptr_t start, end;
  uint8_t *state;
} gray_entry;

static void push(uintptr_t start, uintptr_t end, uint8_t *state) {
  gray_entry *g = esc__vec_push(&esc__gc.gray);
  *g = (gray_entry){start, end, state};
}

void esc__mark_init(void) { esc__vec_init(&esc__gc.gray, sizeof(gray_entry)); }

/* White to gray (or to black when atomic); anything else stays. */
static inline void shade(esc__span *s, uint32_t i) {
  uint8_t *st = &s->state[i];
  if ((*st & ESC__COLOR) != ESC__WHITE) return;
  esc__gc.marked += s->size;
  if (s->atomic) {
    *st = (uint8_t)((*st & ~ESC__COLOR) | ESC__BLACK);
    return;
  }
  *st = (uint8_t)((*st & ~ESC__COLOR) | ESC__GRAY);
  uintptr_t obj = esc__object(s, i);
  push(obj, obj + s->size, st);
}

void esc__mark_object(esc__span *s, uint32_t i) { shade(s, i); }

void esc__mark_word(uintptr_t w) {
  uint32_t i;
  esc__span *s = esc__find(w, &i);
  if (s) shade(s, i);
}

/* The write barrier's slow path: only called while marking. */
void esc__gc_shade(const void *p) { esc__mark_word((uintptr_t)p); }

/* Reads every aligned word of [start, end). Exempt from AddressSanitizer:
 * roots include poisoned stack and global redzones. */
__attribute__((no_sanitize("address"))) static void scan(uintptr_t start, uintptr_t end) {
  for (const uintptr_t *p = (const uintptr_t *)start; (uintptr_t)(p + 1) <= end; p++) esc__mark_word(*p);
}

/* Shades everything a root range points to. Under valgrind the words are
 * copied, with error reports off, and declared defined first: stacks hold
 * uninitialised words and regions have inaccessible redzones, and reading
 * them is what a conservative collector does, not an error. */
void esc__mark_range(uintptr_t start, uintptr_t end) {
  start = (start + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
  if (!RUNNING_ON_VALGRIND) {
    scan(start, end);
    return;
  }
  uintptr_t copy[512];
  while (start < end) {
    size_t bytes = end - start < sizeof copy ? end - start : sizeof copy;
    VALGRIND_DISABLE_ERROR_REPORTING;
    memcpy(copy, (const void *)start, bytes);
    VALGRIND_ENABLE_ERROR_REPORTING;
    VALGRIND_MAKE_MEM_DEFINED(copy, bytes);
    scan((uintptr_t)copy, (uintptr_t)copy + bytes);
    start += bytes;
  }
}

/* Scans gray objects until about budget bytes were read or none is left;
 * returns the bytes read. */
size_t esc__propagate(size_t budget) {
  esc__vec *gray = &esc__gc.gray;
  size_t work = 0;
  while (work < budget && gray->len) {
    gray_entry g = ((gray_entry *)gray->data)[--gray->len];
    uintptr_t start = g.start, end = g.end;
    if (g.state) {
      if ((*g.state & ESC__COLOR) != ESC__GRAY) continue; /* freed meanwhile */
      *g.state = (uint8_t)((*g.state & ~ESC__COLOR) | ESC__BLACK);
    }
    if (end - start > SCAN_CHUNK) {
      push(start + SCAN_CHUNK, end, NULL);
      end = start + SCAN_CHUNK;
    }
    scan(start, end);
    work += end - start;
  }
  return work;
}
