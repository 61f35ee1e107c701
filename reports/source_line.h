/* Source lines for the text report's caret display. The report reads a
 * line of the file a finding is in; it keeps the last file read, because
 * findings come sorted by file and line (a large file is read once). */
#ifndef ESC_SOURCE_LINE_H
#define ESC_SOURCE_LINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct esc_source_cache {
  char *path;            /* the file held, or NULL */
  char *text;            /* its contents (NULL if it could not be read) */
  size_t len;
  size_t *line_starts;   /* byte offset of each line */
  uint32_t nlines;
} esc_source_cache;

void esc_source_cache_init(esc_source_cache *c);
void esc_source_cache_free(esc_source_cache *c);
/* Line `line` (1-based) of file, without its newline: *text and *len point
 * into the cache, valid until the next call. False if it cannot be read. */
bool esc_source_line(esc_source_cache *c, const char *file, uint32_t line,
                     const char **text, size_t *len);

#endif
