/* The compilation database (see compdb.h). */
#include "compdb.h"

#include <clang-c/CXCompilationDatabase.h>
#include <errno.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input_file.h"
#include "paths.h"
#include "xalloc.h"

struct esc_compdb {
  CXCompilationDatabase db;
};

/* The 1-based line of byte offset `at` in text. */
static unsigned line_of(const char *text, size_t at) {
  unsigned line = 1;
  for (size_t i = 0; i < at && text[i]; i++)
    line += text[i] == '\n';
  return line;
}

/* The problem with entry i of the database, or NULL if it has the fields
 * every command needs. */
static const char *entry_problem(json_object *entry) {
  json_object *v;
  if (!json_object_is_type(entry, json_type_object))
    return "is not an object";
  if (!json_object_object_get_ex(entry, "directory", &v) || !json_object_is_type(v, json_type_string))
    return "has no \"directory\" string";
  if (!json_object_object_get_ex(entry, "file", &v) || !json_object_is_type(v, json_type_string))
    return "has no \"file\" string";
  if (!(json_object_object_get_ex(entry, "command", &v) && json_object_is_type(v, json_type_string)) &&
      !(json_object_object_get_ex(entry, "arguments", &v) && json_object_is_type(v, json_type_array)))
    return "has neither a \"command\" string nor an \"arguments\" array";
  return NULL;
}

/* Checks the database's JSON shape; 0, or -1 with the problem in err. */
static int validate(const char *path, char *err, size_t errlen) {
  size_t len;
  char *text = esc__read_file(path, &len);
  if (!text) {
    snprintf(err, errlen, "cannot read: %s", strerror(errno));
    return -1;
  }
  json_tokener *tok = json_tokener_new();
  json_object *root = json_tokener_parse_ex(tok, text, (int)len + 1);
  enum json_tokener_error jerr = json_tokener_get_error(tok);
  size_t end = json_tokener_get_parse_end(tok);
  int status = -1;
  if (!root || jerr != json_tokener_success)
    snprintf(err, errlen, "malformed compilation database: line %u: %s", line_of(text, end),
             json_tokener_error_desc(jerr));
  else if (!json_object_is_type(root, json_type_array))
    snprintf(err, errlen, "malformed compilation database: not a JSON array of commands");
  else {
    status = 0;
    for (size_t i = 0; i < json_object_array_length(root) && status == 0; i++) {
      const char *problem = entry_problem(json_object_array_get_idx(root, i));
      if (problem) {
        snprintf(err, errlen, "malformed compilation database: entry %zu %s", i + 1, problem);
        status = -1;
      }
    }
  }
  json_object_put(root);
  json_tokener_free(tok);
  free(text);
  return status;
}

esc_compdb *esc__compdb_load(const char *dir, char *err, size_t errlen) {
  char *path = esc__path_join(dir, ESC_COMPDB_NAME);
  int valid = validate(path, err, errlen);
  free(path);
  if (valid != 0)
    return NULL;
  CXCompilationDatabase_Error cxerr;
  CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(dir, &cxerr);
  if (!db || cxerr != CXCompilationDatabase_NoError) {
    snprintf(err, errlen, "libclang could not load the compilation database");
    return NULL;
  }
  esc_compdb *out = esc__xzalloc(sizeof *out);
  out->db = db;
  return out;
}

void esc__compdb_free(esc_compdb *db) {
  if (!db)
    return;
  clang_CompilationDatabase_dispose(db->db);
  free(db);
}

/* A copy of a libclang string. */
static char *take(CXString s) {
  char *copy = esc__xstrdup(clang_getCString(s) ? clang_getCString(s) : "");
  clang_disposeString(s);
  return copy;
}

/* True if arg names the same file as the command's source file. */
static bool is_source(const char *arg, const char *dir, const char *source) {
  char *path = esc__path_join(dir, arg);
  char real_arg[PATH_MAX], real_source[PATH_MAX];
  bool same = strcmp(path, source) == 0 ||
              (realpath(path, real_arg) && realpath(source, real_source) &&
               strcmp(real_arg, real_source) == 0);
  free(path);
  return same;
}

/* Options that produce output files or dependency files: dropped, with
 * their value when it is a separate argument. */
static int dropped_option(const char *arg) {
  static const char *const with_value[] = {"-o", "-MF", "-MT", "-MQ"};
  static const char *const alone[] = {"-c", "-M", "-MM", "-MD", "-MMD", "-MP", "-MG"};
  for (size_t i = 0; i < sizeof with_value / sizeof *with_value; i++) {
    size_t n = strlen(with_value[i]);
    if (strncmp(arg, with_value[i], n) == 0)
      return arg[n] == '\0' ? 2 : 1;
  }
  for (size_t i = 0; i < sizeof alone / sizeof *alone; i++)
    if (strcmp(arg, alone[i]) == 0)
      return 1;
  return 0;
}

/* Converts a libclang command (see compdb.h for what is left out). */
static void convert(CXCompileCommand cmd, esc_command *out) {
  memset(out, 0, sizeof *out);
  out->directory = take(clang_CompileCommand_getDirectory(cmd));
  char *file = take(clang_CompileCommand_getFilename(cmd));
  out->file = esc__path_join(out->directory, file);
  free(file);
  unsigned n = clang_CompileCommand_getNumArgs(cmd);
  for (unsigned i = 1; i < n; i++) {
    char *arg = take(clang_CompileCommand_getArg(cmd, i));
    int drop = dropped_option(arg);
    if (drop == 2)
      i++;
    if (drop || (arg[0] != '-' && is_source(arg, out->directory, out->file)))
      free(arg);
    else
      *(char **)esc__xpush(&out->args, &out->nargs, sizeof *out->args) = arg;
  }
}

int esc__compdb_lookup(esc_compdb *db, const char *file, esc_command *out) {
  CXCompileCommands cmds = clang_CompilationDatabase_getCompileCommands(db->db, file);
  int found = cmds && clang_CompileCommands_getSize(cmds) > 0 ? 0 : -1;
  if (found == 0)
    convert(clang_CompileCommands_getCommand(cmds, 0), out);
  clang_CompileCommands_dispose(cmds);
  return found;
}

esc_command *esc__compdb_all(esc_compdb *db, size_t *n) {
  CXCompileCommands cmds = clang_CompilationDatabase_getAllCompileCommands(db->db);
  esc_command *all = NULL;
  *n = 0;
  unsigned size = cmds ? clang_CompileCommands_getSize(cmds) : 0;
  for (unsigned i = 0; i < size; i++)
    convert(clang_CompileCommands_getCommand(cmds, i), esc__xpush(&all, n, sizeof *all));
  clang_CompileCommands_dispose(cmds);
  return all;
}

void esc__command_free(esc_command *c) {
  for (size_t i = 0; i < c->nargs; i++)
    free(c->args[i]);
  free(c->args);
  free(c->file);
  free(c->directory);
  memset(c, 0, sizeof *c);
}
