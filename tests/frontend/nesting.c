/* frontend_nesting TERMS EXPECT: lowers a generated function returning a
 * sum of TERMS terms (a left-deep tree TERMS levels deep, the shape
 * generated code has) and checks the outcome: EXPECT `ok` (lowered, every
 * term's call recorded) or `refused` (esc_frontend_lower fails with a
 * message instead of crashing or lowering part of the code). */
#include <clang-c/Index.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend.h"

static char *generate(unsigned terms) {
  size_t size = 64 + (size_t)terms * 8;
  char *src = malloc(size), *p = src;
  if (!src)
    abort();
  p += sprintf(p, "int g(int);\nint f(void) { return g(0)");
  for (unsigned i = 1; i < terms; i++)
    p += sprintf(p, " + g(%u)", i % 10);
  sprintf(p, "; }\n");
  return src;
}

int main(int argc, char **argv) {
  if (argc != 3)
    return 2;
  unsigned terms = (unsigned)strtoul(argv[1], NULL, 10);
  bool expect_ok = strcmp(argv[2], "ok") == 0;
  char *src = generate(terms);
  struct CXUnsavedFile file = {"nesting.c", src, (unsigned long)strlen(src)};
  CXIndex index = clang_createIndex(0, 0);
  CXTranslationUnit tu = NULL;
  const char *args[] = {"-std=gnu17"};
  if (clang_parseTranslationUnit2(index, "nesting.c", args, 1, &file, 1, CXTranslationUnit_None,
                                  &tu) != CXError_Success)
    return 1;
  esc_unit u;
  esc_unit_init(&u);
  char err[256] = "";
  int rc = esc_frontend_lower(tu, &u, err, sizeof err);
  bool ok = expect_ok ? rc == 0 && u.nfunctions == 1 && u.functions[0]->ncalls == terms
                      : rc == -1 && strstr(err, "nested") != NULL;
  if (!ok)
    fprintf(stderr, "%u terms: rc %d, message '%s', expected %s\n", terms, rc, err, argv[2]);
  esc_unit_destroy(&u);
  clang_disposeTranslationUnit(tu);
  clang_disposeIndex(index);
  free(src);
  return ok ? 0 : 1;
}
