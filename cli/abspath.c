/* abspath.c — realpath(3) with the directory's resolution kept: see abspath.h. */
#define _XOPEN_SOURCE 700
#include "abspath.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int nb_abspath_of(nb_abspath *a, const char *path, char *out)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t dirlen = slash ? (slash == path ? 1 : (size_t)(slash - path)) : 1;
    struct stat st;
    /* a link, "." or "..", or a name too long to keep: realpath itself */
    if (!*base || !strcmp(base, ".") || !strcmp(base, "..") || dirlen >= sizeof a->dir || lstat(path, &st) != 0 ||
        S_ISLNK(st.st_mode))
        return realpath(path, out) ? 0 : -1;
    const char *dir = slash ? path : ".";
    if (!a->real[0] || strlen(a->dir) != dirlen || memcmp(a->dir, dir, dirlen)) {
        memcpy(a->dir, dir, dirlen);
        a->dir[dirlen] = 0;
        if (!realpath(a->dir, a->real)) {
            a->real[0] = 0;
            return -1;
        }
    }
    const char *sep = strcmp(a->real, "/") ? "/" : "";
    if (snprintf(out, PATH_MAX, "%s%s%s", a->real, sep, base) >= PATH_MAX) return realpath(path, out) ? 0 : -1;
    return 0;
}
