/* combined.c — a row printed as one where the template splits it; see combined.h. */
#include "combined.h"

#include <string.h>

static const char suffix[] = ".combined";

int nb_row_is_combined(const char *key)
{
    size_t n = strlen(key), k = sizeof suffix - 1;
    return n > k && !memcmp(key + n - k, suffix, k);
}

/* Length of the parent of a key (applications.other of applications.other.unpaid_fee). */
static size_t parent_len(const char *key)
{
    const char *dot = strrchr(key, '.');
    return dot ? (size_t)(dot - key) : 0;
}

static int same_parent(const char *a, const char *b)
{
    size_t n = parent_len(a);
    return n && n == parent_len(b) && !memcmp(a, b, n);
}

int nb_row_counts(const nb_edition *ed, const nb_tables *t, int i)
{
    enum { MAX = NB_MAX_ROWS };
    const char *keys[MAX];
    int n = 0;
    for (const nb_rowdef *const *set = ed->rowsets; *set; set++)
        for (const nb_rowdef *d = *set; d->key && n < MAX; d++) keys[n++] = d->key;
    if (i < 0 || i >= n) return 1;
    /* the combined row of i's family, and whether the report has any other row of it */
    int combined = -1, others = 0;
    for (int k = 0; k < n; k++) {
        if (k != i && !same_parent(keys[k], keys[i])) continue;
        if (nb_row_is_combined(keys[k])) combined = k;
        else others |= t && t->seen[k];
    }
    if (combined < 0) return 1;
    int whole = t && t->seen[combined] && !others; /* the report prints the family as one row */
    return i == combined ? whole : !whole;
}
