/* grid_even.c — a grid whose every row has all its cells (pandoc's grid tables: -t rst, and the grid
 * tables of its Markdown and plain text; a browser's grid without spans), read by counting bars:
 *
 *   +-----+-----+-----+      every rule line has its junctions at the same columns, every other
 *   | 行  |  |   |   |       line as many bars as a rule has junctions; a row is the lines
 *   | 政  |  |   |   |       between two rules, and the k-th piece of each of its lines is the
 *   +=====+=====+=====+      k-th cell's
 *
 * pandoc sets a character wider than its narrow column past the column's end and takes the room
 * from the next blank cell (| 行 |  |), so a bar's position is no guide there, while the bars' count
 * is: a line that has one bar more or less than the rules (a span, a | inside a cell) is no such
 * grid, and the block goes to the reader by positions (grid_box.c). */
#include <string.h>

#include "grid_int.h"

enum { MAXCOLS = 64 };

/* A rule line: its junctions' columns (a bar, a box junction, + inside an ASCII rule) into col,
 * their number returned; 0 when the line is not a rule drawn without gaps. */
static size_t rule_junctions(const gtext *t, const gel *el, size_t n, size_t *col)
{
    size_t nj = 0, i = 0, j = n;
    while (i < j && (el[i].tok == NB_G_BLANK || el[i].tok == NB_G_CR)) i++;
    while (j > i && (el[j - 1].tok == NB_G_BLANK || el[j - 1].tok == NB_G_CR)) j--;
    int rule = 0;
    for (size_t k = i; k < j; k++) {
        const gel *e = &el[k];
        if (e->tok == NB_G_BAR || e->tok == NB_G_JUNC) {
            if (nj == MAXCOLS + 1) return 0;
            col[nj++] = e->chars;
        } else if (e->tok == NB_G_RULE) {
            rule = 1;
            if ((unsigned char)t->s[e->off] >= 0x80) continue; /* box-drawing: junctions are tokens */
            for (size_t b = 0; b < e->len; b++)
                if (t->s[e->off + b] == '+') {
                    if (nj == MAXCOLS + 1) return 0;
                    col[nj++] = e->chars + b;
                }
        } else {
            return 0; /* a blank or text: a line with cells, or no rule */
        }
    }
    return rule ? nj : 0;
}

/* A line of cells: the offsets of its bars into at (at most cap), their number; (size_t)-1 when the
 * line draws a border piece (a junction, a rule of box characters or with +: a span's edge). */
static size_t cell_bars(const gtext *t, const gel *el, size_t n, size_t *at, size_t cap)
{
    size_t nb = 0;
    for (size_t k = 0; k < n; k++) {
        const gel *e = &el[k];
        if (e->tok == NB_G_JUNC ||
            (e->tok == NB_G_RULE && ((unsigned char)t->s[e->off] >= 0x80 || memchr(t->s + e->off, '+', e->len))))
            return (size_t)-1;
        if (e->tok != NB_G_BAR) continue;
        if (nb == cap) return (size_t)-1;
        at[nb++] = k;
    }
    return nb;
}

/* One row: the lines [s, e) cut at their bars, piece k into cell k. */
static void put_row(grepl *r, gtext *t, size_t s, size_t e, size_t ncells)
{
    nb_buf cells[MAXCOLS];
    size_t at[MAXCOLS + 1];
    for (size_t k = 0; k < ncells; k++) nb_buf_init(&cells[k]);
    for (size_t i = s; i < e; i++) {
        size_t n = nb_gel_line(t, i);
        cell_bars(t, t->el, n, at, MAXCOLS + 1); /* the count was checked: ncells + 1 */
        for (size_t k = 0; k < ncells; k++) {
            const gel *a = &t->el[at[k]], *b = &t->el[at[k + 1]];
            nb_gcell_join(&cells[k], t->s + a->off + a->len, t->s + b->off);
        }
    }
    nb_grepl_row(r, cells, ncells);
    for (size_t k = 0; k < ncells; k++) nb_buf_free(&cells[k]);
}

int nb_grid_even(greader *g, size_t first, size_t last)
{
    gtext *t = g->t;
    size_t ref[MAXCOLS + 1], col[MAXCOLS + 1], at[MAXCOLS + 1], nref = 0;
    int top = 0;
    for (size_t i = first; i < last; i++) {
        size_t n = nb_gel_line(t, i), nj = rule_junctions(t, t->el, n, col);
        if (nj) {
            if (!nref) memcpy(ref, col, nj * sizeof *col), nref = nj;
            else if (nj != nref || memcmp(ref, col, nj * sizeof *col)) return 0;
            if (i == first) top = 1;
        } else if (cell_bars(t, t->el, n, at, MAXCOLS + 1) != nref || !nref) {
            return 0; /* also a line of cells before the first rule */
        }
    }
    /* the grid is closed: a rule on top and at the bottom */
    if (!top || nref < 2 || !rule_junctions(t, t->el, nb_gel_line(t, last - 1), col)) return 0;
    grepl *r = nb_grepl_new(g, first, last, "table drawn with borders");
    if (!r) return 1; /* taken already */
    for (size_t i = first + 1, row = first + 1; i < last; i++) {
        if (!rule_junctions(t, t->el, nb_gel_line(t, i), col)) continue;
        if (i > row) put_row(r, t, row, i, nref - 1);
        row = i + 1;
    }
    return 1;
}
