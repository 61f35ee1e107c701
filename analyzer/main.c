/* cescape's driver: the command line (options.c) becomes jobs, one per
 * source file (jobs.c, compdb.c); each job is checked (input_file.c),
 * parsed (parse.c), lowered into the dataflow graph (frontend/) and
 * analyzed (passes/); the findings of all files are sorted, one per site,
 * and rendered (reports/) or checked against annotations (verify.c), into
 * memory first and then to the output (output.c).
 *
 * Exit status: 0 the analysis ran; 1 --verify found a mismatch; 2 bad
 * usage (or the output cannot be written); 3 at least one file could not
 * be analyzed (the others are still analyzed and reported). */
#include <clang-c/Index.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "analyze.h"
#include "finding_paths.h"
#include "frontend.h"
#include "graph_text.h"
#include "input_file.h"
#include "jobs.h"
#include "options.h"
#include "output.h"
#include "parse.h"
#include "paths.h"
#include "report.h"
#include "verify.h"
#include "xalloc.h"

enum { EXIT_RAN = 0, EXIT_MISMATCH = 1, EXIT_USAGE = 2, EXIT_NOT_ANALYZED = 3 };

/* Everything one run shares across its jobs. */
typedef struct run {
  const esc_cli *cli;
  esc_options options;
  CXIndex index;
  esc_findings findings;
  FILE *out;  /* the report, in memory until the end */
} run;

/* Records that file could not be analyzed, and says so on stderr. */
static void fail(run *r, const char *file, uint32_t line, uint32_t col, const char *message) {
  if (line)
    fprintf(stderr, "cescape: error: %s:%u:%u: %s\n", file, line, col, message);
  else
    fprintf(stderr, "cescape: error: %s: %s\n", file, message);
  esc_findings_add_error(&r->findings, file, line, col, message);
}

static void *dispose_unit(void *tu) {
  clang_disposeTranslationUnit(tu);
  return NULL;
}

/* Lowers and analyzes (or, with --dump-graph, prints) one parsed unit;
 * false if it cannot be lowered. Once lowered, the graph holds all the
 * passes need: the unit (most of the memory) is disposed of on a thread of
 * its own meanwhile, since the passes leave a core idle for most of their
 * time (a large recursive component is analyzed on one thread). */
static bool analyze(run *r, const esc_job *job, CXTranslationUnit tu) {
  char err[512];
  esc_unit unit;
  esc_unit_init(&unit);
  bool lowered = esc_frontend_lower(tu, &unit, err, sizeof err) == 0;
  pthread_t disposer;
  bool disposing = pthread_create(&disposer, NULL, dispose_unit, tu) == 0;
  if (!disposing)
    dispose_unit(tu);
  if (!lowered) {
    fail(r, job->shown, 0, 0, err);
  } else if (r->cli->dump_graph) {
    esc_report_graph(r->out, &unit);
  } else {
    uint32_t first = r->findings.n;
    esc_analyze_unit(&unit, &r->options, &r->findings);
    esc__finding_paths_display(&r->findings, first, job->workdir);
  }
  if (disposing)
    pthread_join(disposer, NULL);
  esc_unit_destroy(&unit);
  return lowered;
}

/* Runs one job; false if its file could not be analyzed. */
static bool run_job(run *r, const esc_job *job) {
  char err[512];
  if (job->error) {
    fail(r, job->shown, 0, 0, job->error);
    return false;
  }
  char *path = esc__path_join(job->workdir, job->source);
  int readable = esc__input_file_check(path, err, sizeof err);
  free(path);
  if (readable != 0) {
    fail(r, job->shown, 0, 0, err);
    return false;
  }
  esc_parse_error perr;
  CXTranslationUnit tu = esc__parse(r->index, job, &perr);
  if (!tu) {
    fail(r, job->shown, perr.line, perr.col, perr.message);
    return false;
  }
  return analyze(r, job, tu);
}

/* --verify: the diff and a summary line; returns the exit status. The
 * annotations of the files that were analyzed are checked. */
static int verify(run *r, const esc_jobs *jobs, const bool *analyzed) {
  char **files = NULL;
  size_t nfiles = 0;
  for (size_t i = 0; i < jobs->n; i++)
    if (analyzed[i])
      *(char **)esc__xpush(&files, &nfiles, sizeof *files) =
          esc__path_display(jobs->items[i].workdir, jobs->items[i].source);
  esc_verify_result v = esc__verify(r->out, &r->findings, files, nfiles);
  for (size_t i = 0; i < nfiles; i++)
    free(files[i]);
  free(files);
  uint32_t errors = r->findings.nerrors;
  fprintf(r->out, "cescape: verify: %u allocation site%s checked, %u mismatch%s", v.sites,
          v.sites == 1 ? "" : "s", v.mismatches, v.mismatches == 1 ? "" : "es");
  if (errors)
    fprintf(r->out, ", %u file%s not analyzed", errors, errors == 1 ? "" : "s");
  fputc('\n', r->out);
  return v.mismatches || errors ? EXIT_MISMATCH : EXIT_RAN;
}

/* The report of all findings, in the chosen format. */
static void report(run *r) {
  if (r->cli->format == ESC_FORMAT_JSON)
    esc_report_json(r->out, &r->findings, CESCAPE_VERSION);
  else
    esc_report_text(r->out, &r->findings,
                    !r->cli->output && isatty(STDOUT_FILENO) && !getenv("NO_COLOR"));
}

/* Checks what the options alone can tell; 0, or prints and returns -1. */
static int check_usage(const esc_cli *cli) {
  char err[512];
  if (cli->nfiles == 0 && (!cli->compdb_dir || cli->has_dashdash)) {
    fprintf(stderr, "cescape: error: no input files (see 'cescape --help')\n");
    return -1;
  }
  if (cli->output && esc__output_check(cli->output, err, sizeof err) != 0) {
    fprintf(stderr, "cescape: error: %s: %s\n", cli->output, err);
    return -1;
  }
  return 0;
}

/* Runs every job and writes the output; returns the exit status. */
static int run_all(const esc_cli *cli) {
  run r = {
      .cli = cli,
      .options = {.max_stack_bytes = cli->max_stack_bytes,
                  .allocators = cli->allocators,
                  .nallocators = (uint32_t)cli->nallocators,
                  .deallocators = cli->deallocators,
                  .ndeallocators = (uint32_t)cli->ndeallocators,
                  .threads = cli->jobs},
      .index = clang_createIndex(0, 0),
  };
  char *text = NULL;
  size_t len = 0;
  r.out = open_memstream(&text, &len);
  if (!r.out) {
    fprintf(stderr, "cescape: error: out of memory\n");
    return EXIT_NOT_ANALYZED;
  }
  esc_findings_init(&r.findings);
  esc_jobs jobs;
  esc__jobs_plan(cli, &jobs);
  bool *analyzed = esc__xzalloc(jobs.n * sizeof *analyzed + 1);
  for (size_t i = 0; i < jobs.n; i++)
    analyzed[i] = run_job(&r, &jobs.items[i]);
  clang_disposeIndex(r.index);
  esc_findings_sort_unique(&r.findings);
  int status = r.findings.nerrors ? EXIT_NOT_ANALYZED : EXIT_RAN;
  if (cli->verify)
    status = verify(&r, &jobs, analyzed);
  else if (!cli->dump_graph)
    report(&r);
  free(analyzed);
  esc__jobs_free(&jobs);
  esc_findings_destroy(&r.findings);
  fclose(r.out);
  char err[512];
  if (esc__output_write(cli->output, text, len, err, sizeof err) != 0) {
    fprintf(stderr, "cescape: error: %s: %s\n", cli->output ? cli->output : "<stdout>", err);
    status = EXIT_USAGE;
  }
  free(text);
  return status;
}

int main(int argc, char **argv) {
  esc_cli cli;
  char err[512];
  int status;
  if (esc__cli_parse(argc, argv, &cli, err, sizeof err) != 0) {
    fprintf(stderr, "cescape: error: %s\n", err);
    status = EXIT_USAGE;
  } else if (cli.help) {
    fputs(esc__cli_usage, stdout);
    status = EXIT_RAN;
  } else if (cli.version) {
    printf("cescape version %s\n", CESCAPE_VERSION);
    status = EXIT_RAN;
  } else if (check_usage(&cli) != 0) {
    status = EXIT_USAGE;
  } else {
    status = run_all(&cli);
  }
  esc__cli_free(&cli);
  return status;
}
