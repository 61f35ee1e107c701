/* The command line of cescape (docs/cli.md), parsed into one struct. The
 * conventions are clang-tidy's: `cescape [options] FILE... [-- ARGS...]`,
 * long options with one or two dashes and their value after `=` or in the
 * next argument. Parsing never exits: main decides what to print. */
#ifndef ESC_DRIVER_OPTIONS_H
#define ESC_DRIVER_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum esc_format {
  ESC_FORMAT_TEXT,
  ESC_FORMAT_JSON,
} esc_format;

/* Every string points into argv; the arrays are malloc'ed (esc__cli_free). */
typedef struct esc_cli {
  const char **files;        /* the FILE arguments, in order */
  size_t nfiles;
  bool has_dashdash;         /* `--` was given: use exactly compiler_args */
  const char **compiler_args;
  size_t ncompiler_args;
  const char *compdb_dir;    /* -p DIR, or NULL */
  esc_format format;
  const char *output;        /* -o FILE, or NULL for stdout */
  uint64_t max_stack_bytes;
  uint32_t jobs;             /* -j N; 0: one thread per online CPU */
  const char **allocators;   /* --allocator NAME, repeatable */
  size_t nallocators;
  const char **deallocators; /* --deallocator NAME, repeatable */
  size_t ndeallocators;
  bool verify;
  bool dump_graph;
  bool help;
  bool version;
} esc_cli;

/* The default of --max-stack-bytes. */
#define ESC_DEFAULT_MAX_STACK_BYTES 4096u

/* Parses argv into cli. Returns 0, or -1 with a one-line description of the
 * bad usage in err ("unknown option '--frobnicate'"). */
int esc__cli_parse(int argc, char **argv, esc_cli *cli, char *err, size_t errlen);
void esc__cli_free(esc_cli *cli);
/* The text of --help. */
extern const char esc__cli_usage[];

#endif
