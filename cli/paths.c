/* paths.c — the command line's inputs: files as given, directories walked in name order. Shared by
 * parse (cli/main.c), check and facts. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"
#include "mem.h"

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

void nb_paths_walk(const char *path, nb_path_fn *fn, void *ctx)
{
    struct stat st;
    if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fn(ctx, path, NULL); /* a stat error shows when the file is opened */
        return;
    }
    DIR *d = opendir(path);
    if (!d) {
        fn(ctx, path, strerror(errno));
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue; /* ., .. and hidden files */
        names = cli_room(names, &cap, n, sizeof *names);
        names[n] = cli_realloc(NULL, strlen(path) + strlen(de->d_name) + 2);
        strcat(strcat(strcpy(names[n], path), "/"), de->d_name);
        n++;
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        nb_paths_walk(names[i], fn, ctx);
        free(names[i]);
    }
    free(names);
}

/* check and facts read an unlistable directory as a file: the reading says why it fails */
static void add_path(void *ctx, const char *path, const char *error)
{
    nb_paths *l = ctx;
    (void)error;
    l->v = cli_room(l->v, &l->cap, l->n, sizeof *l->v);
    l->v[l->n] = cli_strdup(path);
    l->n++;
}

void nb_paths_expand(nb_paths *l, const char *path) { nb_paths_walk(path, add_path, l); }

void nb_paths_free(nb_paths *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}
