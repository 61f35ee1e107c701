/* frontend_check [--dump] CASE.c: parses the case with libclang (gnu17, the
 * case's directory on the include path), lowers it, and checks its
 * annotations (annotations.c). --dump also prints the graph
 * (reports/graph_text.c) and checks the dump shows every function, edge,
 * call and sink. Exit status 0 when every annotation holds. */
#include <clang-c/Index.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "frontend.h"
#include "graph_text.h"

static int count_lines(const char *text, const char *prefix) {
  int n = 0;
  for (const char *p = text; (p = strstr(p, prefix)); p++)
    n++;
  return n;
}

/* The dump holds one line per function, edge, call and sink. */
static int check_dump(const esc_unit *u) {
  char *text = NULL;
  size_t size = 0;
  FILE *mem = open_memstream(&text, &size);
  if (!mem)
    return 1;
  esc_report_graph(mem, u);
  fclose(mem);
  fputs(text, stdout);
  uint32_t functions = u->nfunctions, edges = 0, calls = 0, sinks = 0;
  for (uint32_t i = 0; i < u->nfunctions; i++) {
    edges += u->functions[i]->nedges;
    calls += u->functions[i]->ncalls;
    sinks += u->functions[i]->nsinks;
  }
  int failures = 0;
  if (count_lines(text, "\nfunction ") + (strncmp(text, "function ", 9) == 0) != (int)functions ||
      count_lines(text, "\n  edge ") != (int)edges || count_lines(text, "\n  call ") != (int)calls ||
      count_lines(text, "\n  sink ") != (int)sinks) {
    fputs("graph dump does not show every function, edge, call and sink\n", stderr);
    failures = 1;
  }
  free(text);
  return failures;
}

int main(int argc, char **argv) {
  bool dump = argc == 3 && strcmp(argv[1], "--dump") == 0;
  if (argc != 2 && !dump) {
    fprintf(stderr, "usage: frontend_check [--dump] CASE.c\n");
    return 2;
  }
  const char *path = argv[argc - 1];
  char include[4096];
  snprintf(include, sizeof include, "-I%s", path);
  char *slash = strrchr(include, '/');
  if (slash)
    *slash = '\0';
  else
    snprintf(include, sizeof include, "-I.");
  const char *args[] = {"-std=gnu17", include};
  CXIndex index = clang_createIndex(0, 0);
  CXTranslationUnit tu = NULL;
  if (clang_parseTranslationUnit2(index, path, args, 2, NULL, 0, CXTranslationUnit_None, &tu) !=
      CXError_Success) {
    fprintf(stderr, "%s: cannot parse\n", path);
    return 1;
  }
  int failures = 0;
  for (unsigned i = 0; i < clang_getNumDiagnostics(tu); i++) {
    CXDiagnostic d = clang_getDiagnostic(tu, i);
    if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
      CXString s = clang_formatDiagnostic(d, clang_defaultDiagnosticDisplayOptions());
      fprintf(stderr, "%s\n", clang_getCString(s));
      clang_disposeString(s);
      failures++;
    }
    clang_disposeDiagnostic(d);
  }
  esc_unit u;
  esc_unit_init(&u);
  char err[256];
  if (!failures && esc_frontend_lower(tu, &u, err, sizeof err) != 0) {
    fprintf(stderr, "%s: %s\n", path, err);
    failures++;
  }
  if (!failures) {
    CXFile main_file = clang_getFile(tu, path);
    CXString name = clang_getFileName(main_file);
    uint32_t file = esc_unit_file(&u, clang_getCString(name));
    clang_disposeString(name);
    if (dump)
      failures += check_dump(&u);
    failures += check_annotations(&u, file, path);
  }
  esc_unit_destroy(&u);
  clang_disposeTranslationUnit(tu);
  clang_disposeIndex(index);
  if (failures)
    fprintf(stderr, "%s: %d failure(s)\n", path, failures);
  return failures ? 1 : 0;
}
