/* colnumcell.c — a sub-item's number in a narrow column of its own, left of its label's column (the
 * 2019 template typed in Word: 1 | 属于国家秘密). Where the label wraps in its cell (其他法律行政法 /
 * 规禁止公开), a print sets its lines above and below the row's line, which then holds the sub-item's
 * number and the row's values only: a line of numbers, the first no count. It is the label's where
 * the lines right above and right below the row's both hold text in the column between that number and
 * the next (the label's wrapped lines), and nothing in that number's own column (a spanning label's
 * pieces, （四）无 / 法提供, stand left of it): no row sets text between two of its values. A
 * number of one or two digits only (a sub-item's). A table's 序号 column is laid out the same way (1 |
 * 一、本年新收… / 6 | 2.其他法律行政 / 法规禁止公开): it is the table's first column, nothing of the
 * table stands left of it; a sub-item's number stands beside its group's label (（三）不予公开, 三、本年
 * 度…), left of it. The whole text is looked at first (nb_col_find_numerals), so that what colrefs.c
 * collects of the rows and what a cluster reads agree. Part of columns.c's reader (columns_int.h). */
#include "columns_int.h"

#include <limits.h>
#include <string.h>

#include "grow.h"
#include "utf8.h"

/* Whether every piece of line t stands either left of piece num or between it and piece next (ending
 * left of next's start), one at least between them. A TAB marks a row standing as it is, except in
 * the PDF reader's text, whose label lines end each cell with one (st->tabs: its pieces say where). */
static int label_between(const state *st, const cline *t, const piece *num, const piece *next)
{
    int between = 0;
    if (!t || t->nnum || (!st->tabs && memchr(st->in + t->s, '\t', t->e - t->s))) return 0;
    for (size_t i = 0; i < t->np; i++) {
        const piece *p = &st->pc[t->p0 + i];
        int end = st->tabs ? p->x0 + 2 : nb_col_grid_end(st, p);
        if (end < num->x0) continue; /* a spanning label's piece */
        if (p->x0 <= num->x1 || end >= next->x0) return 0;
        between = 1;
    }
    return between;
}

size_t nb_col_numeral_cell(const state *st, const cline *l, const cline *up, const cline *down)
{
    if (l->nnum < 3 || l->np > l->nnum + 1) return NONE;
    size_t i = l->np - l->nnum; /* the first number */
    const piece *num = &st->pc[l->p0 + i], *next = num + 1;
    if (i && st->pc[l->p0].x1 >= num->x0) return NONE;
    if (!nb_col_digits(st, num) || num->e - num->s > 2 || st->in[num->s] == '0') return NONE;
    /* at the line's start: a row's sequence number (序号) before its label, a column of the table's
       own (seqcol.c); a sub-item's column stands inside the label area */
    if (!i && num->x0 == 0) return NONE;
    return label_between(st, up, num, next) && label_between(st, down, num, next) ? i : NONE;
}

/* The end of the line at s (a CR trimmed) into *e; the start of the next line returned. */
static size_t line_at(const state *st, size_t s, size_t *e)
{
    const unsigned char *le = memchr(st->in + s, '\n', st->n - s);
    size_t end = le ? (size_t)(le - st->in) : st->n;
    *e = end > s && st->in[end - 1] == '\r' ? end - 1 : end;
    return le ? end + 1 : st->n;
}

/* The start of the line before the one at s (s > 0, at a line start). */
static size_t line_before(const state *st, size_t s)
{
    size_t p = s - 1; /* its line end */
    while (p > 0 && st->in[p - 1] != '\n') p--;
    return p;
}

/* Whether a piece that is no number stands wholly left of column x (in a column of the table left of
 * it) on the lines around the line at s, up and down to a line of the table's header or of prose (no
 * row, a piece over the numbers, from column numx on), a page break, or LINES lines: a group's label
 * beside sub-items (（三）不 / 予公开, 三、本年度办理结果; rows may stand a blank line apart), which a
 * 序号 column has none of (a heading under the table, 四、政府信息公开行政复议…, starts left of it but
 * reaches over it). (Numbers do not count: a two-digit 序号 or sub-item number may start a column
 * left of a one-digit one.) */
static int label_left(state *st, size_t s, int x, int numx)
{
    enum { LINES = 24 };
    for (int dir = -1; dir <= 1; dir += 2) {
        size_t p = s, e;
        for (int k = 0, header = 0; k < LINES && !header;) {
            if (dir < 0) {
                if (p == 0 || st->in[p] == '\f') break; /* the top of the text, or of a page */
                p = line_before(st, p);
            } else if ((p = line_at(st, p, &e)) >= st->n || st->in[p] == '\f')
                break;
            line_at(st, p, &e);
            if (nb_skip_blanks(st->in + p, st->in + e) == st->in + e) continue;
            k++;
            cline l = {.s = p, .e = e};
            st->npc = 0;
            nb_col_split_line(st, &l);
            int row = nb_col_n_line(st, &l);
            for (size_t i = 0; i < l.np && !row && !header; i++) header = st->pc[i].x1 > numx;
            for (size_t i = 0; i < l.np && !header; i++)
                if (!st->pc[i].num && st->pc[i].x1 <= x) return 1;
        }
    }
    return 0;
}

void nb_col_find_numerals(state *st)
{
    size_t n = st->n, prev = NONE; /* the start of the line above (NONE: none) */
    for (size_t s = 0; s < n;) {
        size_t e, next = line_at(st, s, &e);
        if (prev != NONE && next < n && nb_col_may_end_row(st->in + s, st->in + e)) {
            cline l = {.s = s, .e = e}, up = {.s = prev}, down = {.s = next};
            line_at(st, prev, &up.e);
            line_at(st, next, &down.e);
            st->npc = 0;
            nb_col_split_line(st, &l);
            size_t i = nb_col_n_line(st, &l) ? 0 : NONE;
            if (i == 0) {
                nb_col_split_line(st, &up);
                nb_col_split_line(st, &down);
                i = nb_col_numeral_cell(st, &l, &up, &down);
            }
            /* (i > 0: a group's label on the number's own line, left of it) */
            if (i != NONE && (i > 0 || label_left(st, s, st->pc[i].x0, st->pc[i + 1].x0))) {
                nb_grow((void **)&st->nml, &st->capnml, st->nnml, sizeof *st->nml);
                st->nml[st->nnml++] = s;
            }
        }
        prev = s;
        s = next;
    }
    st->npc = 0;
}

int nb_col_numeral_line(const state *st, size_t s)
{
    size_t lo = 0, hi = st->nnml;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (st->nml[mid] < s) lo = mid + 1;
        else hi = mid;
    }
    return lo < st->nnml && st->nml[lo] == s;
}

void nb_col_set_numeral(state *st, cline *l, size_t i)
{
    P(st, l, i)->num = 0;
    P(st, l, i)->numeral = 1;
    l->nnum--;
}

void nb_col_numeral_cells(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    for (size_t j = a + 1; j + 1 < b; j++) {
        if (!nb_col_numeral_line(st, L[j].s)) continue;
        size_t i = nb_col_numeral_cell(st, &L[j], &L[j - 1], &L[j + 1]);
        if (i == NONE) continue;
        nb_col_set_numeral(st, &L[j], i);
    }
}

/* (the lines up and down are the row's label wherever the lines between two rows were split) */
void nb_col_numeral_own(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    for (size_t j = a + 1; j + 1 < b; j++) {
        if (L[j].kind != N_LINE || L[j].np == L[j].nnum || !P(st, &L[j], L[j].np - L[j].nnum - 1)->numeral) continue;
        L[j - 1].owner = L[j + 1].owner = j;
        L[j - 1].kind = L[j + 1].kind = LABEL_LINE;
    }
}
