/* Path arithmetic (see paths.h). */
#include "paths.h"

#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xalloc.h"

char *esc__path_join(const char *dir, const char *path) {
  if (!dir || path[0] == '/')
    return esc__xstrdup(path);
  size_t len = strlen(dir);
  return esc__xprintf("%s%s%s", dir, len && dir[len - 1] == '/' ? "" : "/", path);
}

char *esc__path_absolute(const char *path) {
  char cwd[PATH_MAX];
  if (path[0] == '/' || !getcwd(cwd, sizeof cwd))
    return esc__xstrdup(path);
  return esc__path_join(cwd, path);
}

char *esc__path_dirname(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash)
    return esc__xstrdup(".");
  if (slash == path)
    return esc__xstrdup("/");
  return esc__xprintf("%.*s", (int)(slash - path), path);
}

char *esc__path_display(const char *dir, const char *path) {
  char *given = esc__path_join(dir, path);
  char real[PATH_MAX], cwd[PATH_MAX];
  if (!realpath(given, real) || !getcwd(cwd, sizeof cwd))
    return given;
  size_t n = strlen(cwd);
  bool below = strncmp(real, cwd, n) == 0 && real[n] == '/';
  /* A path relative to another directory than the current one means
   * nothing to the user, and an absolute one may name a file in several
   * ways (`inc/../x.h`): the real path is shown for both. */
  bool relative_here = !dir && path[0] != '/';
  if (!below && relative_here)
    return given;
  free(given);
  return esc__xstrdup(below ? real + n + 1 : real);
}
