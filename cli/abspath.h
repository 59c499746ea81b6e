/* abspath.h — a file's absolute path with every symbolic link resolved, as realpath(3) gives it,
 * the directory resolved once for all its files (load names each file by it: cli/load.c).
 *
 * Why: realpath reads every component of the path as a link (a readlink each: 7 for
 * build-bench/data/files/x); the files of a directory come one after the other, so its resolution
 * is kept, and only the file itself is looked at (one lstat).
 *
 *     nb_abspath a = {0};
 *     char out[PATH_MAX];
 *     if (nb_abspath_of(&a, "dir/file.txt", out) != 0) …;   // -1: errno as realpath's */
#ifndef NB_CLI_ABSPATH_H
#define NB_CLI_ABSPATH_H
#include <limits.h>

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

typedef struct nb_abspath {
    char dir[PATH_MAX];  /* the directory last resolved, as written */
    char real[PATH_MAX]; /* and resolved ("" : none yet) */
} nb_abspath;

int nb_abspath_of(nb_abspath *a, const char *path, char *out);

#endif
