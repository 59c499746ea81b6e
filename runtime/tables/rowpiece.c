/* rowpiece.c — a row printed in pieces cut anywhere, each under its columns' labels; see rowpiece.h. */
#include "rowpiece.h"

#include <string.h>

#include "tables.h"

enum { MAX_GROUPS = 8 }; /* a row's groups of columns: table 四 has three */

/* Column c's label in d without its group's (结果维持 of 行政复议 结果维持), and its group's (行政复议) as
 * *group, *group_n bytes; a label with no group: the whole label, group empty. */
static const char *col_word(const nb_rowdef *d, int c, const char **group, size_t *group_n)
{
    const char *l = d->col_labels[c], *blank = strrchr(l, ' ');
    *group = l;
    *group_n = blank ? (size_t)(blank - l) : 0;
    return blank ? blank + 1 : l;
}

/* The index of d's group header that token t is (行政复议, 未经复议直接起诉（续）), or -1. The groups are
 * numbered by the first column they head. */
static int group_of_token(const nb_rowdef *d, const nb_ctok *t)
{
    for (int c = 0; c < d->arity; c++) {
        const char *g;
        size_t gn;
        col_word(d, c, &g, &gn);
        if (gn && (c == 0 || strncmp(d->col_labels[c - 1], g, gn) || d->col_labels[c - 1][gn] != ' ') &&
            nb_token_is_word(t, g, gn, 0))
            return c;
    }
    return -1;
}

/* The first column of column c's group. */
static int group_start(const nb_rowdef *d, int c)
{
    const char *g;
    size_t gn;
    col_word(d, c, &g, &gn);
    while (c > 0 && !strncmp(d->col_labels[c - 1], g, gn) && d->col_labels[c - 1][gn] == ' ') c--;
    return c;
}

/* Whether token t is the header over several groups that one of the edition's parts declares (行政诉讼). */
static int is_over(const nb_edition *ed, const nb_ctok *t)
{
    for (const nb_rowpart *p = ed->parts; p && p->row; p++)
        if (p->over && nb_token_is_word(t, p->over, strlen(p->over), 0)) return 1;
    return 0;
}

/* Whether columns o … o+k-1 of d carry the labels words[0 … k-1] and fall in exactly the groups named. */
static int fits(const nb_rowdef *d, int o, const nb_ctok *const *words, int k, const int *named, int n_named)
{
    int seen[MAX_GROUPS] = {0}, n_seen = 0;
    for (int i = 0; i < k; i++) {
        const char *g;
        size_t gn;
        const char *w = col_word(d, o + i, &g, &gn);
        if (words[i]->raw.n != strlen(w) || memcmp(words[i]->raw.p, w, words[i]->raw.n)) return 0;
        int s = group_start(d, o + i);
        if (n_seen == 0 || seen[n_seen - 1] != s) {
            if (n_seen == MAX_GROUPS) return 0;
            seen[n_seen++] = s;
        }
    }
    if (n_seen != n_named) return 0;
    for (int i = 0; i < n_seen; i++) {
        int found = 0;
        for (int j = 0; j < n_named; j++) found |= named[j] == seen[i];
        if (!found) return 0;
    }
    return 1;
}

/* Whether token t starts with the mark of a table continued (（续）, (续)): then *rest is t after it and
 * its blanks, as a label (empty where the mark is all). */
static int continued(const nb_ctok *t, nb_ctok *rest)
{
    static const char *const marks[] = {"（续）", "(续)"};
    if (t->kind != NB_C_TEXT) return 0;
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
        size_t n = strlen(marks[m]);
        if (t->raw.n < n || memcmp(t->raw.p, marks[m], n)) continue;
        *rest = *t;
        rest->kind = NB_C_LABEL;
        while (n < t->raw.n && (t->raw.p[n] == ' ' || t->raw.p[n] == '\t')) n++;
        rest->raw.p += n;
        rest->raw.n -= n;
        return 1;
    }
    return 0;
}

/* The values of cells: the run of numbers in it, blank cells before or after it left out (a box
 * table's cell under another piece's column); an empty span where a blank stands between numbers, or a
 * cell is anything else, or the numbers stand on more than one line. */
static nb_tspan values_of(const nb_tparse *tp, nb_tspan cells)
{
    nb_tspan v = cells, none = {cells.first, 0};
    while (v.count && tp->toks.v[v.first].kind == NB_C_EMPTY) v.first++, v.count--;
    while (v.count && tp->toks.v[v.first + v.count - 1].kind == NB_C_EMPTY) v.count--;
    for (size_t i = v.first; i < v.first + v.count; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        if (t->kind != NB_C_NUM || t->span.line != tp->toks.v[v.first].span.line) return none;
    }
    return v;
}

int nb_piece_of(nb_tparse *tp, size_t head, nb_tspan cells, const nb_rowdef *d, nb_rowdef *view, nb_tspan *values)
{
    enum { MAX_WORDS = 16 };
    nb_tspan v = values_of(tp, cells);
    if (v.count < 2 || v.count >= (size_t)d->arity || v.count > MAX_WORDS) return 0;
    const nb_ctok *words[MAX_WORDS];
    int named[MAX_GROUPS], n_named = 0, k = 0;
    for (size_t i = head; i < cells.first; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        if (t->kind == NB_C_EMPTY) continue;
        nb_ctok rest;
        if (continued(t, &rest)) {
            if (!rest.raw.n) continue;
            t = &rest; /* （续） 复议后起诉: the group's header after the mark */
        }
        int g = group_of_token(d, t);
        if (g >= 0) {
            int dup = 0;
            for (int j = 0; j < n_named; j++) dup |= named[j] == g;
            if (!dup) {
                if (n_named == MAX_GROUPS) return 0;
                named[n_named++] = g;
            }
            continue;
        }
        if (is_over(tp->ed, t)) continue;
        if (t->kind != NB_C_LABEL || k == MAX_WORDS) return 0; /* anything else: the header is not only labels */
        words[k++] = t;
    }
    if ((size_t)k != v.count || !n_named) return 0;
    int at = -1;
    for (int o = 0; o + k <= d->arity; o++) {
        if (!fits(d, o, words, k, named, n_named)) continue;
        if (at >= 0) return 0; /* two runs of columns fit: which is not certain */
        at = o;
    }
    if (at < 0) return 0;
    for (const nb_rowpart *p = tp->ed->parts; p && p->row; p++)
        if (!strcmp(p->row, d->key) && p->first == at && p->count == k) return 0; /* a declared part: its rule reads it */
    *view = *d;
    view->arity = k;
    view->cols = d->cols + at;
    view->col_labels = d->col_labels + at;
    view->flags = d->flags ? d->flags + at : NULL;
    *values = v;
    nb_diag_add(tp->r, "info", "row-piece", &tp->toks.v[head].span,
                "%s is printed in pieces: the values under the labels of its columns %s … %s are those columns",
                d->key, view->cols[0], view->cols[k - 1]);
    return 1;
}
