/* What the driver will compile: one job per source file, with the
 * arguments the command line gives it (after `--`), or the compilation
 * database (-p DIR, or the one found above the first file), or defaults.
 * A job that cannot run carries the reason, reported against its file. */
#ifndef ESC_DRIVER_JOBS_H
#define ESC_DRIVER_JOBS_H

#include <stddef.h>

#include "options.h"

typedef struct esc_job {
  char *source;   /* the path given to the compiler */
  char *shown;    /* the file as messages name it */
  char *workdir;  /* the compile command's directory; NULL: the current one */
  char **args;    /* compiler arguments */
  size_t nargs;
  char *error;    /* not NULL: this file cannot be analyzed, for this reason */
} esc_job;

typedef struct esc_jobs {
  esc_job *items;
  size_t n;
} esc_jobs;

/* The jobs for cli (which has files, or -p). Notes about the choice of
 * arguments go to stderr. */
void esc__jobs_plan(const esc_cli *cli, esc_jobs *out);
void esc__jobs_free(esc_jobs *jobs);

#endif
