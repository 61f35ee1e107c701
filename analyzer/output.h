/* Where the report goes (-o FILE). A regular file (or a new one) is written
 * atomically: the report goes to a temporary file beside it, which is then
 * renamed over it, so readers see the old file or the whole new one, and a
 * failed run leaves the old file as it was. A device or a pipe (/dev/null,
 * a FIFO) is written directly and never replaced. Either way no temporary
 * file is left behind: on an error it is removed, and Ctrl-C, kill or a
 * closed terminal wait while it exists. */
#ifndef ESC_DRIVER_OUTPUT_H
#define ESC_DRIVER_OUTPUT_H

#include <stddef.h>

/* Checks, before any analysis, that path could be written: 0, or -1 with
 * the problem in err. */
int esc__output_check(const char *path, char *err, size_t errlen);
/* Writes the len bytes of data to path (NULL: stdout). 0, or -1 with the
 * problem in err. */
int esc__output_write(const char *path, const char *data, size_t len, char *err, size_t errlen);

#endif
