/* colfold.c — a table folded in two in aligned columns: its rows split into halves set side by side,
 * the header repeated on one line (统计指标 单位 统计数 统计指标 单位 统计数) and each line a row of
 * the left half, then one of the right half (label unit value label unit value), as a long legacy
 * 统计表 is printed on one page. Read as rows of the whole line, the right half's label would be taken
 * for the left row's tail and its numbers for the left row's; its lines are written as TAB rows of the
 * header's cells instead, and the table's reader (tables/statistics_fold.c) reads half after half.
 *
 * Which half a cell is in must be certain, or nothing is written: every line under the header is a
 * whole row of both halves (each half a label, a unit or a placeholder, a number or a placeholder,
 * one piece each), or, where the layout aligns its columns (the units of every whole row at the same
 * column), a row of one half whose unit stands in that half's unit column. The fold ends at a line
 * with no number; a line with a number that is no such row (a label wrapped over two lines, a cell
 * lost, a row of one half in a text without columns: pdftotext -raw) leaves the table as it is, since
 * a half cut short would set the other half's rows under the wrong heading. */
#include "columns_int.h"

#include <stdlib.h>
#include <string.h>

#include "utf8.h"

enum { PART = 3 }; /* label, unit, value */

/* Whether pieces [i, i + PART) of line l are one half's row: a label, a unit or placeholder, a number. */
static int half_row(const state *st, const cline *l, size_t i)
{
    const piece *p = &st->pc[l->p0 + i];
    return !p[0].num && (nb_col_unit_word(st, &p[1]) || nb_col_placeholder(st, &p[1])) &&
           p[2].num;
}

/* Whether line l is a header repeated: 2 × PART pieces, the second half the same words as the first. */
static int repeated_header(const state *st, const cline *l)
{
    if (l->np != 2 * PART) return 0;
    for (size_t i = 0; i < PART; i++) {
        const piece *a = &st->pc[l->p0 + i], *b = &st->pc[l->p0 + PART + i];
        if (a->num || a->e - a->s != b->e - b->s || memcmp(st->in + a->s, st->in + b->s, a->e - a->s)) return 0;
    }
    return 1;
}

static int has_number(const state *st, const cline *l)
{
    for (size_t i = 0; i < l->np; i++)
        if (st->pc[l->p0 + i].num) return 1;
    return 0;
}

/* The display column where piece i of line l starts, a wide character taking `wide` columns: the
 * column a layout aligns it at (lynx counts a character one column, a terminal two; the text does
 * not say which). */
static int column_of(const state *st, const cline *l, size_t i, int wide)
{
    const unsigned char *p = st->in + l->s, *e = st->in + st->pc[l->p0 + i].s;
    int x = 0;
    while (p < e) {
        size_t k = nb_u8len(p, e);
        x += p[0] == '\t' ? 8 - x % 8 : nb_display_width(nb_u8decode(p, k)) == 2 ? wide : 1;
        p += k;
    }
    return x;
}

/* The half line l's row is in: 0 or 1 for a row of one half whose unit stands in that half's unit
 * column (ux[0], ux[1] under a wide character's width `wide`; wide 0 where the columns are not
 * aligned), 2 for a whole row, -1 for no such row. */
static int row_half(const state *st, const cline *l, const int ux[2], int wide)
{
    if (l->np == 2 * PART) return half_row(st, l, 0) && half_row(st, l, PART) ? 2 : -1;
    if (l->np != PART || !wide || !half_row(st, l, 0)) return -1;
    int x = column_of(st, l, 1, wide);
    return abs(x - ux[0]) <= 1 ? 0 : abs(x - ux[1]) <= 1 ? 1 : -1;
}

/* The width of a wide character under which the units of the whole rows among lines [h, end) stand
 * at the same two columns (ux), the halves' apart: 2 or 1, or 0 where under neither. */
static int aligned(const state *st, size_t h, size_t end, int ux[2])
{
    for (int wide = 2; wide >= 1; wide--) {
        int ok = 1, first = 1;
        for (size_t j = h; j < end && ok; j++) {
            const cline *l = &st->ln[j];
            if (l->np != 2 * PART) continue;
            for (int k = 0; k < 2; k++) {
                int x = column_of(st, l, 1 + (size_t)k * PART, wide);
                if (first) ux[k] = x;
                ok &= abs(x - ux[k]) <= 1;
            }
            first = 0;
        }
        if (ok && ux[1] - ux[0] > 2) return wide;
    }
    return 0;
}

/* Line l as a TAB row of the header's cells (blank cells for a missing half), padded with blanks to
 * its length so that the lines after it keep their offsets. */
static void put_row(const state *st, const cline *l, int half, nb_buf *o)
{
    size_t len0 = o->len;
    if (half == 1)
        for (int k = 0; k < PART; k++) nb_buf_putc(o, '\t');
    for (size_t i = 0; i < l->np; i++) {
        const piece *p = &st->pc[l->p0 + i];
        if (i) nb_buf_putc(o, '\t');
        nb_buf_put(o, st->in + p->s, p->e - p->s);
    }
    if (half == 0)
        for (int k = 0; k < PART; k++) nb_buf_putc(o, '\t');
    while (o->len - len0 < l->e - l->s) nb_buf_putc(o, ' ');
    nb_buf_put(o, st->in + l->e, l->next - l->e);
}

size_t nb_col_folded(state *st, size_t a, size_t b, nb_buf *o)
{
    const cline *L = st->ln;
    size_t h = a;
    while (h < b && !repeated_header(st, &L[h])) h++;
    if (h == b) return 0;
    size_t whole = 0, end = h + 1;
    for (; end < b && has_number(st, &L[end]); end++) {
        if (L[end].np != 2 * PART) continue;
        if (!half_row(st, &L[end], 0) || !half_row(st, &L[end], PART)) return 0;
        whole++;
    }
    if (whole < 2) return 0;
    int ux[2] = {-1, -1}, wide = aligned(st, h + 1, end, ux);
    for (size_t j = h + 1; j < end; j++)
        if (row_half(st, &L[j], ux, wide) < 0) return 0;
    nb_buf_put(o, st->in + L[a].s, L[h].s - L[a].s);
    for (size_t j = h; j < end; j++) put_row(st, &L[j], j == h ? 2 : row_half(st, &L[j], ux, wide), o);
    if (end < b) nb_buf_put(o, st->in + L[end].s, L[b - 1].next - L[end].s);
    return end - h - 1;
}
