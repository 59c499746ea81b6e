/* colgoeson.c — a row whose values go on on the next line, at the left margin: a page that wraps a
 * table's text as text (a report typed in a <pre style="white-space:pre-wrap">, its cells TAB-
 * separated, printed on a narrow page) breaks a row's line where the width ends, and the rest of its
 * values starts the next line where the labels stand (四、结转下年度继续办理    2 0  0 0  0     0 / 2).
 * The positions of such a row's values say nothing of their columns (that the first line's fell under
 * the columns of the rows around it is chance): no blank cell is guessed from them. Where the two
 * lines hold as many values as the rows have cells, the only reading is the values in their order:
 * the row is written so; otherwise both lines are left as they stand, no row rebuilt from them.
 * Part of columns.c's reader (columns_int.h). */
#include "columns_int.h"

#include <string.h>

/* Whether line l holds values only (numbers, placeholders), one at least, none of them wrapped tails. */
static int values_only(const state *st, const cline *l)
{
    return l->np && l->nnum == l->np && !l->cont && !memchr(st->in + l->s, '\f', l->e - l->s);
}

/* Whether line l is laid out in columns: two pieces of it apart by more than one blank. Text in
 * reading order (pdftotext -raw) writes a row's cells one blank apart, and breaks a line inside a
 * cell too (a number wrapped in its narrow cell, ３４４ as ３４ / ４): there the next line's values are no
 * rest of the row's. */
static int laid_out(state *st, const cline *l)
{
    for (size_t i = 1; i < l->np; i++)
        if (P(st, l, i)->x0 - P(st, l, i - 1)->x1 > 1) return 1;
    return 0;
}

/* Line j + 1 of the cluster [a, b) goes on N line j's values: values only, starting left of where
 * j's values start (where the labels stand: no cell of an aligned row is there), j has a label and
 * fewer values than the rows have cells (or no count is known). Where both lines make the rows' count,
 * j is laid out in columns and no line of values alone follows (the rest whole on its line),
 * line j + 1 becomes the rest of j's values (its pieces move to j: a label line that no label piece
 * comes from; nb_col_values_own gives it to j) and j is not placed by positions; else both lines
 * stand as they are (j a row not rebuilt, with its label's lines). */
void nb_col_values_go_on(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    for (size_t j = a; j + 1 < b; j++) {
        cline *r = &L[j], *n = &L[j + 1];
        if (r->kind != N_LINE || r->np == r->nnum || !values_only(st, n) ||
            P(st, n, 0)->x0 >= P(st, r, r->np - r->nnum)->x0)
            continue;
        unsigned k = nb_col_columns(st, r);
        if (k && r->nnum >= k) continue;
        /* the rest whole on its line: the line after it holds no more values alone */
        int whole = laid_out(st, r) && (j + 2 == b || !values_only(st, &L[j + 2]));
        if (k && r->nnum + n->nnum == k && whole) {
            r->unplaced = 1;
            r->more = n->p0;
            r->nmore = n->nnum;
            r->more_line = j + 1;
            n->np = n->nnum = 0;
            n->kind = LABEL_LINE;
        }
        else { /* both as they stand, and the lines of j's label with them */
            r->unplaced = 2;
            n->kind = OTHER_LINE;
        }
    }
}

/* The lines of the rest of a row's values (nb_col_values_go_on) given to their row, after the
 * label lines were assigned. */
void nb_col_values_own(state *st, size_t a, size_t b)
{
    for (size_t j = a; j < b; j++)
        if (st->ln[j].kind == N_LINE && st->ln[j].nmore) st->ln[st->ln[j].more_line].owner = j;
}
