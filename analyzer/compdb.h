/* The compilation database (compile_commands.json), through libclang's
 * CXCompilationDatabase. The file is first read with json-c, so that a
 * malformed database is reported with what is wrong with it. A command is
 * turned into arguments for libclang: without the compiler, `-c`, `-o X`,
 * dependency-file options (-M...) and the input file itself. */
#ifndef ESC_DRIVER_COMPDB_H
#define ESC_DRIVER_COMPDB_H

#include <stddef.h>

typedef struct esc_compdb esc_compdb;

typedef struct esc_command {
  char *file;       /* the source file, absolute */
  char *directory;  /* the command's working directory */
  char **args;      /* compiler arguments for libclang */
  size_t nargs;
} esc_command;

/* The name of the database file in a directory. */
#define ESC_COMPDB_NAME "compile_commands.json"

/* Loads dir/compile_commands.json; NULL with the problem in err. */
esc_compdb *esc__compdb_load(const char *dir, char *err, size_t errlen);
void esc__compdb_free(esc_compdb *db);
/* The first command for file (absolute path). Returns 0, or -1 if the
 * database has none. */
int esc__compdb_lookup(esc_compdb *db, const char *file, esc_command *out);
/* Every command of the database, in its order (*n of them, malloc'ed). */
esc_command *esc__compdb_all(esc_compdb *db, size_t *n);
void esc__command_free(esc_command *c);

#endif
