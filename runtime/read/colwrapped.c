/* colwrapped.c — numbers wrapped inside their narrow cells (18 on the row's line, 1 under it): the
 * tails taken off the line under, the numbers they continue flagged so that their cells are left null
 * with both pieces shown. Part of columns.c's reader (columns_int.h). */
#include "columns_int.h"

#include <string.h>

static void take_tails(state *st, cline *r, cline *l, size_t nlab);

/* The numbers of N line r that piece c lies under (their columns overlap), but those typed with
 * their unit (36 件: the cell ends there; 1362 under it is the head of the next row's 1362 / 件,
 * colstack.c). */
static size_t under(state *st, const cline *r, const piece *c)
{
    size_t hits = 0;
    for (size_t k = r->np - r->nnum; k < r->np; k++)
        hits += nb_col_overlaps(c, P(st, r, k)) && !nb_col_count_unit(st, P(st, r, k));
    return hits;
}

/* Whether every piece of line l lies under exactly one number of N line r, each under another, and
 * none under a 0: a number that starts with 0 is whole (a row of zeros over the row whose label comes
 * on the line after, 0 0 … 0 / 0 0 … 0 / 7.属于行政执法案卷, is two rows). */
static int one_each(state *st, const cline *r, const cline *l)
{
    size_t prev = (size_t)-1;
    for (size_t i = 0; i < l->np; i++) {
        const piece *c = P(st, l, i);
        size_t hit = (size_t)-1, hits = 0;
        for (size_t k = r->np - r->nnum; k < r->np; k++)
            if (nb_col_overlaps(c, P(st, r, k))) hits++, hit = k;
        if (hits != 1 || (prev != (size_t)-1 && hit <= prev)) return 0;
        const piece *h = P(st, r, hit);
        if (st->in[h->s] == '0' || (h->e - h->s >= 3 && !memcmp(st->in + h->s, "\xEF\xBC\x90", 3))) return 0; /* ０ */
        prev = hit;
    }
    return 1;
}

/* Whether piece c lies under a number of N line r that is 0 (０) alone: no head of a number wrapped
 * in its cell (0 over 5 is no 05). A line of one number so placed is no tail (the 5 of a cell whose
 * note is printed under its row, 5 / （其中修订2件）, centred on the row's lines, stands under the 0 of
 * the row above). Lines of more numbers are left to the tails' rule: a row's values padded higher
 * than its label (0 0 0 over 3.危及…) are no tails either, but taken as such their cells are null, and
 * what else reads them (colsplit.c) needs them apart from the row above. */
static int under_zero(const state *st, const cline *r, const piece *c)
{
    for (size_t k = r->np - r->nnum; k < r->np; k++) {
        const piece *q = &st->pc[r->p0 + k];
        size_t n = q->e - q->s;
        if (nb_col_overlaps(c, q) &&
            ((n == 1 && st->in[q->s] == '0') || (n == 3 && !memcmp(st->in + q->s, "\xEF\xBC\x90", 3))))
            return 1;
    }
    return 0;
}

/* Piece p starts a row's label of its own: a numbering marker, or 其中 (a 统计表's 其中：主动公开规范性文件数
 * with only a 历年累计 value, set under its parent's: its number is its own, not the tail of the
 * parent's). */
static int starts_own_row(const state *st, const piece *p)
{
    return p->starter || nb_col_lit(st->in + p->s, st->in + p->e, "其中");
}

/* Whether the line after line j starts a row's label and holds no number: line j's numbers may be
 * that row's, set above its label as a print centres a row on its label's lines. */
static int label_follows(state *st, size_t j, size_t b)
{
    if (j + 1 >= b) return 0;
    const cline *n = &st->ln[j + 1];
    if (n->nnum || !n->np) return 0;
    for (size_t i = 0; i < n->np; i++)
        if (P(st, n, i)->starter) return 1;
    return 0;
}

/* Whether N lines r and n (as many numbers) have each over the other's (their columns overlap). */
static int same_grid(state *st, const cline *r, const cline *n)
{
    for (size_t k = 0; k < r->nnum; k++)
        if (!nb_col_overlaps(P(st, r, r->np - r->nnum + k), P(st, n, n->np - n->nnum + k))) return 0;
    return 1;
}

/* Line l's digits from piece nlab on, under numbers of N line r, stand right above the next row's
 * line n too: each may as well be the head of a number of n wrapped and centred on its row (１ / ０
 * of １０, under the row above's １) as the tail of r's. Where n has as many numbers as r, those of n
 * under them are marked doubtful (left null); all of n's where the two rows' columns do not line
 * up (pdftotext's grid shifts a line's numbers by its label's length, and which of n's it would be
 * is not known). A row n with fewer numbers is not read by the count of its cells but placed among
 * columns, or not read at all. */
static void heads_of_next(state *st, const cline *r, const cline *l, size_t nlab, cline *n)
{
    if (n->nnum != r->nnum) return;
    int grid = same_grid(st, r, n);
    for (size_t i = nlab; i < l->np; i++) {
        const piece *c = P(st, l, i);
        if (!nb_col_digits(st, c)) continue;
        for (size_t k = n->np - n->nnum; k < n->np; k++)
            if (!grid || nb_col_overlaps(c, P(st, n, k))) P(st, n, k)->doubt = 1;
    }
}

/* A number wrapped inside its narrow cell (Writer prints 181 as 18 on the row's line and 1 under
 * it): line j, right after N line r, whose numbers (digits) each lie under a number of r (their columns
 * overlap) and whose other pieces stand left of r's numbers without a numbering marker (a
 * spanning label's piece, 不予公, or the tail of r's own label). Its numbers are the tails of r's, not a row: they leave line
 * j (which keeps its label pieces) and r's numbers they continue are flagged `wrapped`. A unit word
 * among them under one number of r is that number's unit, wrapped in a narrow cell (328 over 件,
 * beside １４ over ５): it leaves line j too, and is written after its number.
 * Such a cell is left null, not joined: the same picture is a row whose short number sits under a
 * longer one of the row above, and a number printed whole (18) is not told from its wrapped head
 * by any position; put_number (colwrite.c) writes both pieces into the cell so its diagnostic shows them. */
void nb_columns_wrapped(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    for (size_t j = a + 1; j < b; j++) {
        cline *r = &L[j - 1], *l = &L[j];
        if (r->kind != N_LINE) continue;
        /* its last pieces: tails, digits under a number of r (one at least), or units under one */
        size_t nlab = l->np, tails = 0;
        int zero = 0;
        while (nlab > 0) {
            const piece *c = P(st, l, nlab - 1);
            size_t hits = under(st, r, c);
            if (nb_col_digits(st, c) && hits >= 1) tails++, zero |= under_zero(st, r, c);
            else if (!(nb_col_unit_word(st, c) && hits == 1)) break;
            nlab--;
        }
        /* every number with a tail: a line of digits alone, each under one number of r (LibreOffice's
           print of a row whose every cell is narrower than its number: 211 15 … 1102 / 0 34 … 2) */
        if (tails == 0 || (zero && tails == 1 && nlab == 0) || (tails >= r->nnum && !(tails == r->nnum && nlab == 0 && one_each(st, r, l) && !label_follows(st, j, b)))) continue;
        const piece *lab = nb_col_last_label(st, r);
        int ok = lab != NULL;
        for (size_t i = 0; i < nlab && ok; i++)
            ok = !starts_own_row(st, P(st, l, i)) && !P(st, l, i)->num && P(st, l, i)->x1 < P(st, r, r->np - r->nnum)->x0;
        if (!ok) continue;
        /* digits right above the next row's line may as well be heads of its numbers (heads_of_next);
           at a page's foot, of the next page's first row's (nb_col_doubt_after_break) */
        cline *n = j + 1 < b ? &L[j + 1] : NULL;
        if (n && n->kind == N_LINE) heads_of_next(st, r, l, nlab, n);
        else if (!n && l->next < st->n && st->in[l->next] == '\f') st->tail_break = l->next + 1; /* (nb_col_doubt_after_break) */
        take_tails(st, r, l, nlab);
    }
}

void nb_col_doubt_after_break(state *st, size_t a, size_t b)
{
    size_t at = st->tail_break;
    st->tail_break = 0;
    if (at != st->ln[a].s + 1) return;
    for (size_t j = a; j < b; j++)
        if (st->ln[j].kind == N_LINE) {
            for (size_t i = st->ln[j].np - st->ln[j].nnum; i < st->ln[j].np; i++) P(st, &st->ln[j], i)->doubt = 1;
            return;
        }
}

/* Line l's numbers (from its piece nlab on) are the tails of numbers of N line r: every number of r
 * with a tail under it is left null, also where a tail lies under two (which one it continues is
 * not certain); l keeps its other pieces. */
static void take_tails(state *st, cline *r, cline *l, size_t nlab)
{
    for (size_t i = nlab; i < l->np; i++) {
        const piece *c = P(st, l, i);
        int unit = !nb_col_digits(st, c);
        for (size_t k = r->np - r->nnum; k < r->np; k++) {
            piece *q = P(st, r, k);
            if (!nb_col_overlaps(c, q)) continue;
            if (unit) {
                q->us = c->s;
                q->ue = c->e;
                continue;
            }
            q->wrapped = 1;
            q->ts = c->s;
            q->te = c->e;
        }
    }
    l->np = nlab;
    l->nnum = 0;
    l->kind = 0;
    l->cont = 1;
}

/* Every number of a row wrapped inside its cell, the row's label centred between the two lines
 * (pdftotext -layout of Writer's print: 202 263 … 1188 / 一、本年新收… / 1 1 0 4 7 5 8): two N lines
 * without a label, the first with no label line above it, one to three label lines between them
 * that start one label at most, each number of the second digits under a number of the first. One label for two lines of numbers: they are not two rows, and which
 * digits make each number is not certain either (18 over 1, or a row under a row): the first
 * line's numbers are left null with their tails, as nb_columns_wrapped leaves them. */
void nb_columns_wrapped_around(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    for (size_t j = a; j < b; j++) {
        cline *r = &L[j];
        if (r->kind != N_LINE || r->np != r->nnum || r->nnum < 2) continue;
        /* nothing of r's own above it (a label there: r is a row whose label wrapped above) */
        if (j > a && L[j - 1].kind != N_LINE) continue;
        size_t m = j + 1;
        int left = P(st, r, 0)->x0;
        while (m < b && m <= j + 3 && L[m].kind != N_LINE && L[m].np && L[m].nnum == 0 &&
               P(st, &L[m], L[m].np - 1)->x1 < left)
            m++;
        if (m == j + 1 || m >= b || L[m].kind != N_LINE || L[m].np != L[m].nnum || L[m].nnum > r->nnum) continue;
        size_t starts = 0; /* one label between: two would be two rows' */
        for (size_t k = j + 1; k < m; k++)
            for (size_t i = 0; i < L[k].np; i++) starts += P(st, &L[k], i)->starter;
        int ok = starts <= 1;
        for (size_t i = 0; i < L[m].np && ok; i++) {
            const piece *c = P(st, &L[m], i);
            size_t hits = 0;
            for (size_t k = 0; k < r->np; k++) hits += nb_col_overlaps(c, P(st, r, k));
            ok = hits >= 1 && nb_col_digits(st, c);
        }
        if (ok) take_tails(st, r, &L[m], 0);
    }
}
