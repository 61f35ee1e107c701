/* Path arithmetic for the driver: joining, making absolute, and the form in
 * which cescape shows a path (relative to the current directory when the
 * file is below it). All results are malloc'ed. */
#ifndef ESC_DRIVER_PATHS_H
#define ESC_DRIVER_PATHS_H

/* dir/path, or path itself when it is absolute or dir is NULL. */
char *esc__path_join(const char *dir, const char *path);
/* path made absolute against the current directory, without resolving
 * symbolic links. */
char *esc__path_absolute(const char *path);
/* The directory part of path ("." when it has none). */
char *esc__path_dirname(const char *path);
/* How path, relative to dir (NULL: the current directory), is shown: the
 * real path of the file relative to the current directory when it lies
 * below it; else path as given when it is relative to the current
 * directory; else (absolute, or relative to another directory) the real
 * path. A file that does not exist is shown as given (dir/path). */
char *esc__path_display(const char *dir, const char *path);

#endif
