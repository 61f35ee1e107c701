/* The file names of findings, as they are shown: the passes copy the names
 * the compiler used (relative to the compile command's directory, or
 * absolute); the driver rewrites them with esc__path_display, so that one
 * header reached from two directories is one file, and a file below the
 * current directory is shown relative to it. */
#ifndef ESC_DRIVER_FINDING_PATHS_H
#define ESC_DRIVER_FINDING_PATHS_H

#include <stdint.h>

#include "finding.h"

/* Rewrites the paths of findings [first, fs->n), named relative to workdir
 * (NULL: the current directory). */
void esc__finding_paths_display(esc_findings *fs, uint32_t first, const char *workdir);

#endif
