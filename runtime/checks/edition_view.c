/* edition_view.c — a report's tables seen through its edition: the rows by key (a rule looks rows up
 * thousands of times: edition_keys.c hashes them), and the rows under a key. */
#include "checks.h"
#include "checks_int.h"

#include <string.h>

#include "combined.h"

void nbc_view_of(view *v, const nb_report *r, const char *source)
{
    memset(v, 0, sizeof *v);
    v->r = r;
    v->t = r->tables;
    v->ed = r->tables && r->tables->ed ? r->tables->ed : nb_edition_named(r->edition);
    v->source = source;
    if (!v->ed) return;
    nb_edition_keys_init(&v->keys, v->ed);
    nb_rows_counting(v->ed, v->t ? v->t->seen : NULL, v->counts);
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

/* Calls fn for each row of the edition that matches pattern, with its place in nb_tables.grid. */
int nbc_each_row(const view *v, const char *pattern, row_fn fn, void *ctx)
{
    size_t len = strlen(pattern);
    if (!len || pattern[len - 1] != '*') { /* one row at most: keys are unique */
        int i = nb_edition_row_at(&v->keys, pattern, len);
        if (i >= 0 && fn) fn(ctx, v->keys.rows[i], i);
        return i >= 0;
    }
    int n = 0;
    for (int i = 0; i < v->keys.n; i++)
        if (row_under(pattern, len, v->keys.rows[i]->key, v->keys.lens[i])) {
            if (fn) fn(ctx, v->keys.rows[i], i);
            n++;
        }
    return n;
}
