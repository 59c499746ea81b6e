/* colsplit.c — a row whose numbers a print sets on two lines: some cells of the page's table have
 * more padding or another vertical alignment than the others of their row, so their numbers stand a
 * little lower (or higher) and pdftotext -layout puts them on the next line (or the one above):
 *     1.属于国家秘密          2                          3
 *                                  1   0    0    0    0
 * The line of values alone is the row's only where the text shows it: it stands next to the row's
 * line in the cluster (no blank line between), nothing else on it, right of the row's label; no
 * other line could have it (the line beyond it is blank or ends the cluster, and
 * no line of values alone, nor the tails of numbers wrapped in their cells, stands on the row's other
 * side: 121 over a 总计 row and 3 under it are 1213 wrapped); the two lines' numbers overlap nowhere (a
 * number wrapped in its narrow cell, 18 over 1, stands under its head) and together are one per
 * column of the table's header, each under its own, or of the rows around with all their numbers
 * (nb_col_full_rows: the nearest above and below, each), each within its own (past the column before,
 * short of the one after: a label's line may set its numbers a little off those of lines with
 * numbers alone, so the rows above and below need not agree with one another), or, where there is
 * neither, of the rows split alike nearest above and below (split_alike). Then
 * the numbers are the row's in the order of their columns; else both lines stay as they are (the
 * table reader leaves the row null, saying why). A label line with no number never takes a line of
 * values so: the numbers under a label alone are the row's whole (一、本年新收… / 731 62 0 0 1 4 798),
 * read as a row whose label stands above its values.
 * Part of columns.c's reader (columns_int.h). */
#include "columns_int.h"

#include <stdlib.h>
#include <string.h>

/* Whether line l holds a row's label and some of its numbers, no page break on it. */
static int labelled_numbers(const state *st, const cline *l)
{
    return l->kind == N_LINE && l->np > l->nnum && l->nnum && !memchr(st->in + l->s, '\f', l->e - l->s);
}

/* Whether line v, next to row line r, may be no other row's: no line beyond it (w, NULL outside the
 * cluster). A row beyond it, even with all its values, may have v's numbers as the heads or tails of
 * numbers wrapped or cut in its cells (５ over its １ and its ６: 51 and 56, colcut.c). */
static int only_for(const cline *w)
{
    return !w;
}

/* Whether columns [x0, x1) and [y0, y1) have a blank column at least between them. */
static int blank_between(int x0, int x1, int y0, int y1) { return x1 < y0 || y1 < x0; }

/* Whether no number of line u overlaps one of line v, a blank column at least between them. */
static int apart(state *st, const cline *u, const cline *v)
{
    for (size_t i = u->np - u->nnum; i < u->np; i++)
        for (size_t m = 0; m < v->np; m++) {
            const piece *p = P(st, u, i), *q = P(st, v, m);
            if (!blank_between(p->x0, p->x1, q->x0, q->x1)) return 0;
        }
    return 1;
}

static int by_x(const void *x, const void *y)
{
    const piece *p = x, *q = y;
    return (p->x0 > q->x0) - (p->x0 < q->x0);
}

/* Whether the k spans x[0..k), in the order of their columns, each stand within their column of the
 * row whose numbers stand at c[0..k): past the end of the column before it and before the start of the
 * column after it (a label's line may set its numbers a little off those of lines with numbers alone:
 * pdftotext's grid). */
static int within(const struct span2 *c, const struct span2 *x, unsigned k)
{
    for (unsigned i = 0; i < k; i++) {
        if (i && x[i].x0 <= c[i - 1].x1) return 0;
        if (i + 1 < k && x[i].x1 >= c[i + 1].x0) return 0;
    }
    return 1;
}

int nb_col_in_full_rows(const state *st, const cline *l, const struct span2 *x, unsigned k, const struct nref **up,
                        const struct nref **down)
{
    return nb_col_full_rows(st, l, k, up, down) && (!*up || within(&st->xs[(*up)->x0], x, k)) &&
           (!*down || within(&st->xs[(*down)->x0], x, k));
}

static int by_x0(const void *x, const void *y)
{
    const struct span2 *p = x, *q = y;
    return (p->x0 > q->x0) - (p->x0 < q->x0);
}

/* The numbers of N line ref i, a row's label and some of its numbers, joined with those of the line
 * of numbers alone right above or right below it (on one side only, its page), right of the label
 * and none of them over one of the other line's, in the order of their columns, into x (room for
 * 64). Returns how many, 0 where ref i is no row split so. */
static unsigned split_spans(const state *st, size_t i, struct span2 *x)
{
    const struct nref *r = &st->ref[i], *up = NULL, *down = NULL;
    if (r->lab < 0 || !r->k) return 0;
    if (i > 0 && st->ref[i - 1].line + 1 == r->line && st->ref[i - 1].lab < 0 && st->ref[i - 1].page == r->page)
        up = &st->ref[i - 1];
    if (i + 1 < st->nref && st->ref[i + 1].line == r->line + 1 && st->ref[i + 1].lab < 0 &&
        st->ref[i + 1].page == r->page)
        down = &st->ref[i + 1];
    if (!up == !down) return 0;
    const struct nref *v = up ? up : down;
    unsigned k = r->k + v->k;
    if (k > 64 || st->xs[v->x0].x0 <= r->lab) return 0;
    for (unsigned a = 0; a < r->k; a++)
        for (unsigned b = 0; b < v->k; b++) {
            const struct span2 *p = &st->xs[r->x0 + a], *q = &st->xs[v->x0 + b];
            if (!blank_between(p->x0, p->x1, q->x0, q->x1)) return 0;
        }
    memcpy(x, &st->xs[r->x0], r->k * sizeof *x);
    memcpy(x + r->k, &st->xs[v->x0], v->k * sizeof *x);
    qsort(x, k, sizeof *x, by_x0);
    return k;
}

/* Whether row line r, split in two with its k numbers at x[0..k) and no row of all its numbers
 * around nor a header to give their columns, has the columns of the rows split so nearest above it
 * and below it (one at least; of its stretch, on its page, within 40 lines): as many numbers, each
 * within its column of the other's, and theirs within its. A print that sets some cells of a row
 * lower (another vertical alignment) does so in every row of its table (1.属于国家秘密 2 1 0 0 0 3 /
 * 0, rows of pdftotext -layout none of which has all its numbers on one line), and a row with a
 * blank cell and a stray number would not fall in the columns the others make. */
static int split_alike(const state *st, const cline *r, const struct span2 *x, unsigned k)
{
    size_t line = st->line0 + (size_t)(r - st->ln), me = nb_col_ref_at(st, line);
    if (me == NONE) return 0;
    const struct nref *m = &st->ref[me];
    struct span2 y[64];
    int found = 0;
    for (int below = 0; below < 2; below++)
        for (size_t d = 1; below ? me + d < st->nref : d <= me; d++) {
            size_t i = below ? me + d : me - d;
            const struct nref *f = &st->ref[i];
            if (f->page != m->page || f->block != m->block || (below ? f->line - line : line - f->line) > 40) break;
            unsigned n = split_spans(st, i, y);
            if (!n) continue;
            if (n != k || !within(y, x, k) || !within(x, y, k)) return 0;
            found = 1;
            break;
        }
    return found;
}

/* Whether the k numbers x[0..k), in the order of their columns, each stand under their leaf column of
 * header h (nb_header_column), which has k. */
static int under_header(const state *st, const struct nhead *h, const piece *x, unsigned k)
{
    if (!h || h->k != k) return 0;
    for (unsigned i = 0; i < k; i++)
        if (nb_header_column(&st->hx[h->x0], h->k, x[i].x0, x[i].x1) != (int)i) return 0;
    return 1;
}

/* Row line r joined with values line v, whose pieces follow r's or precede them in st->pc: r's label
 * pieces, then the numbers of both in the order of their columns, as r's; where each of them stands
 * under its own column of the table's header, or within it among those of the rows around with as
 * many numbers (nb_col_full_rows), or, with neither, in the columns of the rows split alike around it
 * (split_alike). Returns whether it was. */
static int join(state *st, cline *r, cline *v)
{
    size_t from = r->p0 < v->p0 ? r->p0 : v->p0, n = r->np + v->np, nlab = r->np - r->nnum;
    unsigned k = (unsigned)(r->nnum + v->nnum);
    if (k > 64) return 0;
    piece x[64];
    struct span2 sx[64];
    memcpy(x, P(st, r, nlab), r->nnum * sizeof *x);
    memcpy(x + r->nnum, P(st, v, 0), v->nnum * sizeof *x);
    qsort(x, k, sizeof *x, by_x);
    for (unsigned i = 0; i < k; i++) sx[i] = (struct span2){x[i].x0, x[i].x1};
    const struct nref *up, *down;
    int rows = nb_col_in_full_rows(st, r, sx, k, &up, &down);
    const struct nhead *h = rows ? NULL : nb_col_header_of(st, r);
    if (!rows && !under_header(st, h, x, k) && (up || down || h || !split_alike(st, r, sx, k))) return 0;
    memmove(&st->pc[from], P(st, r, 0), nlab * sizeof *x); /* the label's pieces first (r's, below v's when v is above) */
    memcpy(&st->pc[from + nlab], x, k * sizeof *x);
    r->p0 = from;
    r->np = n;
    r->nnum = k;
    r->joined = 1;
    return 1;
}

void nb_col_split_rows(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    for (size_t j = a; j < b; j++) {
        cline *r = &L[j];
        if (!labelled_numbers(st, r)) continue;
        const cline *up = j > a ? &L[j - 1] : NULL, *down = j + 1 < b ? &L[j + 1] : NULL;
        int vup = up && nb_col_values_only(st, up) && up->split == NONE, vdown = down && nb_col_values_only(st, down);
        if (vup == vdown) continue; /* none, or values on both sides: which are the row's is not certain */
        const cline *other = vup ? down : up;
        if (other && other->cont) continue; /* tails of numbers wrapped in their cells (208 / 121): so may v's be */
        cline *v = vup ? &L[j - 1] : &L[j + 1];
        const cline *beyond = vup ? (j >= a + 2 ? &L[j - 2] : NULL) : (j + 2 < b ? &L[j + 2] : NULL);
        if (v->p0 != (vup ? r->p0 - v->np : r->p0 + r->np)) continue; /* (pieces not next to each other) */
        if (!only_for(beyond) || !apart(st, r, v)) continue;
        if (P(st, v, 0)->x0 <= P(st, r, r->np - r->nnum - 1)->x1) continue; /* right of the label only */
        if (!join(st, r, v)) continue;
        v->split = j;
        v->np = v->nnum = 0;
        v->kind = LABEL_LINE;
        if (!vup) j++;
    }
}

void nb_col_split_own(state *st, size_t a, size_t b)
{
    for (size_t j = a; j < b; j++)
        if (st->ln[j].split != NONE) st->ln[j].owner = st->ln[j].split;
}
