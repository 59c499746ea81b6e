/* colflow.c — lynx's flow of a table whose cells break lines (a row's cells one after another, not in
 * columns): its rows found and written. Part of columns.c's reader (columns_int.h). */
#include "columns_int.h"

/* lynx lays out a table whose cells break lines (<br>) as a flow, not in columns: a row's cells one
 * after another, each cell's lines one under another at the table's left margin, the next cell on
 * the line of the last line of the one before, the row's numbers after its last label cell, where
 * their columns say nothing (4639 / 706 under 996 / 41 of the row before at other places):
 *     三、
 *     本年度办理结果 （一）
 *     予以公开                  996       41 …
 * Between the numbers of a row and those of the next stand exactly the label cells of the next, in
 * order, a cell starting at its numbering marker: the row is read that way, and only where nothing
 * else is possible: every line of the row starts at the margin, every piece of a line but its first
 * starts a cell with a numbering marker (no header's pieces: 企业 科研), the row's first line starts
 * with a marker, and its numbers are as many as the most of any such row (a row with a blank cell
 * has fewer, and which one is blank is not known: it is left as it is, null). The cluster is such a
 * flow where some line ends with a cell's marker after another cell's tail (本年度办理结果 （一）)
 * and the next line, at the same margin, goes on with that cell (予以公开 996 …); in columns, the
 * line under a group label's piece goes on with the group label, or with the row's label in its own
 * column right of it. */

/* Pieces [0, k) of line l start cells: none a number, each after the first a numbering marker. */
static int flow_cells(state *st, const cline *l, size_t k)
{
    for (size_t i = 0; i < k; i++)
        if (P(st, l, i)->num || (i && !P(st, l, i)->starter)) return 0;
    return k > 0;
}

/* Whether a label piece of line n after its first, [1, k), starts where piece last of line l starts:
 * the row labels' own column under a group label's (（五）不  3.要求提供公开出版物 / 予处理    4.无正当
 * 理由大量反复: elinks at 80 columns wraps the group label in its column), where lynx's flow goes on
 * with l's last cell at the margin and sets what follows it wherever that cell's text ends. */
static int label_column_under(state *st, const cline *l, size_t last, const cline *n, size_t k)
{
    for (size_t i = 1; i < k; i++)
        if (P(st, n, i)->x0 == P(st, l, last)->x0) return 1;
    return 0;
}

/* The flow's margin: the column where a line that shows the flow starts, or -1. */
int nb_col_flow_margin(state *st, size_t a, size_t b)
{
    if (st->paged || st->tabs) return -1;
    for (size_t j = a; j + 1 < b; j++) {
        const cline *l = &st->ln[j], *n = &st->ln[j + 1];
        if (l->kind == N_LINE || l->np < 2 || !flow_cells(st, l, l->np) || !P(st, l, l->np - 1)->starter) continue;
        size_t k = n->np - (n->kind == N_LINE ? n->nnum : 0);
        if (k && P(st, n, 0)->x0 == P(st, l, 0)->x0 && !P(st, n, 0)->starter && flow_cells(st, n, k) &&
            !label_column_under(st, l, l->np - 1, n, k))
            return P(st, l, 0)->x0;
    }
    return -1;
}

/* The lines of each row of the flow at margin m to its N line (owner); returns the rows found. */
size_t nb_col_flow_assign(state *st, size_t a, size_t b, int m)
{
    cline *L = st->ln;
    size_t most = 0, rows = 0;
    for (size_t j = a; j < b; j++)
        if (L[j].kind == N_LINE && L[j].np > L[j].nnum && L[j].nnum > most) most = L[j].nnum;
    size_t start = NONE; /* the first line of the row being read */
    for (size_t j = a; j < b; j++) {
        cline *l = &L[j];
        size_t k = l->np - (l->kind == N_LINE ? l->nnum : 0);
        if (!l->np || P(st, l, 0)->x0 != m || !flow_cells(st, l, k)) {
            start = NONE;
            continue;
        }
        if (start == NONE && !P(st, l, 0)->starter) continue;
        if (start == NONE) start = j;
        if (l->kind != N_LINE) continue;
        if (l->nnum == most && most >= 2) {
            for (size_t i = start; i <= j; i++) L[i].owner = j;
            rows++;
        }
        start = NONE;
    }
    return rows;
}

/* Row r of a flow as one TAB line: its label cells in order, a cell from each numbering marker,
 * then its numbers as they stand. */
void nb_col_put_flow_row(state *st, size_t r, size_t a, size_t b, nb_buf *o)
{
    const piece *before = NULL;
    for (size_t j = a; j < b; j++) {
        if (st->ln[j].owner != r) continue;
        const cline *l = &st->ln[j];
        for (size_t i = 0; i < l->np; i++) {
            const piece *p = P(st, l, i);
            int number = j == r && i >= l->np - l->nnum;
            if (before && (number || p->starter)) {
                nb_buf_putc(o, '\t');
                before = NULL;
            }
            nb_col_put_piece(o, st->in, p, number ? NULL : before);
            before = p;
        }
    }
}
