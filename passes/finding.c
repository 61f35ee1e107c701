/* The findings list (see finding.h). */
#include "finding.h"

#include <stdlib.h>
#include <string.h>

void esc_findings_init(esc_findings *fs) {
  memset(fs, 0, sizeof *fs);
  esc_arena_init(&fs->arena);
}

void esc_findings_destroy(esc_findings *fs) {
  esc_arena_free(&fs->arena);
  memset(fs, 0, sizeof *fs);
}

esc_finding *esc_findings_add(esc_findings *fs) {
  fs->items = esc_arena_reserve(&fs->arena, fs->items, sizeof *fs->items, &fs->n, &fs->cap);
  esc_finding *f = &fs->items[fs->n++];
  memset(f, 0, sizeof *f);
  f->size_bytes = -1;
  f->detail = "";
  return f;
}

const char *esc_findings_strdup(esc_findings *fs, const char *s) {
  return s ? esc_arena_strdup(&fs->arena, s) : NULL;
}

void esc_findings_add_error(esc_findings *fs, const char *file, uint32_t line,
                            uint32_t col, const char *message) {
  fs->errors = esc_arena_reserve(&fs->arena, fs->errors, sizeof *fs->errors,
                                 &fs->nerrors, &fs->cap_errors);
  fs->errors[fs->nerrors++] = (esc_error){
      .file = esc_findings_strdup(fs, file), .line = line, .col = col,
      .message = esc_findings_strdup(fs, message)};
}

static int compare_positions(const esc_position *a, const esc_position *b) {
  int c = strcmp(a->file, b->file);
  if (c)
    return c;
  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;
  if (a->col != b->col)
    return a->col < b->col ? -1 : 1;
  return 0;
}

static int same_site(const esc_finding *a, const esc_finding *b) {
  int c = compare_positions(&a->at, &b->at);
  return c ? c : strcmp(a->allocator, b->allocator);
}

/* By site, and for one site the most cautious verdict first: a header's site
 * seen from two units keeps the verdict that is sound for both. */
static int compare_findings(const void *pa, const void *pb) {
  const esc_finding *a = pa, *b = pb;
  int c = same_site(a, b);
  return c ? c : (int)b->verdict - (int)a->verdict;
}

void esc_findings_sort_unique(esc_findings *fs) {
  if (fs->n == 0)
    return;
  qsort(fs->items, fs->n, sizeof *fs->items, compare_findings);
  uint32_t kept = 1;
  for (uint32_t i = 1; i < fs->n; i++)
    if (same_site(&fs->items[kept - 1], &fs->items[i]) != 0)
      fs->items[kept++] = fs->items[i];
  fs->n = kept;
}
