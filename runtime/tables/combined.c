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

int nb_rows_counting(const nb_edition *ed, const unsigned char *seen, unsigned char counts[NB_MAX_ROWS])
{
    const nb_rowdef *rows[NB_MAX_ROWS];
    const char *keys[NB_MAX_ROWS];
    int n = nb_edition_rows(ed, rows);
    for (int i = 0; i < n; i++) {
        keys[i] = rows[i]->key;
        counts[i] = 1;
    }
    for (int c = 0; c < n; c++) {
        if (!nb_row_is_combined(keys[c])) continue;
        int others = 0; /* the report has another row of the family */
        for (int k = 0; k < n; k++)
            if (k != c && same_parent(keys[k], keys[c])) others |= seen && seen[k];
        int whole = seen && seen[c] && !others; /* the report prints the family as one row */
        for (int k = 0; k < n; k++)
            if (k != c && same_parent(keys[k], keys[c])) counts[k] = !whole;
        counts[c] = (unsigned char)whole;
    }
    return n;
}
