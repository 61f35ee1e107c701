/* The driver's reading of its input files: the check that a source file
 * can be given to the compiler at all, before libclang sees it (libclang's
 * own messages for a missing file, a directory or binary data are vague, and
 * an empty file would silently report nothing), and whole-file reads of the
 * compilation database and of --verify's annotations. */
#ifndef ESC_DRIVER_INPUT_FILE_H
#define ESC_DRIVER_INPUT_FILE_H

#include <stddef.h>

/* Returns 0 if path is a readable, non-empty regular file with no NUL byte;
 * else -1 with the problem in err ("no such file", "is a directory", ...). */
int esc__input_file_check(const char *path, char *err, size_t errlen);

/* The whole file, NUL-terminated, malloc'ed, its length in *len; NULL with
 * errno set if it cannot be read. */
char *esc__read_file(const char *path, size_t *len);

#endif
