/* edition_view.c — a report's tables seen through its edition: the rows by key (a rule looks rows up
 * thousands of times, so they are hashed), the rows under a key, a row's columns. */
#include "checks.h"
#include "checks_int.h"

#include <string.h>

#include "combined.h"

const nb_edition *nbc_edition_of(const nb_report *r)
{
    if (r->tables && r->tables->ed) return r->tables->ed;
    for (int i = 0; r->edition && nb_editions[i]; i++)
        if (!strcmp(nb_editions[i]->name, r->edition)) return nb_editions[i];
    return NULL;
}

/* Keys differ most at their ends: the length and the last bytes hash them well enough. */
static unsigned key_hash(const char *key, size_t n)
{
    unsigned h = 2166136261u ^ (unsigned)n; /* FNV-1a */
    for (size_t i = n > 8 ? n - 8 : 0; i < n; i++) h = (h ^ (unsigned char)key[i]) * 16777619u;
    return h & (KEY_SLOTS - 1);
}

void nbc_view_of(view *v, const nb_report *r, const char *source)
{
    memset(v, 0, sizeof *v);
    v->r = r;
    v->t = r->tables;
    v->ed = nbc_edition_of(r);
    v->source = source;
    if (!v->ed) return;
    int i = 0;
    for (const nb_rowdef *const *set = v->ed->rowsets; *set; set++)
        for (const nb_rowdef *d = *set; d->key && i < NB_MAX_ROWS; d++, i++) {
            v->defs[i] = d;
            v->lens[i] = strlen(d->key);
            unsigned h = key_hash(d->key, v->lens[i]);
            while (v->by_key[h]) h = (h + 1) & (KEY_SLOTS - 1);
            v->by_key[h] = (unsigned char)(i + 1);
        }
    v->nrows = i;
    nb_rows_counting(v->ed, v->t ? v->t->seen : NULL, v->counts);
}

/* The place of the row with this key (n bytes), or -1. */
int nbc_row_of(const view *v, const char *key, size_t n)
{
    for (unsigned h = key_hash(key, n); v->by_key[h]; h = (h + 1) & (KEY_SLOTS - 1)) {
        int i = v->by_key[h] - 1;
        if (v->lens[i] == n && !memcmp(v->defs[i]->key, key, n)) return i;
    }
    return -1;
}

/* Is key (klen bytes) under pattern (n bytes, ending in '*'): the row itself or one below it.
 * Keys share their first segments, so the prefix is compared from its end. */
static int row_under(const char *pattern, size_t n, const char *key, size_t klen)
{
    n--;
    if (klen < n || (klen > n && key[n] != '.')) return 0;
    while (n > 0 && key[n - 1] == pattern[n - 1]) n--;
    return n == 0;
}

int nbc_col_index(const nb_rowdef *d, const char *col)
{
    for (int i = 0; i < d->arity; i++) /* (a row's columns mostly differ in their first letter) */
        if (d->cols[i][0] == col[0] && !strcmp(d->cols[i], col)) return i;
    return -1;
}

/* Calls fn for each row of the edition that matches pattern, with its place in nb_tables.grid. */
int nbc_each_row(const view *v, const char *pattern, row_fn fn, void *ctx)
{
    size_t len = strlen(pattern);
    if (!len || pattern[len - 1] != '*') { /* one row at most: keys are unique */
        int i = nbc_row_of(v, pattern, len);
        if (i >= 0 && fn) fn(ctx, v->defs[i], i);
        return i >= 0;
    }
    int n = 0;
    for (int i = 0; i < v->nrows; i++)
        if (row_under(pattern, len, v->defs[i]->key, v->lens[i])) {
            if (fn) fn(ctx, v->defs[i], i);
            n++;
        }
    return n;
}

