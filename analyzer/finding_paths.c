/* Displayed file names of findings (see finding_paths.h). A unit names few
 * files, so the names already converted are kept in a short list. */
#include "finding_paths.h"

#include <stdlib.h>
#include <string.h>

#include "paths.h"
#include "xalloc.h"

typedef struct shown_name {
  const char *raw, *shown;
} shown_name;

typedef struct name_cache {
  esc_findings *fs;
  const char *workdir;
  shown_name *items;
  size_t n;
} name_cache;

/* The displayed form of raw, in the findings' arena. */
static const char *display(name_cache *c, const char *raw) {
  if (!raw)
    return NULL;
  for (size_t i = 0; i < c->n; i++)
    if (c->items[i].raw == raw || strcmp(c->items[i].raw, raw) == 0)
      return c->items[i].shown;
  char *shown = esc__path_display(c->workdir, raw);
  shown_name *slot = esc__xpush(&c->items, &c->n, sizeof *c->items);
  slot->raw = raw;
  slot->shown = esc_findings_strdup(c->fs, shown);
  free(shown);
  return slot->shown;
}

void esc__finding_paths_display(esc_findings *fs, uint32_t first, const char *workdir) {
  name_cache c = {.fs = fs, .workdir = workdir};
  for (uint32_t i = first; i < fs->n; i++) {
    esc_finding *f = &fs->items[i];
    esc_position *positions[] = {&f->at, &f->call_begin, &f->call_end, &f->size_begin,
                                 &f->size_end};
    for (size_t k = 0; k < sizeof positions / sizeof *positions; k++)
      positions[k]->file = display(&c, positions[k]->file);
    for (uint32_t s = 0; s < f->nflow; s++)
      f->flow[s].at.file = display(&c, f->flow[s].at.file);
  }
  free(c.items);
}
