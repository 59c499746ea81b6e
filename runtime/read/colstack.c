/* colstack.c — a cell of a number and its note stacked around its row's line: LibreOffice sets a
 * row's label and other numbers level with the middle of its tallest cell, so a cell of two lines
 * (5 / （其中修订2件）, or 22（其中修订16 / 件） wrapped) stands one line above the row's line and one
 * below, with nothing of it on the row's line. Where the row leaves one cell blank on its line, and
 * the lines right above and below it stand in that column and read a number with its note in
 * brackets, the two lines are that row's and that cell's (colblank.c's mark_over), not the label of
 * the row above or a row of their own.
 * Word's PDF read by pdftotext -layout cuts a number too wide for its cell the same way, centred on
 * the row: 65 above the row's line, 7 under it, for the 总计 657 of 612 24 1 0 20 0. Where each of the
 * two lines is one run of ASCII digits, the first not a 0, they are that cell's too, written as its
 * two pieces (65 7): no number here. Which number they make is left to the row's sum (sumjoin.c:
 * 657 where the row's other cells add up to it and to no other reading of the pieces); else the
 * cell is null in its column. Part of columns.c's reader (columns_int.h). */
#include "columns_int.h"

#include <string.h>

/* The text of line l's pieces without blanks appended to buf (at most cap - 1 bytes, NUL-ended). */
static size_t append_text(const state *st, const cline *l, char *buf, size_t at, size_t cap)
{
    for (size_t i = 0; i < l->np; i++) {
        const piece *p = &st->pc[l->p0 + i];
        for (size_t b = p->s; b < p->e && at + 1 < cap; b++)
            if (st->in[b] != ' ' && st->in[b] != '\t') buf[at++] = (char)st->in[b];
    }
    buf[at] = 0;
    return at;
}

/* Whether text is a number and its note in brackets: 5（其中修订2件）, 22(含修订3件). */
static int number_note(const char *t)
{
    static const char *const open[] = {"(", "\xEF\xBC\x88"}, *const close[] = {")", "\xEF\xBC\x89"};
    size_t n = strlen(t), d = strspn(t, "0123456789");
    if (d == 0) return 0;
    for (int k = 0; k < 2; k++) {
        size_t lo = strlen(open[k]), lc = strlen(close[k]);
        if (n > d + lo + lc && !memcmp(t + d, open[k], lo) && !memcmp(t + n - lc, close[k], lc) &&
            !strstr(t + d + lo, open[k]))
            return 1;
    }
    return 0;
}

/* The column of row l the pieces of line u stand in: right of l's label piece lab, between the
 * numbers of l before column `blank` and those after it (l's numbers are in columns col); 0 where
 * they are not so. The one column l leaves blank: positions are not matched, only their order (in
 * pdftotext's grid a wide character takes one column, and a line's columns drift). */
static int in_blank_column(const state *st, const cline *u, const cline *l, const piece *lab, const unsigned *col,
                           unsigned blank)
{
    for (size_t i = 0; i < u->np; i++) {
        const piece *p = &st->pc[u->p0 + i];
        if (p->x0 <= lab->x1) return 0;
        for (size_t k = 0; k < l->nnum; k++) {
            const piece *q = &st->pc[l->p0 + l->np - l->nnum + k];
            if (col[k] < blank ? q->x1 >= p->x0 : q->x0 <= p->x1) return 0;
        }
    }
    return u->np > 0;
}

/* Whether lines u and d each hold one run of ASCII digits, u's not led by a 0: a number cut in two
 * around its row's line (a number's head never starts with 0). */
static int number_halves(const state *st, const cline *u, const cline *d)
{
    if (u->np != 1 || d->np != 1) return 0;
    const piece *h = &st->pc[u->p0], *t = &st->pc[d->p0];
    return nb_col_digits(st, h) && nb_col_digits(st, t) && st->in[h->s] >= '1' && st->in[h->s] <= '9' &&
           st->in[t->s] < 0x80;
}

/* The first piece of line l from which on every piece is one of its cells' (a count above, keep ==
 * 1; a unit word below, keep == 2): those before it are a label's, left of them all. NONE where a
 * piece after it is neither, or one before it is a count or stands over them. */
static size_t cells_from(state *st, const cline *l, int keep)
{
    size_t i = l->np;
    while (i > 0 && (keep == 1 ? nb_col_digits(st, P(st, l, i - 1)) : nb_col_unit_word(st, P(st, l, i - 1)))) i--;
    if (i == l->np) return NONE;
    for (size_t k = 0; k < i; k++)
        if (P(st, l, k)->num || nb_col_unit_word(st, P(st, l, k)) || P(st, l, k)->x1 >= P(st, l, i)->x0) return NONE;
    return i;
}

/* A page that types each count with its unit (440 件) in cells too narrow for the wider ones: Word
 * wraps such a cell, 1603 / 件, and its print centres it on the row as it does a number and its note
 * (above), the count one line over the row's line and the unit one under it, where the row's
 * narrower cells stand whole (30 件). Where the row on line l (its counts with their units) leaves
 * blank just the columns the counts of the line above stand in, one each, the line under holds a unit
 * word right under each of them and nothing else right of the label, those counts and units are
 * l's blank cells (1603件), each in its column by their order among l's numbers; the lines' other
 * pieces, left of them all, are its label's (三、本 / 年度办 of a label spanning rows, or the row's
 * own label above and under its values: 一、本年新收…申请数 / 量). Returns whether they are. */
static int counts_around(state *st, cline *u, cline *l, cline *d)
{
    if (l->nnum >= 64) return 0;
    unsigned col[64], ncol = nb_col_place(st, l, col, 64), byorder = !ncol;
    int units = 0;
    for (size_t k = l->np - l->nnum; k < l->np; k++) units |= nb_col_count_unit(st, P(st, l, k));
    size_t iu = cells_from(st, u, 1), id = cells_from(st, d, 2);
    if (!units || iu == NONE || id == NONE || d->np - id != u->np - iu || l->nnum + u->np - iu > 64) return 0;
    if (!ncol) { /* no column known (a header of three levels): l's numbers and these by their order,
                    every column taken (the table reader checks their count against its template's) */
        ncol = (unsigned)(l->nnum + u->np - iu);
        for (size_t k = 0; k < l->nnum; k++) { /* its k-th number: after the counts left of it */
            col[k] = (unsigned)k;
            for (size_t i = iu; i < u->np; i++) col[k] += P(st, u, i)->x1 <= P(st, l, l->np - l->nnum + k)->x0;
        }
    }
    if (u->np - iu != ncol - l->nnum) return 0;
    const piece *lab = l->np > l->nnum ? P(st, l, l->np - l->nnum - 1) : NULL;
    unsigned at[64];
    size_t n = 0;
    for (size_t i = iu; i < u->np; i++, n++) {
        piece *p = P(st, u, i), *w = P(st, d, id + n);
        if (!nb_col_overlaps(p, w) || (lab && p->x0 <= lab->x1)) return 0;
        /* its gap among l's numbers: the blank columns there take its counts in their order */
        unsigned g = 0;
        for (size_t k = 0; k < l->nnum; k++) {
            const piece *q = P(st, l, l->np - l->nnum + k);
            if (nb_col_overlaps(p, q)) return 0;
            g += q->x1 <= p->x0;
        }
        unsigned lo = g ? col[g - 1] + 1 : 0, hi = g < l->nnum ? col[g] : ncol, before = 0;
        for (size_t m = iu; m < i; m++) before += at[m - iu] >= lo && at[m - iu] < hi;
        if (lo + before >= hi) return 0;
        at[n] = lo + before;
    }
    for (size_t m = 1; m < n; m++) /* (as many as the blank columns, in order: each taken once) */
        if (at[m] <= at[m - 1]) return 0;
    for (size_t m = 0; m < n; m++) P(st, u, iu + m)->over = P(st, d, id + m)->over = (unsigned char)(at[m] + 1);
    l->byorder = byorder ? (unsigned)n : 0;
    return 1;
}

void nb_col_stacked_cells(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    for (size_t j = a; j < b; j++) L[j].stacked = NONE;
    for (size_t j = a + 1; j + 1 < b; j++) {
        cline *l = &L[j], *u = &L[j - 1], *d = &L[j + 1];
        if (l->kind == N_LINE && u->stacked == NONE && d->kind != N_LINE && counts_around(st, u, l, d)) {
            u->stacked = d->stacked = j;
            u->stackcol = d->stackcol = 0; /* each piece its own column (over) */
            u->kind = d->kind = LABEL_LINE;
            u->nnum = d->nnum = 0;
            continue;
        }
        if (l->kind != N_LINE || l->np <= l->nnum || u->stacked != NONE || d->kind == N_LINE) continue;
        const piece *lab = &st->pc[l->p0 + l->np - l->nnum - 1];
        unsigned col[64], ncol = l->nnum < 64 ? nb_col_place(st, l, col, 64) : 0, blank = 0;
        if (ncol != l->nnum + 1) continue; /* one cell blank on the row's line */
        while (blank < l->nnum && col[blank] == blank) blank++;
        if (!in_blank_column(st, u, l, lab, col, blank) || !in_blank_column(st, d, l, lab, col, blank)) continue;
        char t[256];
        append_text(st, d, t, append_text(st, u, t, 0, sizeof t), sizeof t);
        if (!number_note(t) && !number_halves(st, u, d)) continue;
        u->stacked = d->stacked = j;
        u->stackcol = d->stackcol = blank + 1;
        u->kind = d->kind = LABEL_LINE;
        u->nnum = d->nnum = 0;
    }
}

unsigned nb_col_free_columns(state *st, size_t r, size_t a, size_t b, unsigned *col)
{
    const cline *l = &st->ln[r];
    unsigned ncol = (unsigned)l->nnum + l->byorder, k = 0;
    unsigned char taken[64] = {0};
    if (!l->byorder || ncol > 64) return 0;
    for (size_t j = a; j < b; j++)
        for (size_t i = 0; st->ln[j].owner == r && st->ln[j].stacked == r && i < st->ln[j].np; i++)
            if (P(st, &st->ln[j], i)->over) taken[P(st, &st->ln[j], i)->over - 1] = 1;
    for (unsigned c = 0; c < ncol; c++)
        if (!taken[c]) {
            if (k == l->nnum) return 0;
            col[k++] = c;
        }
    return k == l->nnum ? ncol : 0;
}

void nb_col_stacked_own(state *st, size_t a, size_t b)
{
    for (size_t j = a; j < b; j++)
        if (st->ln[j].stacked != NONE) st->ln[j].owner = st->ln[j].stacked;
}
