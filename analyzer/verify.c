/* --verify (see verify.h): annotations are read from each checked file and
 * merged, line by line, with the findings of that file (both come sorted
 * by line). */
#include "verify.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "input_file.h"
#include "xalloc.h"

#define ANNOTATION_MARK "// expect:"

typedef struct annotation {
  uint32_t line;
  char *verdict;    /* as written */
  char *substring;  /* the quoted text, or NULL */
} annotation;

typedef struct annotations {
  annotation *items;
  size_t n;
} annotations;

/* Parses the annotation after the mark at s into a; returns where it ends. */
static const char *parse_one(const char *s, uint32_t line, annotation *a) {
  a->line = line;
  s += strspn(s, " \t");
  size_t len = strspn(s, "abcdefghijklmnopqrstuvwxyz-");
  a->verdict = esc__xprintf("%.*s", (int)len, s);
  s += len;
  const char *quote = s + strspn(s, " \t");
  const char *close = *quote == '"' ? strchr(quote + 1, '"') : NULL;
  if (close) {
    a->substring = esc__xprintf("%.*s", (int)(close - quote - 1), quote + 1);
    s = close + 1;
  }
  return s;
}

static void read_annotations(const char *file, annotations *out) {
  memset(out, 0, sizeof *out);
  size_t len;
  char *text = esc__read_file(file, &len);
  if (!text)
    return;
  uint32_t line = 1;
  for (const char *s = text; *s;) {
    const char *eol = strchr(s, '\n');
    const char *mark = strstr(s, ANNOTATION_MARK);
    if (mark && (!eol || mark < eol)) {
      s = parse_one(mark + strlen(ANNOTATION_MARK), line,
                    esc__xpush(&out->items, &out->n, sizeof *out->items));
      continue;
    }
    if (!eol)
      break;
    s = eol + 1;
    line++;
  }
  free(text);
}

static void free_annotations(annotations *as) {
  for (size_t i = 0; i < as->n; i++) {
    free(as->items[i].verdict);
    free(as->items[i].substring);
  }
  free(as->items);
}

/* The verdict, with the reason code of a site that has one: "heap (returned)". */
static void describe_site(FILE *out, const esc_finding *f) {
  fprintf(out, "%s", esc_verdict_name(f->verdict));
  if (f->reason != ESC_REASON_NONE)
    fprintf(out, " (%s)", esc_reason_code(f->reason));
}

static bool matches(const annotation *a, const esc_finding *f) {
  esc_verdict v;
  if (esc_verdict_parse(a->verdict, &v) != 0 || v != f->verdict)
    return false;
  return !a->substring || strstr(esc_reason_code(f->reason), a->substring) ||
         strstr(esc_reason_text(f->reason), a->substring) ||
         (f->detail && strstr(f->detail, a->substring));
}

static void expected(FILE *out, const char *file, const annotation *a) {
  fprintf(out, "%s:%u: expected %s", file, a->line, a->verdict);
  if (a->substring)
    fprintf(out, " \"%s\"", a->substring);
}

/* Pairs the sites [f, fend) and annotations [a, aend) of one line, left to
 * right; returns the number of mismatches printed. */
static uint32_t check_line(FILE *out, const char *file, const esc_finding *f,
                           const esc_finding *fend, const annotation *a,
                           const annotation *aend) {
  uint32_t bad = 0;
  for (; f < fend && a < aend; f++, a++) {
    if (matches(a, f))
      continue;
    expected(out, file, a);
    fprintf(out, ", got ");
    describe_site(out, f);
    fputc('\n', out);
    bad++;
  }
  for (; f < fend; f++, bad++) {
    fprintf(out, "%s:%u: allocation site not annotated: %s -> ", file, f->at.line, f->allocator);
    describe_site(out, f);
    fputc('\n', out);
  }
  for (; a < aend; a++, bad++) {
    expected(out, file, a);
    fprintf(out, ": annotation matches no allocation site\n");
  }
  return bad;
}

/* Checks the findings [f, fend) of one file against its annotations. */
static uint32_t check_file(FILE *out, const char *file, const esc_finding *f,
                           const esc_finding *fend) {
  annotations as;
  read_annotations(file, &as);
  const annotation *a = as.items, *aend = as.n ? as.items + as.n : as.items;
  uint32_t bad = 0;
  while (f < fend || a < aend) {
    uint32_t line = f < fend ? f->at.line : UINT32_MAX;
    if (a < aend && a->line < line)
      line = a->line;
    const esc_finding *fl = f;
    const annotation *al = a;
    while (fl < fend && fl->at.line == line)
      fl++;
    while (al < aend && al->line == line)
      al++;
    bad += check_line(out, file, f, fl, a, al);
    f = fl;
    a = al;
  }
  free_annotations(&as);
  return bad;
}

/* True if one of files[0..n) is file. */
static bool listed(char *const *files, size_t n, const char *file) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(files[i], file) == 0)
      return true;
  return false;
}

esc_verify_result esc__verify(FILE *out, const esc_findings *fs, char *const *files, size_t nfiles) {
  esc_verify_result r = {.sites = fs->n, .mismatches = 0};
  /* Files with findings, in the findings' order (sorted by file). */
  for (uint32_t i = 0; i < fs->n;) {
    uint32_t end = i;
    while (end < fs->n && strcmp(fs->items[end].at.file, fs->items[i].at.file) == 0)
      end++;
    r.mismatches += check_file(out, fs->items[i].at.file, &fs->items[i], &fs->items[end]);
    i = end;
  }
  /* Listed files without findings: their annotations must match nothing. */
  for (size_t i = 0; i < nfiles; i++) {
    bool has_findings = false;
    for (uint32_t k = 0; k < fs->n && !has_findings; k++)
      has_findings = strcmp(fs->items[k].at.file, files[i]) == 0;
    if (!has_findings && !listed(files, i, files[i]))
      r.mismatches += check_file(out, files[i], NULL, NULL);
  }
  return r;
}
