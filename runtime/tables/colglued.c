/* colglued.c — glued runs of table 三 read by the column sums R1 and R3 (colglued.h). */
#include "colglued.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "splitter.h"
#include "utf8.h"

enum { NEW, OVER, DONE, FORWARD, NKEYS };
static const char *const keys[NKEYS] = {"applications.new_received", "applications.carried_over",
                                        "applications.total_processed", "applications.carried_forward"};
/* R1 as a sum that is 0: 新收 + 上年结转 - 办理结果总计 - 结转下年度 */
static const int r1_sign[NKEYS] = {1, 1, -1, -1};

/* Column c's cell of the row at place k, where it holds a number. */
static int cell_value(const nb_tables *t, int k, int c, double *v)
{
    const nb_tcell *cell = k >= 0 ? t->grid[k][c] : NULL;
    if (!cell || !cell->has_value) return 0;
    *v = cell->value;
    return 1;
}

/* x, one rule's value for the cell: 1 where it is the first said or the same as before, -1 where two rules differ. */
static int say(int said, double *v, double x) { return said && *v != x ? -1 : (*v = x, 1); }

/* What R1 and R3 give column c of row k, from the other rows' cells: 1 (*v), 0 (no rule names every
 * other cell), -1 (two rules differ: the report's sums do not hold). */
static int derive(const nb_tables *t, const int at[NKEYS], int k, int c, double *v)
{
    int said = 0;
    int r1 = -1;
    for (int i = 0; i < NKEYS; i++)
        if (at[i] == k) r1 = i;
    if (r1 >= 0) {
        double s = 0, x;
        int whole = 1;
        for (int i = 0; i < NKEYS && whole; i++)
            if (i != r1 && (whole = cell_value(t, at[i], c, &x))) s += r1_sign[i] * x;
        if (whole && (said = say(said, v, -s * r1_sign[r1])) < 0) return -1;
    }
    int result = k > at[OVER] && k < at[DONE] && t->counts[k];
    if (k == at[DONE] || result) {
        double s = 0, x, done = 0;
        int whole = k == at[DONE] || cell_value(t, at[DONE], c, &done);
        for (int j = at[OVER] + 1; j < at[DONE] && whole; j++)
            if (j != k && t->counts[j] && (whole = cell_value(t, j, c, &x))) s += x;
        if (whole && (said = say(said, v, k == at[DONE] ? s : done - s)) < 0) return -1;
    }
    return said;
}

/* Whether the run s[0, n) is the numbers v[0, m) written one after the other, each its digits (ASCII or
 * full width), blanks only between two (or a cell's padding around them); off and len: each number's
 * bytes in the run. */
static int spells(const char *s, size_t n, const double *v, int m, size_t *off, size_t *len)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    for (int c = 0; c < m; c++) {
        size_t w;
        while ((w = nb_blank_at(p, e))) p += w; /* a cell's padding, or the blanks between two */
        if (v[c] < 0 || v[c] != floor(v[c]) || v[c] >= 1e15) return 0;
        char digits[24];
        snprintf(digits, sizeof digits, "%.0f", v[c]);
        off[c] = (size_t)(p - (const unsigned char *)s);
        for (const char *q = digits; *q; q++) {
            int d;
            if (!(w = nb_digit_at(p, e, &d)) || d != *q - '0') return 0;
            p += w;
        }
        len[c] = (size_t)(p - (const unsigned char *)s) - off[c];
    }
    return nb_skip_blanks(p, e) == e;
}

/* The row at place k read from its glued run, where the column sums spell it (1), or left (0). */
static int read_row(nb_tparse *tp, nb_tables *t, const int at[NKEYS], int k)
{
    const nb_rowdef *d = t->keys.rows[k];
    const nb_glued_run *g = &tp->glued[k];
    double v[NB_MAX_COLS], parts = 0;
    size_t off[NB_MAX_COLS], len[NB_MAX_COLS];
    if (d->split != NB_SPLIT_SUM_LAST || d->arity < 2 || d->arity > NB_MAX_COLS) return 0;
    for (int c = 0; c < d->arity; c++) {
        if (!t->grid[k][c] || t->grid[k][c]->has_value) return 0; /* read some other way */
        if (derive(t, at, k, c, &v[c]) != 1) return 0;
        if (c + 1 < d->arity) parts += v[c];
    }
    if (parts != v[d->arity - 1] || !spells(g->s, g->n, v, d->arity, off, len)) return 0;
    char cells[256];
    size_t used = 0;
    for (int c = 0; c < d->arity && used < sizeof cells; c++)
        used += (size_t)snprintf(cells + used, sizeof cells - used, "%s%.0f", c ? "|" : "", v[c]);
    nb_diag_add(tp->r, "info", "cells-recovered-columns", &g->span,
                "%s: cells glued as \"%.*s\" read as %s: the only split the column sums (R1, R3) of the other "
                "rows' cells allow, and it keeps the row's own sum",
                d->key, (int)(g->n > 80 ? 80 : g->n), g->s, cells);
    for (int c = 0; c < d->arity; c++) {
        nb_tcell *cell = t->grid[k][c];
        cell->raw = (nb_str){g->s + off[c], len[c]};
        cell->span = g->span;
        if (g->in_text) { /* the run as written: each number's place in it */
            cell->span.byte += off[c];
            cell->span.col += (uint32_t)nb_u8count((const unsigned char *)g->s, (const unsigned char *)g->s + off[c]);
        }
        cell->has_value = 1;
        cell->value = v[c];
        cell->recovered = 1;
    }
    return 1;
}


void nb_glued_by_columns(nb_tparse *tp, nb_tables *t)
{
    int at[NKEYS], any = 0;
    for (int i = 0; i < NKEYS; i++)
        if ((at[i] = nb_edition_row_at(&t->keys, keys[i], strlen(keys[i]))) < 0) return;
    if (at[OVER] >= at[DONE]) return;
    for (int k = 0; k < t->keys.n; k++) any |= tp->glued[k].s != NULL;
    for (int read = any; read;) { /* a row read may give the next its cells */
        read = 0;
        for (int k = 0; k < t->keys.n; k++)
            if (tp->glued[k].s && read_row(tp, t, at, k)) {
                tp->glued[k].s = NULL;
                read = 1;
            }
    }
}
