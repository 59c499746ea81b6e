/* db_known.c — the files a database holds unchanged: see db_known.h. An array sorted by abspath,
 * searched by bisection (a few thousand to a few hundred thousand files). */
#include "db_known.h"

#include <stdlib.h>
#include <string.h>

#include "mem.h"

typedef struct known_file {
    char *abspath, *sha256, *path;
} known_file;

struct nb_known {
    known_file *v;
    size_t n, cap;
};

static int by_abspath(const void *a, const void *b)
{
    return strcmp(((const known_file *)a)->abspath, ((const known_file *)b)->abspath);
}

static char *column(sqlite3_stmt *st, int i)
{
    const char *s = (const char *)sqlite3_column_text(st, i);
    return cli_strdup(s ? s : "");
}

nb_known *nb_known_read(sqlite3 *h, const char *version)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(h, "SELECT abspath, sha256, path FROM reports WHERE error IS NULL AND nianbao = ?1", -1,
                           &st, NULL) != SQLITE_OK)
        return NULL;
    sqlite3_bind_text(st, 1, version, -1, SQLITE_STATIC);
    nb_known *k = calloc(1, sizeof *k);
    if (!k) cli_oom();
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        k->v = cli_room(k->v, &k->cap, k->n, sizeof *k->v);
        k->v[k->n++] = (known_file){column(st, 0), column(st, 1), column(st, 2)};
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        nb_known_free(k);
        return NULL;
    }
    if (k->n) qsort(k->v, k->n, sizeof *k->v, by_abspath);
    return k;
}

int nb_known_has(const nb_known *k, const char *abspath, const char *sha256, const char *path)
{
    if (!k || !k->n) return 0;
    known_file key = {(char *)abspath, NULL, NULL};
    const known_file *f = bsearch(&key, k->v, k->n, sizeof *k->v, by_abspath);
    return f && !strcmp(f->sha256, sha256) && !strcmp(f->path, path);
}

void nb_known_free(nb_known *k)
{
    if (!k) return;
    for (size_t i = 0; i < k->n; i++) {
        free(k->v[i].abspath);
        free(k->v[i].sha256);
        free(k->v[i].path);
    }
    free(k->v);
    free(k);
}
