/* colfold.c — a table folded in two in aligned columns: its rows split into halves set side by side,
 * the header repeated on one line (统计指标 单位 统计数 统计指标 单位 统计数) and each line a row of
 * the left half, then one of the right half (label unit value label unit value), as a long legacy
 * 统计表 is printed on one page. Read as rows of the whole line, the right half's label would be taken
 * for the left row's tail and its numbers for the left row's; its lines are written as TAB rows of the
 * header's cells instead, and the table's reader (tables/statistics_fold.c) reads half after half.
 *
 * Which half a cell is in must be certain, or nothing is written: every line under the header is a
 * whole row of both halves (each half a label, a unit or a placeholder, a number or a placeholder,
 * one piece each), or, where the layout aligns its columns (the units of most whole rows at the same
 * column), a row of one half whose unit stands in that half's unit column. A blank line between rows
 * (the PDF reader's) or a page break before one does not end it (nb_col_fold_goes_on). It ends at a line
 * with no number; a line with a number that is no such row (a label wrapped over two lines, a cell
 * lost, a row of one half in a text without columns: pdftotext -raw) leaves the table as it is, since
 * a half cut short would set the other half's rows under the wrong heading. */
#include "columns_int.h"

#include <stdlib.h>
#include <string.h>

#include "tablenote.h"
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

/* Whether line l is a row of the fold: a whole row, or a row of the left half (or of the right: which
 * is row_half's to tell). */
static int fold_row(const state *st, const cline *l)
{
    return (l->np == 2 * PART && half_row(st, l, 0) && half_row(st, l, PART)) || (l->np == PART && half_row(st, l, 0));
}

static int has_number(const state *st, const cline *l)
{
    for (size_t i = 0; i < l->np; i++)
        if (st->pc[l->p0 + i].num) return 1;
    return 0;
}

/* The display column of byte `at` of line l, a wide character taking `wide` columns: the
 * column a layout aligns it at (lynx counts a character one column, a terminal two; the text does
 * not say which). */
static int column_at(const state *st, const cline *l, size_t at, int wide)
{
    const unsigned char *p = st->in + l->s, *e = st->in + at;
    int x = 0;
    while (p < e) { /* as nb_col_split_line counts them */
        size_t k = nb_u8len(p, e);
        uint32_t c = nb_u8decode(p, k);
        x += p[0] == '\f' ? 0 : p[0] == '\t' ? (st->tabs ? 1 : 8 - x % 8)
             : nb_display_width(c) == 2 || (st->tabs && c >= 0x2010 && c <= 0x206F) ? wide : 1;
        p += k;
    }
    return x;
}

static int column_of(const state *st, const cline *l, size_t i, int wide)
{
    return wide == st->wide ? st->pc[l->p0 + i].x0 : column_at(st, l, st->pc[l->p0 + i].s, wide);
}

/* The column where piece i of line l ends, as column_of counts. */
static int end_of(const state *st, const cline *l, size_t i, int wide)
{
    return wide == st->wide ? st->pc[l->p0 + i].x1 : column_at(st, l, st->pc[l->p0 + i].e, wide);
}

/* Where the halves of the whole rows among lines [h, end) stand apart: gap[0] the column the left
 * half's values end by (the last of them), gap[1] the column the right half's labels start from (the
 * first of them). */
static void halves_apart(const state *st, size_t h, size_t end, int wide, int gap[2])
{
    gap[0] = -1, gap[1] = -1;
    for (size_t i = h; i < end; i++) {
        const cline *l = &st->ln[i];
        if (l->np != 2 * PART) continue;
        int left = end_of(st, l, PART - 1, wide), right = column_of(st, l, PART, wide);
        if (left > gap[0]) gap[0] = left;
        if (gap[1] < 0 || right < gap[1]) gap[1] = right;
    }
}

/* The half line l's row is in: 0 or 1 for a row of one half whose unit stands in that half's unit
 * column (ux[0], ux[1] under a wide character's width `wide`; wide 0 where the columns are not
 * aligned), or, pushed off it (pdftotext sets a page's last line by its own measure), that stands
 * wholly on that half's side of the whole rows' gap between the halves (gap, halves_apart); 2 for a
 * whole row, 3 for a blank line, -1 for no such row. */
static int row_half(const state *st, const cline *l, const int ux[2], const int gap[2], int wide)
{
    if (l->np == 0) return 3; /* a blank line between rows (the PDF reader's) */
    if (l->np == 2 * PART) return half_row(st, l, 0) && half_row(st, l, PART) ? 2 : -1;
    if (l->np != PART || !wide || !half_row(st, l, 0)) return -1;
    int x = column_of(st, l, 1, wide);
    if (abs(x - ux[0]) <= 1) return 0;
    if (abs(x - ux[1]) <= 1) return 1;
    if (gap[0] < 0 || gap[1] <= gap[0]) return -1;
    return end_of(st, l, PART - 1, wide) < gap[1] ? 0 : column_of(st, l, 0, wide) > gap[0] ? 1 : -1;
}

static int by_value(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* How many of the n sorted columns v stand within one of x. */
static size_t near(const int *v, size_t n, int x)
{
    size_t lo = 0, hi = n; /* the first at x - 1 or after */
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (v[m] < x - 1) lo = m + 1; else hi = m;
    }
    size_t from = lo;
    for (hi = n; lo < hi;) { /* the first after x + 1 */
        size_t m = lo + (hi - lo) / 2;
        if (v[m] <= x + 1) lo = m + 1; else hi = m;
    }
    return lo - from;
}

/* The column within one of which most units of half k's whole rows among lines [h, end) stand under
 * a wide character's width `wide` (the first such row's, in the text's order), and how many rows have
 * it there. Sorted and counted by halving, not row against row: a fold may run over a whole file. */
static int unit_mode(const state *st, size_t h, size_t end, int k, int wide, size_t *count)
{
    int best = -1;
    *count = 0;
    size_t n = 0;
    int *x = malloc((end - h) * sizeof *x), *v = malloc((end - h) * sizeof *v);
    if (!x || !v) goto done; /* no columns found: the table is left as it is */
    for (size_t i = h; i < end; i++)
        if (st->ln[i].np == 2 * PART) x[n++] = column_of(st, &st->ln[i], 1 + (size_t)k * PART, wide);
    memcpy(v, x, n * sizeof *v);
    qsort(v, n, sizeof *v, by_value);
    for (size_t i = 0; i < n; i++) {
        size_t c = near(v, n, x[i]);
        if (c > *count) {
            *count = c;
            best = x[i];
        }
    }
done:
    free(x);
    free(v);
    return best;
}

/* The width of a wide character under which the units of the whole rows among lines [h, end) (whole
 * of them) stand at two columns (ux), the halves' apart, but for a few pushed on by a long label (the
 * PDF reader's lines): 2 or 1, or 0 where under neither (a text in reading order: pdftotext -raw). */
static int aligned(const state *st, size_t h, size_t end, size_t whole, int ux[2])
{
    for (int wide = 2; wide >= 1; wide--) {
        size_t c0, c1;
        ux[0] = unit_mode(st, h, end, 0, wide, &c0);
        ux[1] = unit_mode(st, h, end, 1, wide, &c1);
        if (3 * c0 >= 2 * whole && 3 * c1 >= 2 * whole && ux[1] - ux[0] > 2) return wide;
    }
    return 0;
}

/* Line l as a TAB row of the header's cells (blank cells for a missing half), padded with blanks to
 * its length so that the lines after it keep their offsets. The blanks go before the row (indenting
 * it) or into the blank cells of a missing right half, never after a value, whose raw they would be. */
static void put_row(const state *st, const cline *l, int half, nb_buf *o)
{
    if (half == 3) {
        nb_buf_put(o, st->in + l->s, l->next - l->s);
        return;
    }
    size_t len = half == 1 ? PART : 0;
    for (size_t i = 0; i < l->np; i++) len += (i ? 1 : 0) + st->pc[l->p0 + i].e - st->pc[l->p0 + i].s;
    if (half == 0) len += PART;
    size_t pad = l->e - l->s > len ? l->e - l->s - len : 0;
    if (half != 0)
        for (size_t k = 0; k < pad; k++) nb_buf_putc(o, ' ');
    if (half == 1)
        for (int k = 0; k < PART; k++) nb_buf_putc(o, '\t');
    for (size_t i = 0; i < l->np; i++) {
        const piece *p = &st->pc[l->p0 + i];
        if (i) nb_buf_putc(o, '\t');
        nb_buf_put(o, st->in + p->s, p->e - p->s);
    }
    if (half == 0) {
        for (int k = 0; k < PART; k++) nb_buf_putc(o, '\t');
        for (size_t k = 0; k < pad; k++) nb_buf_putc(o, ' ');
    }
    nb_buf_put(o, st->in + l->e, l->next - l->e);
}

/* Whether only blank lines stand between p and a page break: a fold that ends there may go on on the
 * next page in lines that are no rows of it (a page's head), and its second half's rows would then be
 * set under the wrong heading. Not where the next page begins with the table's note (注：…): a note
 * stands under its table, which ends there. */
static int page_after(const state *st, size_t p)
{
    while (p < st->n && (st->in[p] == ' ' || st->in[p] == '\n' || st->in[p] == '\r')) p++;
    if (p >= st->n || st->in[p] != '\f') return 0;
    while (p < st->n && (st->in[p] == '\f' || st->in[p] == ' ' || st->in[p] == '\n' || st->in[p] == '\r')) p++;
    const unsigned char *le = memchr(st->in + p, '\n', st->n - p);
    return !nb_table_note(st->in + p, le ? le : st->in + st->n);
}

size_t nb_col_folded(state *st, size_t a, size_t b, nb_buf *o)
{
    const cline *L = st->ln;
    size_t h = a;
    while (h < b && !repeated_header(st, &L[h])) h++;
    if (h == b) return 0;
    size_t whole = 0, end = h + 1;
    for (; end < b && (has_number(st, &L[end]) || !L[end].np); end++) {
        if (L[end].np != 2 * PART) continue;
        if (!half_row(st, &L[end], 0) || !half_row(st, &L[end], PART)) return 0;
        whole++;
    }
    if (whole < 2 || (end == b && page_after(st, L[b - 1].next))) return 0;
    int ux[2] = {-1, -1}, wide = aligned(st, h + 1, end, whole, ux), gap[2];
    halves_apart(st, h + 1, end, wide, gap);
    for (size_t j = h + 1; j < end; j++)
        if (row_half(st, &L[j], ux, gap, wide) < 0) return 0;
    nb_buf_put(o, st->in + L[a].s, L[h].s - L[a].s);
    for (size_t j = h; j < end; j++) put_row(st, &L[j], j == h ? 2 : row_half(st, &L[j], ux, gap, wide), o);
    if (end < b) nb_buf_put(o, st->in + L[end].s, L[b - 1].next - L[end].s);
    return end - h - 1;
}

/* Whether line l's first word, a word of no digits, comes again later on it after a blank, as a repeated
 * header's does: a test on the bytes alone, before a line is cut in pieces, since most clusters end at
 * a blank line. A header is short: a longer line is none. */
static int first_word_again(const state *st, const cline *l)
{
    enum { HEADER_BYTES = 256 };
    const unsigned char *p = st->in + l->s, *e = st->in + l->e;
    if (e - p > HEADER_BYTES) return 0;
    while (p < e && (*p == ' ' || *p == '\t')) p++;
    const unsigned char *w = p;
    for (; p < e && *p != ' ' && *p != '\t' && !(e - p >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80); p++)
        if (*p >= '0' && *p <= '9') return 0;
    size_t n = (size_t)(p - w);
    if (n < 2) return 0;
    for (; (size_t)(e - p) > n; p++)
        if ((*p == ' ' || *p == '\t' || *p == 0x80) && !memcmp(p + 1, w, n)) return 1;
    return 0;
}

/* Whether the cluster's last lines are rows of the fold right under its header (no blank line between
 * them, so st->folding is not set yet): pdftotext's page break under such rows. Its lines cut in pieces
 * (st->npc is the caller's to set back). */
static int rows_under_header(state *st)
{
    size_t i = st->nln - 1;
    for (; i > 0; i--) {
        nb_col_split_line(st, &st->ln[i]);
        if (!fold_row(st, &st->ln[i])) break;
    }
    if (i == st->nln - 1 || !first_word_again(st, &st->ln[i])) return 0;
    nb_col_split_line(st, &st->ln[i]);
    return repeated_header(st, &st->ln[i]);
}

int nb_col_fold_goes_on(state *st, size_t p)
{
    size_t npc = st->npc;
    int rows = !st->folding && st->in[p] == '\f' && rows_under_header(st);
    st->npc = npc;
    if (!st->folding && !rows && !first_word_again(st, &st->ln[st->nln - 1])) return 0;
    cline *last = &st->ln[st->nln - 1];
    nb_col_split_line(st, last);
    int on = st->folding || rows ? fold_row(st, last) : repeated_header(st, last);
    for (int blank = 0; on && blank < 3 && p < st->n; blank++) { /* the next line that is not blank */
        const unsigned char *le = memchr(st->in + p, '\n', st->n - p);
        cline l = {.s = p, .e = le ? (size_t)(le - st->in) : st->n};
        if (l.e > l.s && st->in[l.e - 1] == '\r') l.e--;
        nb_col_split_line(st, &l);
        if (!l.np) {
            p = le ? (size_t)(le - st->in) + 1 : st->n;
            continue;
        }
        on = fold_row(st, &l);
        st->npc = npc;
        if (on) st->folding = 1;
        return on;
    }
    st->npc = npc;
    return 0;
}
