/* Choosing each file's compiler arguments (see jobs.h). The rules are
 * clang-tidy's: `--` wins; else -p DIR; else the first compile_commands.json
 * in the first file's parent directories; else default arguments. */
#include "jobs.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compdb.h"
#include "paths.h"
#include "xalloc.h"

static esc_job *add_job(esc_jobs *jobs, char *source, char *shown) {
  esc_job *job = esc__xpush(&jobs->items, &jobs->n, sizeof *jobs->items);
  job->source = source;
  job->shown = shown;
  return job;
}

static void add_arg(esc_job *job, char *arg) {
  *(char **)esc__xpush(&job->args, &job->nargs, sizeof *job->args) = arg;
}

/* Every file of the command line, each with a copy of args. */
static void plan_with_args(const esc_cli *cli, const char *const *args, size_t nargs,
                           esc_jobs *out) {
  for (size_t i = 0; i < cli->nfiles; i++) {
    esc_job *job = add_job(out, esc__xstrdup(cli->files[i]), esc__xstrdup(cli->files[i]));
    for (size_t a = 0; a < nargs; a++)
      add_arg(job, esc__xstrdup(args[a]));
  }
}

/* The job of a database command; the command's directory becomes the
 * compiler's working directory. Takes over cmd's strings. */
static void add_command_job(esc_jobs *out, esc_command *cmd, char *shown) {
  esc_job *job = add_job(out, cmd->file, shown);
  job->workdir = cmd->directory;
  add_arg(job, esc__xprintf("-working-directory=%s", cmd->directory));
  for (size_t a = 0; a < cmd->nargs; a++)
    add_arg(job, cmd->args[a]);
  free(cmd->args);
}

/* The files of the command line (or, with none, all of the database's) with
 * the commands of dir's database. For a file the database does not list,
 * libclang interpolates the command of the listed file most like it (as
 * clang-tidy does), so only a database with no usable command has none: an
 * error when the database was named with -p, else default arguments. */
static void plan_database(const esc_cli *cli, const char *dir, bool named, esc_jobs *out) {
  char err[512];
  esc_compdb *db = esc__compdb_load(dir, err, sizeof err);
  if (!db) {
    char *path = esc__path_join(dir, ESC_COMPDB_NAME);
    add_job(out, NULL, esc__path_display(NULL, path))->error = esc__xstrdup(err);
    free(path);
    return;
  }
  if (cli->nfiles == 0) {
    size_t n;
    esc_command *all = esc__compdb_all(db, &n);
    for (size_t i = 0; i < n; i++)
      add_command_job(out, &all[i], esc__path_display(NULL, all[i].file));
    free(all);
  }
  for (size_t i = 0; i < cli->nfiles; i++) {
    const char *file = cli->files[i];
    char *absolute = esc__path_absolute(file);
    esc_command cmd;
    if (esc__compdb_lookup(db, absolute, &cmd) == 0) {
      add_command_job(out, &cmd, esc__xstrdup(file));
    } else if (named) {
      add_job(out, NULL, esc__xstrdup(file))->error =
          esc__xprintf("no compile command for it in %s/%s", dir, ESC_COMPDB_NAME);
    } else {
      fprintf(stderr, "cescape: note: %s: not in %s/%s; using default compiler arguments\n",
              file, dir, ESC_COMPDB_NAME);
      add_job(out, esc__xstrdup(file), esc__xstrdup(file));
    }
    free(absolute);
  }
  esc__compdb_free(db);
}

/* The nearest directory above file that holds a compilation database, or
 * NULL. */
static char *find_database(const char *file) {
  char *absolute = esc__path_absolute(file);
  char *dir = esc__path_dirname(absolute);
  free(absolute);
  for (;;) {
    char *candidate = esc__path_join(dir, ESC_COMPDB_NAME);
    bool found = access(candidate, F_OK) == 0;
    free(candidate);
    if (found)
      return dir;
    if (strcmp(dir, "/") == 0) {
      free(dir);
      return NULL;
    }
    char *parent = esc__path_dirname(dir);
    free(dir);
    dir = parent;
  }
}

void esc__jobs_plan(const esc_cli *cli, esc_jobs *out) {
  memset(out, 0, sizeof *out);
  if (cli->has_dashdash) {
    plan_with_args(cli, cli->compiler_args, cli->ncompiler_args, out);
    return;
  }
  if (cli->compdb_dir) {
    plan_database(cli, cli->compdb_dir, true, out);
    return;
  }
  char *dir = find_database(cli->files[0]);
  if (dir) {
    plan_database(cli, dir, false, out);
    free(dir);
    return;
  }
  fprintf(stderr,
          "cescape: note: no %s found above %s; using default compiler arguments "
          "(give them after '--')\n",
          ESC_COMPDB_NAME, cli->files[0]);
  plan_with_args(cli, NULL, 0, out);
}

void esc__jobs_free(esc_jobs *jobs) {
  for (size_t i = 0; i < jobs->n; i++) {
    esc_job *job = &jobs->items[i];
    for (size_t a = 0; a < job->nargs; a++)
      free(job->args[a]);
    free(job->args);
    free(job->source);
    free(job->shown);
    free(job->workdir);
    free(job->error);
  }
  free(jobs->items);
  memset(jobs, 0, sizeof *jobs);
}
