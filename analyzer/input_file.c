/* Checking and reading input files (see input_file.h). */
#include "input_file.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* True if the stream holds a NUL byte (text sources never do). */
static bool holds_nul(FILE *f) {
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0)
    if (memchr(buf, '\0', n))
      return true;
  return false;
}

int esc__input_file_check(const char *path, char *err, size_t errlen) {
  struct stat st;
  if (stat(path, &st) != 0) {
    snprintf(err, errlen, "%s", errno == ENOENT ? "no such file" : strerror(errno));
    return -1;
  }
  if (S_ISDIR(st.st_mode)) {
    snprintf(err, errlen, "is a directory, not a source file");
    return -1;
  }
  if (!S_ISREG(st.st_mode)) {
    snprintf(err, errlen, "not a regular file");
    return -1;
  }
  FILE *f = fopen(path, "rb");
  if (!f) {
    snprintf(err, errlen, "cannot read: %s", strerror(errno));
    return -1;
  }
  int status = 0;
  if (st.st_size == 0) {
    snprintf(err, errlen, "empty file, nothing to analyze");
    status = -1;
  } else if (holds_nul(f)) {
    snprintf(err, errlen, "binary file (holds NUL bytes), not C source");
    status = -1;
  } else if (ferror(f)) {
    snprintf(err, errlen, "cannot read: %s", strerror(errno));
    status = -1;
  }
  fclose(f);
  return status;
}

char *esc__read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 4096, n = 0;
  char *text = malloc(cap);
  while (text) {
    n += fread(text + n, 1, cap - n - 1, f);
    if (n < cap - 1)
      break;
    char *grown = realloc(text, cap *= 2);
    if (!grown)
      free(text);
    text = grown;
  }
  int failed = ferror(f);
  fclose(f);
  if (!text || failed) {
    free(text);
    errno = text ? EIO : ENOMEM;
    return NULL;
  }
  text[n] = '\0';
  *len = n;
  return text;
}
