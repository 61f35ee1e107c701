/* Unit tests of region creation and every allocation function: alignment,
 * zero and huge sizes, over-aligned and rejected alignments, calloc overflow,
 * the string and copy helpers, realloc in place and by copy, and contents
 * surviving chunk growth and large blocks. */
#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "cescape/region.h"
#include "check.h"

static int aligned(const void *p, size_t a) { return ((uintptr_t)p & (a - 1)) == 0; }

static void create_sizes(void) {
  size_t sizes[] = {0, 1, 16, 100, 4096, 1 << 20};
  for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
    esc_region *r = esc_region_create(sizes[i]);
    CHECK(r);
    CHECK(esc_region_used_bytes(r) == 0);
    CHECK(esc_region_reserved_bytes(r) >= sizes[i]);
    esc_region_destroy(r);
  }
  esc_region_destroy(NULL);
  errno = 0;
  CHECK(esc_region_create(SIZE_MAX) == NULL && errno == ENOMEM);
}

static void alloc_is_aligned_and_distinct(void) {
  esc_region *r = esc_region_create(0);
  char *prev = NULL;
  for (size_t n = 0; n < 3000; n++) {
    char *p = esc_region_alloc(r, n % 300);
    CHECK(p && aligned(p, ESC_REGION_ALIGN));
    CHECK(p != prev);
    memset(p, (int)n, n % 300);
    prev = p;
  }
  esc_region_destroy(r);
}

/* Every block keeps its contents while later ones fill new chunks. */
static void contents_survive_growth(void) {
  esc_region *r = esc_region_create(64);
  enum { N = 5000 };
  static unsigned char *blocks[N];
  for (size_t i = 0; i < N; i++) {
    size_t n = 1 + (i * 37) % 700;
    blocks[i] = esc_region_alloc(r, n);
    CHECK(blocks[i]);
    memset(blocks[i], (int)(i & 0xff), n);
  }
  for (size_t i = 0; i < N; i++) {
    size_t n = 1 + (i * 37) % 700;
    for (size_t j = 0; j < n; j++)
      CHECK(blocks[i][j] == (i & 0xff));
  }
  CHECK(esc_region_used_bytes(r) >= (size_t)N);
  esc_region_destroy(r);
}

static void zero_size_gives_unique_blocks(void) {
  esc_region *r = esc_region_create(0);
  void *a = esc_region_alloc(r, 0), *b = esc_region_alloc(r, 0);
  CHECK(a && b && a != b);
  esc_region_destroy(r);
}

static void huge_requests_fail(void) {
  esc_region *r = esc_region_create(0);
  size_t huge[] = {SIZE_MAX, SIZE_MAX - 15, SIZE_MAX / 2, (size_t)1 << 62};
  for (size_t i = 0; i < sizeof huge / sizeof *huge; i++) {
    errno = 0;
    CHECK(esc_region_alloc(r, huge[i]) == NULL && errno == ENOMEM);
    CHECK(esc_region_alloc_aligned(r, huge[i], 4096) == NULL);
    CHECK(esc_region_realloc(r, esc_region_alloc(r, 8), 8, huge[i]) == NULL);
  }
  CHECK(esc_region_alloc(r, 10));
  esc_region_destroy(r);
}

static void large_blocks(void) {
  esc_region *r = esc_region_create(0);
  char *small = esc_region_alloc(r, 32);
  char *big = esc_region_alloc(r, 3 << 20);
  CHECK(small && big && aligned(big, ESC_REGION_ALIGN));
  memset(big, 7, 3 << 20);
  CHECK(esc_region_used_bytes(r) >= (3u << 20) + 32);
  char *after = esc_region_alloc(r, 32);
  CHECK(after && after != small);
  CHECK(big[(3 << 20) - 1] == 7);
  esc_region_destroy(r);
}

static void aligned_alloc_honours_alignment(void) {
  esc_region *r = esc_region_create(0);
  for (size_t a = 1; a <= 4096; a *= 2)
    for (size_t n = 0; n < 5000; n += 999) {
      char *p = esc_region_alloc_aligned(r, n, a);
      CHECK(p && aligned(p, a) && aligned(p, ESC_REGION_ALIGN));
      memset(p, 1, n);
    }
  char *big = esc_region_alloc_aligned(r, 1 << 20, 4096);
  CHECK(big && aligned(big, 4096));
  esc_region_destroy(r);
}

static void bad_alignment_rejected(void) {
  esc_region *r = esc_region_create(0);
  size_t bad[] = {0, 3, 24, 4097, 8192 * 3, (size_t)1 << 40, SIZE_MAX};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    errno = 0;
    CHECK(esc_region_alloc_aligned(r, 16, bad[i]) == NULL && errno == EINVAL);
  }
  esc_region_destroy(r);
}

static void calloc_zeroes_and_checks_overflow(void) {
  esc_region *r = esc_region_create(0);
  esc_mark m = esc_region_mark(r);
  memset(esc_region_alloc(r, 4000), 0xAB, 4000);
  esc_region_rewind(r, m);
  unsigned char *z = esc_region_calloc(r, 100, 40);
  CHECK(z);
  for (size_t i = 0; i < 4000; i++)
    CHECK(z[i] == 0);
  errno = 0;
  CHECK(esc_region_calloc(r, SIZE_MAX / 2, 3) == NULL && errno == ENOMEM);
  CHECK(esc_region_calloc(r, (size_t)1 << 33, (size_t)1 << 33) == NULL);
  CHECK(esc_region_calloc(r, 0, 5) != NULL);
  esc_region_destroy(r);
}

static void string_helpers(void) {
  esc_region *r = esc_region_create(0);
  const char *s = "frame-bounded";
  char *d = esc_region_strdup(r, s);
  CHECK(d && d != s && strcmp(d, s) == 0);
  CHECK(strcmp(esc_region_strdup(r, ""), "") == 0);
  CHECK(strcmp(esc_region_strndup(r, s, 5), "frame") == 0);
  CHECK(strcmp(esc_region_strndup(r, s, 100), s) == 0);
  int v[3] = {1, 2, 3};
  int *c = esc_region_memdup(r, v, sizeof v);
  CHECK(c && c != v && memcmp(c, v, sizeof v) == 0);
  CHECK(esc_region_memdup(r, NULL, 0) != NULL);
  char *f = esc_region_sprintf(r, "%s-%d-%c", "x", 42, 'y');
  CHECK(f && strcmp(f, "x-42-y") == 0);
  char *long_f = esc_region_sprintf(r, "%9000d", 7);
  CHECK(long_f && strlen(long_f) == 9000 && long_f[8999] == '7');
  esc_region_destroy(r);
}

static void realloc_in_place_and_by_copy(void) {
  esc_region *r = esc_region_create(0);
  CHECK(esc_region_realloc(r, NULL, 0, 10) != NULL);
  char *p = esc_region_realloc(r, NULL, 0, 8);
  memcpy(p, "abcdefg", 8);
  char *q = esc_region_realloc(r, p, 8, 100);
  CHECK(q == p && strcmp(q, "abcdefg") == 0);
  char *other = esc_region_alloc(r, 8);
  char *moved = esc_region_realloc(r, q, 100, 200);
  CHECK(moved && moved != q && moved != other && strcmp(moved, "abcdefg") == 0);
  CHECK(esc_region_realloc(r, q, 100, 50) == q);
  char *grown = esc_region_realloc(r, moved, 200, 1 << 16);
  CHECK(grown && strcmp(grown, "abcdefg") == 0);
  char *shrunk = esc_region_realloc(r, grown, 1 << 16, 0);
  CHECK(shrunk == grown);
  esc_region_destroy(r);
}

/* The inline fast path and the library's external definition agree. */
static void external_definition_matches_inline(void) {
  void *(*alloc)(esc_region *, size_t) = esc_region_alloc;
  esc_region *r = esc_region_create(0);
  char *a = alloc(r, 24), *b = esc_region_alloc(r, 24);
  CHECK(a && b && (size_t)(b - a) == ((24 + ESC_REGION_ALIGN - 1) / ESC_REGION_ALIGN) * ESC_REGION_ALIGN);
  esc_region_destroy(r);
}

int main(void) {
  RUN_CASE(create_sizes);
  RUN_CASE(alloc_is_aligned_and_distinct);
  RUN_CASE(contents_survive_growth);
  RUN_CASE(zero_size_gives_unique_blocks);
  RUN_CASE(huge_requests_fail);
  RUN_CASE(large_blocks);
  RUN_CASE(aligned_alloc_honours_alignment);
  RUN_CASE(bad_alignment_rejected);
  RUN_CASE(calloc_zeroes_and_checks_overflow);
  RUN_CASE(string_helpers);
  RUN_CASE(realloc_in_place_and_by_copy);
  RUN_CASE(external_definition_matches_inline);
  return 0;
}
