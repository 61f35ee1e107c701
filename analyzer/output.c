/* Writing the report (see output.h). */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "paths.h"
#include "xalloc.h"

/* Writes all of data to fd; false on error (errno set). */
static bool write_all(int fd, const char *data, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, data, len);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return false;
    data += n;
    len -= (size_t)n;
  }
  return true;
}

int esc__output_check(const char *path, char *err, size_t errlen) {
  struct stat st;
  if (stat(path, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      snprintf(err, errlen, "is a directory");
      return -1;
    }
    return 0;
  }
  char *dir = esc__path_dirname(path);
  int status = stat(dir, &st) == 0 && S_ISDIR(st.st_mode) ? 0 : -1;
  if (status != 0)
    snprintf(err, errlen, "cannot be created: no directory '%s'", dir);
  free(dir);
  return status;
}

/* Writes data to a device or pipe in place. */
static int write_in_place(const char *path, const char *data, size_t len, char *err,
                          size_t errlen) {
  int fd = open(path, O_WRONLY);
  bool ok = fd >= 0 && write_all(fd, data, len);
  int saved = errno;
  if (fd >= 0 && close(fd) != 0)
    ok = false;
  if (!ok)
    snprintf(err, errlen, "cannot write: %s", strerror(saved));
  return ok ? 0 : -1;
}

/* The permissions a new file gets from the umask. */
static mode_t new_file_mode(void) {
  mode_t mask = umask(0);
  umask(mask);
  return 0666 & ~mask;
}

/* Writes data to a temporary file beside target and renames it over target,
 * whose permissions it keeps (mode). */
static int write_temp_and_rename(const char *target, mode_t mode, const char *data,
                                 size_t len, char *err, size_t errlen) {
  char *dir = esc__path_dirname(target);
  const char *slash = strrchr(target, '/');
  char *temp = esc__xprintf("%s/.%s.cescape-XXXXXX", dir, slash ? slash + 1 : target);
  free(dir);
  int fd = mkstemp(temp);
  if (fd < 0) {
    snprintf(err, errlen, "cannot create a temporary file beside it: %s", strerror(errno));
    free(temp);
    return -1;
  }
  bool ok = fchmod(fd, mode) == 0 && write_all(fd, data, len) && fsync(fd) == 0;
  int saved = errno;
  if (close(fd) != 0 && ok) {
    saved = errno;
    ok = false;
  }
  if (ok && rename(temp, target) != 0) {
    saved = errno;
    ok = false;
  }
  if (!ok) {
    unlink(temp);
    snprintf(err, errlen, "cannot write: %s", strerror(saved));
  }
  free(temp);
  return ok ? 0 : -1;
}

/* write_temp_and_rename with the signals that end a process by default
 * (Ctrl-C, kill, a closed terminal) held back, so that they cannot leave
 * the temporary file behind; they are delivered once it is gone. */
static int write_atomically(const char *target, mode_t mode, const char *data, size_t len,
                            char *err, size_t errlen) {
  sigset_t held, before;
  sigemptyset(&held);
  sigaddset(&held, SIGINT);
  sigaddset(&held, SIGTERM);
  sigaddset(&held, SIGHUP);
  sigaddset(&held, SIGPIPE);
  sigprocmask(SIG_BLOCK, &held, &before);
  int status = write_temp_and_rename(target, mode, data, len, err, errlen);
  sigprocmask(SIG_SETMASK, &before, NULL);
  return status;
}

int esc__output_write(const char *path, const char *data, size_t len, char *err,
                      size_t errlen) {
  if (!path) {
    if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
      snprintf(err, errlen, "cannot write to standard output: %s", strerror(errno));
      return -1;
    }
    return 0;
  }
  struct stat st;
  if (stat(path, &st) != 0)
    return write_atomically(path, new_file_mode(), data, len, err, errlen);
  if (!S_ISREG(st.st_mode))
    return write_in_place(path, data, len, err, errlen);
  char real[PATH_MAX];
  const char *target = realpath(path, real) ? real : path;
  return write_atomically(target, st.st_mode & 07777, data, len, err, errlen);
}
