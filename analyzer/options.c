/* Parsing cescape's command line (see options.h and docs/cli.md). One table
 * lists every option; an option spelled with one or two dashes is the same
 * option, and its value follows `=` or comes in the next argument. */
#include "options.h"

#include "xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char esc__cli_usage[] =
    "USAGE: cescape [options] FILE... [-- COMPILER_ARGS...]\n"
    "\n"
    "Finds, for every heap allocation call in C code, whether the object could\n"
    "live on the stack, and if not, why it escapes.\n"
    "\n"
    "  -- ARGS...               compile every FILE with exactly these arguments\n"
    "                           (no compilation database)\n"
    "  -p DIR                   read compile commands from DIR/compile_commands.json;\n"
    "                           with no FILE, analyze every file it lists\n"
    "  --format=text|json       output format (default: text)\n"
    "  -o FILE                  write the output to FILE (default: stdout)\n"
    "  --max-stack-bytes=N      largest object suggested for the stack (default: 4096)\n"
    "  -j N, --jobs=N           threads for the analysis (default: one per CPU;\n"
    "                           the findings are the same for any N)\n"
    "  --allocator NAME         treat calls of NAME as allocations (repeatable)\n"
    "  --deallocator NAME       treat NAME as a function that frees its argument\n"
    "                           (repeatable)\n"
    "  --verify                 check every site against its '// expect: VERDICT'\n"
    "                           annotation; exit 1 on any mismatch\n"
    "  --dump-graph             print each file's dataflow graph instead of findings\n"
    "  --version                print the version and exit\n"
    "  --help                   print this help and exit\n"
    "\n"
    "Without -p and --, compile_commands.json is searched for in the first FILE's\n"
    "parent directories; without one, default arguments are used.\n"
    "Exit status: 0 the analysis ran, 1 --verify found a mismatch, 2 bad usage,\n"
    "3 at least one file could not be analyzed.\n";

typedef int (*option_handler)(esc_cli *cli, const char *value, char *err, size_t errlen);

typedef struct option_spec {
  const char *name;  /* without dashes */
  bool takes_value;
  option_handler handle;
} option_spec;

/* Appends item to a malloc'ed array of strings. */
static void push(const char ***items, size_t *n, const char *item) {
  *(const char **)esc__xpush(items, n, sizeof **items) = item;
}

static int set_compdb(esc_cli *cli, const char *v, char *err, size_t errlen) {
  (void)err, (void)errlen;
  cli->compdb_dir = v;
  return 0;
}

static int set_output(esc_cli *cli, const char *v, char *err, size_t errlen) {
  if (*v == '\0') {
    snprintf(err, errlen, "option '-o' needs a file name");
    return -1;
  }
  cli->output = v;
  return 0;
}

static int set_format(esc_cli *cli, const char *v, char *err, size_t errlen) {
  if (strcmp(v, "text") == 0)
    cli->format = ESC_FORMAT_TEXT;
  else if (strcmp(v, "json") == 0)
    cli->format = ESC_FORMAT_JSON;
  else {
    snprintf(err, errlen, "invalid value '%s' for --format (text or json)", v);
    return -1;
  }
  return 0;
}

/* A decimal number for option `option` into *n; 0, or -1 with err set. */
static int parse_number(const char *v, unsigned long long *n, const char *option, const char *what,
                        char *err, size_t errlen) {
  char *end;
  errno = 0;
  *n = strtoull(v, &end, 10);
  if (*v < '0' || *v > '9' || *end != '\0' || errno == ERANGE) {
    snprintf(err, errlen, "invalid value '%s' for %s (%s)", v, option, what);
    return -1;
  }
  return 0;
}

static int set_max_stack(esc_cli *cli, const char *v, char *err, size_t errlen) {
  unsigned long long n;
  if (parse_number(v, &n, "--max-stack-bytes", "a number of bytes", err, errlen) != 0)
    return -1;
  cli->max_stack_bytes = n;
  return 0;
}

static int set_jobs(esc_cli *cli, const char *v, char *err, size_t errlen) {
  unsigned long long n;
  if (parse_number(v, &n, "--jobs", "a number of threads, 1 to 64", err, errlen) != 0)
    return -1;
  if (n < 1 || n > 64) {
    snprintf(err, errlen, "invalid value '%s' for --jobs (a number of threads, 1 to 64)", v);
    return -1;
  }
  cli->jobs = (uint32_t)n;
  return 0;
}

/* Appends the function name v of option `option` to a list of names. */
static int push_name(const char ***names, size_t *n, const char *v, const char *option,
                     char *err, size_t errlen) {
  if (*v == '\0') {
    snprintf(err, errlen, "option '%s' needs a function name", option);
    return -1;
  }
  push(names, n, v);
  return 0;
}

static int add_allocator(esc_cli *cli, const char *v, char *err, size_t errlen) {
  return push_name(&cli->allocators, &cli->nallocators, v, "--allocator", err, errlen);
}

static int add_deallocator(esc_cli *cli, const char *v, char *err, size_t errlen) {
  return push_name(&cli->deallocators, &cli->ndeallocators, v, "--deallocator", err, errlen);
}

#define FLAG_HANDLER(fn, field)                                          \
  static int fn(esc_cli *cli, const char *v, char *err, size_t errlen) { \
    (void)v, (void)err, (void)errlen;                                    \
    cli->field = true;                                                   \
    return 0;                                                            \
  }
FLAG_HANDLER(set_verify, verify)
FLAG_HANDLER(set_dump_graph, dump_graph)
FLAG_HANDLER(set_help, help)
FLAG_HANDLER(set_version, version)

static const option_spec options[] = {
    {"p", true, set_compdb},
    {"o", true, set_output},
    {"format", true, set_format},
    {"max-stack-bytes", true, set_max_stack},
    {"jobs", true, set_jobs},
    {"j", true, set_jobs},
    {"allocator", true, add_allocator},
    {"deallocator", true, add_deallocator},
    {"verify", false, set_verify},
    {"dump-graph", false, set_dump_graph},
    {"help", false, set_help},
    {"h", false, set_help},
    {"version", false, set_version},
};

/* The option named by arg ("-x", "--x", "--x=v", or a one-letter option
 * with its value attached: "-j4", "-oFILE"); *value points after '=' or the
 * letter, or is NULL. */
static const option_spec *lookup(const char *arg, const char **value) {
  const char *name = arg + (arg[1] == '-' ? 2 : 1);
  const char *eq = strchr(name, '=');
  size_t len = eq ? (size_t)(eq - name) : strlen(name);
  *value = eq ? eq + 1 : NULL;
  for (size_t i = 0; i < sizeof options / sizeof *options; i++)
    if (strlen(options[i].name) == len && strncmp(options[i].name, name, len) == 0)
      return &options[i];
  for (size_t i = 0; i < sizeof options / sizeof *options && arg[1] != '-' && !eq; i++)
    if (options[i].takes_value && options[i].name[1] == '\0' && options[i].name[0] == name[0]) {
      *value = name + 1;
      return &options[i];
    }
  return NULL;
}

int esc__cli_parse(int argc, char **argv, esc_cli *cli, char *err, size_t errlen) {
  memset(cli, 0, sizeof *cli);
  cli->max_stack_bytes = ESC_DEFAULT_MAX_STACK_BYTES;
  for (int i = 1; i < argc; i++) {
    const char *arg = argv[i];
    if (strcmp(arg, "--") == 0) {
      cli->has_dashdash = true;
      for (i++; i < argc; i++)
        push(&cli->compiler_args, &cli->ncompiler_args, argv[i]);
      break;
    }
    if (arg[0] != '-' || arg[1] == '\0') {
      push(&cli->files, &cli->nfiles, arg);
      continue;
    }
    const char *value;
    const option_spec *opt = lookup(arg, &value);
    if (!opt) {
      snprintf(err, errlen, "unknown option '%s' (see 'cescape --help')", arg);
      return -1;
    }
    if (!opt->takes_value && value) {
      snprintf(err, errlen, "option '%.*s' takes no value", (int)(value - 1 - arg), arg);
      return -1;
    }
    if (opt->takes_value && !value) {
      if (i + 1 >= argc) {
        snprintf(err, errlen, "option '%s' needs a value", arg);
        return -1;
      }
      value = argv[++i];
    }
    if (opt->handle(cli, value, err, errlen) != 0)
      return -1;
  }
  return 0;
}

void esc__cli_free(esc_cli *cli) {
  free(cli->files);
  free(cli->compiler_args);
  free(cli->allocators);
  free(cli->deallocators);
  memset(cli, 0, sizeof *cli);
}
