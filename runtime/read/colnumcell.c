/* colnumcell.c — a sub-item's number in a narrow column of its own, left of its label's column (the
 * 2019 template typed in Word: 1 | 属于国家秘密). Where the label wraps in its cell (其他法律行政法 /
 * 规禁止公开), a print sets its lines above and below the row's line, which then holds the sub-item's
 * number and the row's values only: a line of numbers, the first no count. It is the label's where
 * the lines right above and right below the row's both hold text in the column between that number and
 * the next (the label's wrapped lines), and nothing in that number's own column (a spanning label's
 * pieces, （四）无 / 法提供, stand left of it): no row sets text between two of its values. A
 * number of one or two digits only (a sub-item's). Part of columns.c's reader (columns_int.h). */
#include "columns_int.h"

/* Whether every piece of line t stands either left of piece num or between it and piece next (ending
 * left of next's start), one at least between them. */
static int label_between(const state *st, const cline *t, const piece *num, const piece *next)
{
    int between = 0;
    if (!t || t->nnum || memchr(st->in + t->s, '\t', t->e - t->s)) return 0;
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

void nb_col_numeral_cells(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    for (size_t j = a + 1; j + 1 < b; j++) {
        size_t i = nb_col_numeral_cell(st, &L[j], &L[j - 1], &L[j + 1]);
        if (i == NONE) continue;
        P(st, &L[j], i)->num = 0;
        P(st, &L[j], i)->numeral = 1;
        L[j].nnum--;
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
