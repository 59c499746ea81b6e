/* edition_keys.c — an edition's rows and cells found by their keys: the one lookup that the table
 * grammar's actions (a row label's key), the checks (a rule's terms, thousands of times a report),
 * the public accessors (a cell key) and a report rebuilt from stored cells all use.
 *
 * A row's place is its index among the edition's rows in declaration order: its place in
 * nb_tables.grid. Keys differ most at their ends and in length, so they are hashed by those. */
#include <string.h>

#include "edition.h"

int nb_edition_rows(const nb_edition *ed, const nb_rowdef *rows[NB_MAX_ROWS])
{
    int n = 0;
    for (const nb_rowdef *const *set = ed->rowsets; *set; set++)
        for (const nb_rowdef *d = *set; d->key && n < NB_MAX_ROWS; d++) rows[n++] = d;
    return n;
}

static unsigned key_hash(const char *key, size_t n)
{
    unsigned h = 2166136261u ^ (unsigned)n; /* FNV-1a over the length and the last 8 bytes */
    for (size_t i = n > 8 ? n - 8 : 0; i < n; i++) h = (h ^ (unsigned char)key[i]) * 16777619u;
    return h & (NB_KEY_SLOTS - 1);
}

void nb_edition_keys_init(nb_edition_keys *k, const nb_edition *ed)
{
    memset(k, 0, sizeof *k);
    k->ed = ed;
    if (!ed) return;
    k->n = nb_edition_rows(ed, k->rows);
    for (int i = 0; i < k->n; i++) {
        k->lens[i] = strlen(k->rows[i]->key);
        unsigned h = key_hash(k->rows[i]->key, k->lens[i]);
        while (k->slots[h]) h = (h + 1) & (NB_KEY_SLOTS - 1);
        k->slots[h] = (unsigned char)(i + 1);
    }
}

int nb_edition_row_at(const nb_edition_keys *k, const char *key, size_t n)
{
    for (unsigned h = key_hash(key, n); k->slots[h]; h = (h + 1) & (NB_KEY_SLOTS - 1)) {
        int i = k->slots[h] - 1;
        if (k->lens[i] == n && !memcmp(k->rows[i]->key, key, n)) return i;
    }
    return -1;
}

int nb_rowdef_col(const nb_rowdef *d, const char *col)
{
    for (int i = 0; i < d->arity; i++) /* (a row's columns mostly differ in their first letter) */
        if (d->cols[i][0] == col[0] && !strcmp(d->cols[i], col)) return i;
    return -1;
}

int nb_edition_cell(const nb_edition_keys *k, const char *key, int *col)
{
    /* the row's key is all before some dot: table 四's columns have dots of their own
     * (review_litigation + review.total), so each dot is tried, the last first */
    for (size_t n = strlen(key); n-- > 0;) {
        if (key[n] != '.') continue;
        int row = nb_edition_row_at(k, key, n);
        int c = row >= 0 ? nb_rowdef_col(k->rows[row], key + n + 1) : -1;
        if (c >= 0) {
            *col = c;
            return row;
        }
    }
    return -1;
}
