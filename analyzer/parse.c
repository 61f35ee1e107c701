/* Parsing and the first-error rule (see parse.h). */
#include "parse.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "paths.h"

/* True if clang takes a file of this name for C (or C-family) source. */
static bool has_source_suffix(const char *path) {
  static const char *const suffixes[] = {".c", ".h", ".i", ".cc", ".cpp", ".cxx", ".hh", ".hpp"};
  const char *dot = strrchr(path, '.');
  for (size_t i = 0; dot && i < sizeof suffixes / sizeof *suffixes; i++)
    if (strcmp(dot, suffixes[i]) == 0)
      return true;
  return false;
}

static const char *parse_failure(enum CXErrorCode code, const char *path) {
  switch (code) {
  case CXError_Crashed:
    return "libclang crashed while parsing it";
  case CXError_InvalidArguments:
    return "libclang rejected the compiler arguments";
  default:
    return has_source_suffix(path)
               ? "libclang could not parse it (check the compiler arguments)"
               : "libclang could not parse it: its name does not end in .c (give '-x c' after '--')";
  }
}

/* Describes diag (an error) in err, located in the job's file when it is. */
static void describe(CXTranslationUnit tu, const esc_job *job, CXDiagnostic diag,
                     esc_parse_error *err) {
  CXString text = clang_getDiagnosticSpelling(diag);
  CXFile file;
  unsigned line, col;
  clang_getExpansionLocation(clang_getDiagnosticLocation(diag), &file, &line, &col, NULL);
  CXFile main_file = clang_getFile(tu, job->source);
  if (!file || (main_file && clang_File_isEqual(file, main_file))) {
    err->line = file ? line : 0;
    err->col = file ? col : 0;
    snprintf(err->message, sizeof err->message, "does not compile: %s", clang_getCString(text));
  } else {
    CXString name = clang_getFileName(file);
    char *shown = esc__path_display(job->workdir, clang_getCString(name));
    snprintf(err->message, sizeof err->message, "does not compile: %s:%u:%u: %s", shown, line,
             col, clang_getCString(text));
    free(shown);
    clang_disposeString(name);
  }
  clang_disposeString(text);
}

/* The first error or fatal diagnostic of tu, or NULL. */
static CXDiagnostic first_error(CXTranslationUnit tu) {
  unsigned n = clang_getNumDiagnostics(tu);
  for (unsigned i = 0; i < n; i++) {
    CXDiagnostic diag = clang_getDiagnostic(tu, i);
    if (clang_getDiagnosticSeverity(diag) >= CXDiagnostic_Error)
      return diag;
    clang_disposeDiagnostic(diag);
  }
  return NULL;
}

CXTranslationUnit esc__parse(CXIndex index, const esc_job *job, esc_parse_error *err) {
  memset(err, 0, sizeof *err);
  CXTranslationUnit tu = NULL;
  enum CXErrorCode code = clang_parseTranslationUnit2(
      index, job->source, (const char *const *)job->args, (int)job->nargs, NULL, 0,
      CXTranslationUnit_None, &tu);
  if (code != CXError_Success || !tu) {
    snprintf(err->message, sizeof err->message, "%s", parse_failure(code, job->source));
    return NULL;
  }
  CXDiagnostic diag = first_error(tu);
  if (!diag)
    return tu;
  describe(tu, job, diag, err);
  clang_disposeDiagnostic(diag);
  clang_disposeTranslationUnit(tu);
  return NULL;
}
