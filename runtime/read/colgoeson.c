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

#include "utf8.h"

/* Whether line l holds values only (numbers, placeholders), one at least, none of them wrapped tails,
 * no page break on it. */
int nb_col_values_only(const state *st, const cline *l)
{
    return l->np && l->nnum == l->np && !l->cont && !memchr(st->in + l->s, '\f', l->e - l->s);
}

/* Whether line l is laid out in columns: two pieces of it apart by more than one blank. Text in
 * reading order (pdftotext -raw) writes a row's cells one blank apart, and breaks a line inside a
 * cell too (a number wrapped in its narrow cell, ３４４ as ３４ / ４): there the next line's values are no
 * rest of the row's. */
int nb_col_laid_out(state *st, const cline *l)
{
    for (size_t i = 1; i < l->np; i++)
        if (P(st, l, i)->x0 - P(st, l, i - 1)->x1 > 1) return 1;
    return 0;
}

/* Whether line l starts at the margin of row r: where r's first piece starts or left of it (a wrap
 * starts the next line at the left edge; a row's indent is its own). The numbers of a row set lower
 * than its label (a cell's number under its wrapped label, 27 / 9 6 0 0 94 383) stand right of it. */
static int at_margin(state *st, const cline *l, const cline *r)
{
    return st->pc[l->p0].x0 <= P(st, r, 0)->x0;
}

/* Whether the text after the cluster [a, b) goes on with the rest of the values of its last line
 * r after one blank line (the PDF reader leaves one where the lines of the page are farther apart):
 * a line of values alone, at r's margin. Its pieces are split at the end of st->pc and dropped
 * again. */
static int goes_on_after(state *st, size_t b)
{
    const cline *r = &st->ln[b - 1];
    size_t p = r->next, n = st->n;
    const unsigned char *in = st->in;
    size_t blanks = 0;
    while (p < n) { /* the blank lines after it: one */
        const unsigned char *le = memchr(in + p, '\n', n - p);
        size_t e = le ? (size_t)(le - in) : n;
        if (e > p && in[e - 1] == '\r') e--;
        if (nb_skip_blanks(in + p, in + e) != in + e) {
            if (blanks != 1) return 0;
            cline l = {.s = p, .e = e, .next = le ? e + 1 : n};
            size_t npc = st->npc;
            nb_col_split_line(st, &l);
            int more = nb_col_values_only(st, &l) && at_margin(st, &l, r);
            st->npc = npc;
            return more;
        }
        blanks++;
        p = le ? (size_t)(le - in) + 1 : n;
    }
    return 0;
}

/* Line j + 1 of the cluster [a, b) goes on N line j's values: values only, at j's margin (where the
 * labels stand: no cell of an aligned row is there), j has a label and fewer values than the rows
 * have cells (or no count is known). Where both lines make the rows' count, j is laid out in columns
 * and no line of values alone follows (the rest whole on its line), line j + 1 becomes the rest of
 * j's values (its pieces move to j: a label line that no label piece comes from; nb_col_values_own
 * gives it to j) and j is not placed by positions; else both lines stand as they are (j a row not
 * rebuilt, with its label's lines). So does the cluster's last row where such a line follows it
 * after one blank line (goes_on_after): no join over the blank line. */
void nb_col_values_go_on(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    cline *last = &L[b - 1];
    if (last->kind == N_LINE && last->np > last->nnum && goes_on_after(st, b)) {
        unsigned k = nb_col_columns(st, last);
        if (k && last->nnum < k) last->unplaced = 2; /* stands as it is: not joined over the blank line */
    }
    for (size_t j = a; j + 1 < b; j++) {
        cline *r = &L[j], *n = &L[j + 1];
        if (r->kind != N_LINE || r->np == r->nnum || !nb_col_values_only(st, n) || !at_margin(st, n, r)) continue;
        unsigned k = nb_col_columns(st, r);
        if (k && r->nnum >= k) continue;
        /* the rest whole on its line: the line after it holds no more values alone */
        int whole = nb_col_laid_out(st, r) && (j + 2 == b || !nb_col_values_only(st, &L[j + 2]));
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
