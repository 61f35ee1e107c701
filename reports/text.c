/* The text report: one compiler-style diagnostic per finding, with the
 * source line and a caret under the allocator's name, then the flow as
 * `note:` lines, and one summary line at the end. Sites that could use the
 * stack are warnings (something to act on); heap sites are notes.
 *
 *   a.c:12:15: warning: 'malloc' of 64 bytes can live on the stack [cescape-stack]
 *     char *p = malloc(64);
 *               ^
 *   a.c:20:9: note: 'malloc' of 64 bytes escapes to the heap: stored into ... [cescape-heap]
 *     ...
 *   a.c:21:5: note:   stored into 'g'
 *   cescape: 2 allocation sites: 1 stack, 0 stack-fallback, 0 region, 1 heap
 */
#include <inttypes.h>

#include "report.h"
#include "source_line.h"

/* ANSI colours, as clang uses them, or nothing. */
typedef struct palette {
  const char *bold, *warning, *note, *caret, *reset;
} palette;

static const palette colored = {"\033[1m", "\033[1;35m", "\033[1;30m", "\033[1;32m", "\033[0m"};
static const palette plain = {"", "", "", "", ""};

/* The file of a position ("<unknown>" when the passes had none). */
static const char *file_of(const esc_position *at) { return at->file ? at->file : "<unknown>"; }

/* " of 64 bytes", or "" when the size is not a constant. */
static void size_phrase(const esc_finding *f, char *buf, size_t size) {
  if (f->size_bytes >= 0)
    snprintf(buf, size, " of %" PRId64 " byte%s", f->size_bytes, f->size_bytes == 1 ? "" : "s");
  else
    buf[0] = '\0';
}

static void headline(FILE *out, const esc_finding *f, const palette *p) {
  char size[64], why[1024];
  size_phrase(f, size, sizeof size);
  esc_report_reason_message(f, why, sizeof why);
  bool is_note = f->verdict == ESC_VERDICT_HEAP;
  fprintf(out, "%s%s:%u:%u: %s%s:%s%s '%s'%s ", p->bold, file_of(&f->at), f->at.line, f->at.col,
          is_note ? p->note : p->warning, is_note ? "note" : "warning", p->reset, p->bold,
          f->allocator, size);
  switch (f->verdict) {
  case ESC_VERDICT_STACK:
    fprintf(out, "can live on the stack");
    break;
  case ESC_VERDICT_STACK_FALLBACK:
    fprintf(out, "does not escape; a stack buffer with heap fallback fits: %s", why);
    break;
  case ESC_VERDICT_REGION:
    fprintf(out, "lives as long as the caller's frame: %s", why);
    break;
  case ESC_VERDICT_HEAP:
    fprintf(out, "escapes to the heap: %s", why);
    break;
  }
  fprintf(out, " [cescape-%s]%s\n", esc_verdict_name(f->verdict), p->reset);
}

/* The source line, then a caret under column col (tabs copied so that the
 * caret lines up however tabs are shown). */
static void caret(FILE *out, esc_source_cache *cache, const esc_position *at, const palette *p) {
  const char *line;
  size_t len;
  if (!at->file || !esc_source_line(cache, at->file, at->line, &line, &len))
    return;
  fprintf(out, "%.*s\n%s", (int)len, line, p->caret);
  for (size_t i = 0; i + 1 < at->col && i < len; i++)
    fputc(line[i] == '\t' ? '\t' : ' ', out);
  fprintf(out, "^%s\n", p->reset);
}

static void flow(FILE *out, const esc_finding *f, const palette *p) {
  for (uint32_t i = 0; i < f->nflow; i++) {
    const esc_flow_step *s = &f->flow[i];
    fprintf(out, "%s%s:%u:%u: %snote:%s   %s\n", p->bold, file_of(&s->at), s->at.line, s->at.col,
            p->note, p->reset, s->message);
  }
}

static void summary(FILE *out, const esc_findings *fs) {
  uint32_t counts[ESC_VERDICT_HEAP + 1];
  esc_report_count_verdicts(fs, counts);
  fprintf(out, "cescape: %u allocation site%s:", fs->n, fs->n == 1 ? "" : "s");
  for (int v = 0; v <= ESC_VERDICT_HEAP; v++)
    fprintf(out, "%s %u %s", v ? "," : "", counts[v], esc_verdict_name((esc_verdict)v));
  if (fs->nerrors)
    fprintf(out, "; %u file%s not analyzed", fs->nerrors, fs->nerrors == 1 ? "" : "s");
  fputc('\n', out);
}

void esc_report_text(FILE *out, const esc_findings *fs, bool color) {
  const palette *p = color ? &colored : &plain;
  esc_source_cache cache;
  esc_source_cache_init(&cache);
  for (uint32_t i = 0; i < fs->n; i++) {
    const esc_finding *f = &fs->items[i];
    headline(out, f, p);
    caret(out, &cache, &f->at, p);
    flow(out, f, p);
  }
  esc_source_cache_free(&cache);
  summary(out, fs);
}
