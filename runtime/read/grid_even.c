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
#include <stdlib.h>
#include <string.h>

#include "grid_int.h"
#include "grow.h"
#include "utf8.h"

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

typedef struct piece { size_t s, e; } piece; /* a line's bytes inside one cell */

static int blank_piece(const gtext *t, const piece *p)
{
    const unsigned char *a = (const unsigned char *)t->s + p->s, *b = (const unsigned char *)t->s + p->e;
    nb_trim(&a, &b);
    return a == b;
}

/* The pieces of cell k from line i on that are pandoc -t rst's `.. container::` of a <div>, a line
 * of its own above the div's text, broken where the column is narrow (.. / con / tain / er::, or .
 * / . / (blank) / c / o / n …): the line after them, or i when there is none there. */
static size_t container_markup(const gtext *t, const piece *pc, size_t nl, size_t ncells, size_t k, size_t i)
{
    unsigned char sq[128]; /* the pieces' text without its blanks */
    size_t n = 0;
    for (size_t j = i; j < nl; j++) {
        const piece *p = &pc[j * ncells + k];
        for (size_t b = p->s; b < p->e; b++) {
            if (t->s[b] == ' ') continue;
            if (n == sizeof sq - 1 || (n < 2 && t->s[b] != '.')) return i;
            sq[n++] = (unsigned char)t->s[b];
        }
        sq[n] = 0;
        if ((j + 1 == nl || blank_piece(t, &pc[(j + 1) * ncells + k])) && n > 2 &&
            nb_grid_rst_container(sq, sq + n))
            return j + 1;
    }
    return i;
}

/* One row: the lines [s, e) cut at their bars, piece k of each line into cell k, but for pandoc's
 * markup of a <div>. */
static void put_row(grepl *r, gtext *t, size_t s, size_t e, size_t ncells)
{
    size_t nl = e - s, at[MAXCOLS + 1];
    piece *pc = malloc(nl * ncells * sizeof *pc); /* line i, cell k: pc[i * ncells + k] */
    if (!pc) nb_oom();
    for (size_t i = 0; i < nl; i++) {
        size_t n = nb_gel_line(t, s + i);
        cell_bars(t, t->el, n, at, MAXCOLS + 1); /* the count was checked: ncells + 1 */
        for (size_t k = 0; k < ncells; k++)
            pc[i * ncells + k] = (piece){t->el[at[k]].off + t->el[at[k]].len, t->el[at[k + 1]].off};
    }
    nb_buf cells[MAXCOLS];
    for (size_t k = 0; k < ncells; k++) {
        nb_buf_init(&cells[k]);
        for (size_t i = 0; i < nl; i++) {
            size_t past = container_markup(t, pc, nl, ncells, k, i);
            if (past > i) i = past;
            if (i < nl) nb_gcell_join(&cells[k], t->s + pc[i * ncells + k].s, t->s + pc[i * ncells + k].e);
        }
    }
    nb_grepl_row(r, cells, ncells);
    for (size_t k = 0; k < ncells; k++) nb_buf_free(&cells[k]);
    free(pc);
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
