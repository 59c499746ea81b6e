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
 * (the PDF reader's) or a page break before one does not end it (nb_col_fold_goes_on). Labels and units
 * wrapped over lines are read half by half (put_bands, below). It ends at a line with no number; a line
 * with a number that is no such row (a cell lost, a row of one half in a text without columns:
 * pdftotext -raw) leaves the table as it is, since a half cut short would set the other half's rows
 * under the wrong heading. */
#include "columns_int.h"

#include <stdlib.h>
#include <string.h>

#include "tablenote.h"
#include "utf8.h"

enum {
    PART = 3,      /* label, unit, value */
    BAND_LINES = 3 /* a row's label wrapped over lines: the lines it takes at most */
};

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

/* Whether pieces [i, i + PART) of line l are a half's row or may be one whose unit is broken over two
 * lines (万 of 万元 in its unit cell; unit_wrapped tells). */
static int half_row_or_broken(const state *st, const cline *l, size_t i)
{
    const piece *p = &st->pc[l->p0 + i];
    return half_row(st, l, i) || (!p[0].num && nb_col_unit_head(st->in + p[1].s, st->in + p[1].e) && p[2].num);
}

/* Whether line l is a row of the fold: a whole row, or a row of the left half (or of the right: which
 * is row_half's to tell). */
static int fold_row(const state *st, const cline *l)
{
    return (l->np == 2 * PART && half_row_or_broken(st, l, 0) && half_row_or_broken(st, l, PART)) ||
           (l->np == PART && half_row(st, l, 0));
}

static int has_number(const state *st, const cline *l)
{
    for (size_t i = 0; i < l->np; i++)
        if (st->pc[l->p0 + i].num) return 1;
    return 0;
}

/* Whether line l may be a line of a fold's rows whose labels or units wrap over lines: a piece or two
 * for each half and no number (a label's or a unit's piece: 数, 元), or a row's unit and number with
 * the label elsewhere (件 9 件 45). nb_col_folded tells whether it is. */
static int band_like(const state *st, const cline *l)
{
    return has_number(st, l) ? l->np >= 2 && l->np <= 2 * PART : l->np >= 1 && l->np <= 4;
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

/* A header stacked over lines: its words broken over two or three (单 统计 / 统计指标 / 位 数, each
 * line its words twice, once per half), as Word prints narrow cells. Each line's words, then the
 * header's cells: the words that stand over one another joined top-down (单位, 统计数). */
enum {
    HEAD_WORDS = 16,
    HEAD_LINES = 3,
    HEADER_BYTES = 256 /* a header's line is short: a longer line is none (tested on bytes, before pieces) */
};

typedef struct {
    size_t s, e;
    int x0, x1;
    size_t line;
} hword;

/* The words of line l into w (bytes [s, e)): how many, or 0 where there are more than HEAD_WORDS or
 * one has a digit (a header's words have none). */
static size_t words_of(const state *st, const cline *l, hword *w)
{
    const unsigned char *in = st->in, *e = st->in + l->e;
    size_t n = 0;
    for (const unsigned char *p = in + l->s; p < e;) {
        size_t k = nb_blank_at(p, e);
        if (k) {
            p += k;
            continue;
        }
        if (n == HEAD_WORDS) return 0;
        w[n].s = (size_t)(p - in);
        for (; p < e && !nb_blank_at(p, e); p++)
            if (*p >= '0' && *p <= '9') return 0;
        w[n++].e = (size_t)(p - in);
    }
    return n;
}

/* Whether line l's words are one run said twice (单 统计 单 统计): a line of a header repeated. */
static int words_twice(const state *st, const cline *l)
{
    hword w[HEAD_WORDS];
    if (l->e - l->s > HEADER_BYTES) return 0;
    size_t n = words_of(st, l, w);
    if (n < 2 || n % 2) return 0;
    for (size_t i = 0; i < n / 2; i++) {
        const hword *a = &w[i], *b = &w[n / 2 + i];
        if (a->e - a->s != b->e - b->s || memcmp(st->in + a->s, st->in + b->s, a->e - a->s)) return 0;
    }
    return 1;
}

/* The first line of a header stacked over lines up to line h, from line lo on: the last HEAD_LINES (or
 * fewer, two at least) of the lines each its words twice that end at h, on one page; NONE where there
 * are none. */
static size_t stacked_top(const state *st, size_t lo, size_t h)
{
    size_t t = h + 1;
    while (t > lo && h + 1 - t < HEAD_LINES && (t == h + 1 || !nb_col_page_start(st, &st->ln[t])) &&
           words_twice(st, &st->ln[t - 1]))
        t--;
    return h + 1 - t >= 2 ? t : NONE;
}

/* The columns the bytes [p, e) are shown over, a wide character two. Why not column_at's count: in a
 * grid of one column a character (pdftotext's) a word starts where it is printed, the blanks before it
 * making up for the wide characters before, but it is printed over twice its characters' columns, as
 * a header's word over two lines stands over the middle of the other (统计 over 数). */
static int shown_width(const unsigned char *p, const unsigned char *e)
{
    int x = 0;
    while (p < e) {
        size_t k = nb_u8len(p, e);
        x += nb_display_width(nb_u8decode(p, k)) == 2 ? 2 : 1;
        p += k;
    }
    return x;
}

static int by_x0(const void *a, const void *b)
{
    const hword *x = a, *y = b;
    return (x->x0 > y->x0) - (x->x0 < y->x0);
}

static int by_line(const void *a, const void *b)
{
    const hword *x = a, *y = b;
    return (x->line > y->line) - (x->line < y->line);
}

/* The header stacked over lines [t, h] written as its one line h, a TAB row of its cells (each the
 * words that overlap in columns under a wide character's width `wide`, top-down), lines t to h - 1
 * blank but for their form feeds and line ends and the row indented so that the lines after keep their
 * offsets. Returns 0 (o untouched) where its cells are not 2 × PART, the same words in both halves,
 * or a cell has two words of one line (words side by side are no column's). */
static int put_stacked_header(const state *st, size_t t, size_t h, int wide, nb_buf *o)
{
    hword w[HEAD_LINES * HEAD_WORDS];
    size_t n = 0, cell[2 * PART + 1], nc = 0;
    for (size_t j = t; j <= h; j++) {
        size_t k = words_of(st, &st->ln[j], w + n);
        for (size_t i = n; i < n + k; i++) {
            w[i].x0 = column_at(st, &st->ln[j], w[i].s, wide);
            w[i].x1 = w[i].x0 + shown_width(st->in + w[i].s, st->in + w[i].e);
            w[i].line = j;
        }
        n += k;
    }
    qsort(w, n, sizeof *w, by_x0);
    int x1 = 0;
    for (size_t i = 0; i < n; i++) { /* a cell: a run of words each starting before the run ends */
        if (!i || w[i].x0 >= x1) {
            if (nc == 2 * PART) return 0;
            cell[nc++] = i;
            x1 = w[i].x1;
        } else if (w[i].x1 > x1) {
            x1 = w[i].x1;
        }
    }
    if (nc != 2 * PART) return 0;
    cell[nc] = n;
    for (size_t c = 0; c < nc; c++) {
        qsort(w + cell[c], cell[c + 1] - cell[c], sizeof *w, by_line);
        for (size_t i = cell[c] + 1; i < cell[c + 1]; i++)
            if (w[i].line == w[i - 1].line) return 0;
    }
    size_t len[2 * PART] = {0};
    for (size_t c = 0; c < nc; c++)
        for (size_t i = cell[c]; i < cell[c + 1]; i++) len[c] += w[i].e - w[i].s;
    for (size_t c = 0; c < PART; c++) { /* the halves' cells the same words */
        if (len[c] != len[PART + c]) return 0;
        size_t a = cell[c], b = cell[PART + c], ao = 0, bo = 0;
        for (size_t k = 0; k < len[c]; k++) {
            while (ao == w[a].e - w[a].s) a++, ao = 0;
            while (bo == w[b].e - w[b].s) b++, bo = 0;
            if (st->in[w[a].s + ao++] != st->in[w[b].s + bo++]) return 0;
        }
    }
    const cline *L = st->ln;
    size_t kept = 0, row = nc - 1; /* the bytes written: form feeds, line ends, the row's */
    for (size_t j = t; j < h; j++) kept += (size_t)nb_col_page_start(st, &L[j]) + L[j].next - L[j].e;
    for (size_t c = 0; c < nc; c++) row += len[c];
    if (kept + row > L[h].e - L[t].s) return 0;
    for (size_t j = t; j < h; j++) {
        if (nb_col_page_start(st, &L[j])) nb_buf_putc(o, '\f');
        nb_buf_put(o, st->in + L[j].e, L[j].next - L[j].e);
    }
    for (size_t k = kept + row; k < L[h].e - L[t].s; k++) nb_buf_putc(o, ' ');
    for (size_t c = 0; c < nc; c++) {
        if (c) nb_buf_putc(o, '\t');
        for (size_t i = cell[c]; i < cell[c + 1]; i++) nb_buf_put(o, st->in + w[i].s, w[i].e - w[i].s);
    }
    nb_buf_put(o, st->in + L[h].e, L[h].next - L[h].e);
    return 1;
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

/* A row's unit broken over two lines (万 / 元), as Word prints a narrow unit column: the lines it takes,
 * [first, last], the row's line r among them, the row's half k whose unit it is, the unit's pieces,
 * top (line tl, piece ti) and bottom (line bl, piece bi). */
typedef struct {
    size_t first, r, last;
    int k;
    size_t tl, ti, bl, bi;
} broken_unit;

static const piece *piece_of(const state *st, size_t line, size_t i) { return &st->pc[st->ln[line].p0 + i]; }

/* A unit's pieces joined top-down (万 / 元 → 万元): its bytes. */
typedef struct {
    unsigned char b[32];
    size_t n;
} joined_unit;

/* Piece p added to unit u; 0 where it no longer fits (no unit is that long). */
static int unit_add(const state *st, joined_unit *u, const piece *p)
{
    size_t n = p->e - p->s;
    if (u->n + n > sizeof u->b) return 0;
    memcpy(u->b + u->n, st->in + p->s, n);
    u->n += n;
    return 1;
}

/* Whether the row's pieces on line r, with the unit's pieces w->t* and w->b*, make its half w->k a
 * label, a unit and a number: the pieces over one another under a wide character's width `wide`,
 * between the label's start and the number's, numbers neither, together a unit; the label at piece
 * `label` of the row, its number at `number`. */
static int unit_fits(const state *st, const broken_unit *w, size_t label, size_t number, int wide)
{
    const cline *L = st->ln;
    const piece *u = piece_of(st, w->tl, w->ti), *v = piece_of(st, w->bl, w->bi);
    if (u->num || v->num || piece_of(st, w->r, label)->num || !piece_of(st, w->r, number)->num) return 0;
    int x0 = column_of(st, &L[w->r], label, wide), x1 = column_of(st, &L[w->r], number, wide);
    int u0 = column_of(st, &L[w->tl], w->ti, wide), u1 = u0 + shown_width(st->in + u->s, st->in + u->e);
    int v0 = column_of(st, &L[w->bl], w->bi, wide), v1 = v0 + shown_width(st->in + v->s, st->in + v->e);
    if (!(u0 < v1 && v0 < u1) || u0 <= x0 || v0 <= x0 || u1 > x1 || v1 > x1) return 0;
    joined_unit unit = {.n = 0};
    return unit_add(st, &unit, u) && unit_add(st, &unit, v) && nb_col_unit_text(unit.b, unit.b + unit.n);
}

/* Whether line `line` among [a, b) holds one piece alone. */
static int lone_piece(const state *st, size_t a, size_t b, size_t line)
{
    return line >= a && line < b && st->ln[line].np == 1;
}

/* Whether row line r's unit is broken over two lines (*w): one half of the row a label and a number,
 * and its unit's two pieces either on the lines right above and under it, each alone (万 /
 * 六、政府信息公开专项经费 2.4 / 元, pdftotext -layout), or one on the row's line in its unit column and
 * the other alone right under or above it (the PDF reader sets 万, level with the row as much as 元,
 * on the row's line); the other half a whole row. */
static int unit_wrapped(const state *st, size_t a, size_t b, size_t r, int wide, broken_unit *w)
{
    const cline *L = st->ln;
    if (r < a || r >= b) return 0;
    int row_page = nb_col_page_start(st, &L[r]), under = lone_piece(st, a, b, r + 1) && !nb_col_page_start(st, &L[r + 1]);
    int over = r > a && lone_piece(st, a, b, r - 1) && !row_page; /* (only the unit's first line may start a page) */
    if (L[r].np == 2 * PART - 1) { /* both pieces off the row's line */
        int k = half_row(st, &L[r], 0) ? 1 : half_row(st, &L[r], 2) ? 0 : -1;
        *w = (broken_unit){r - 1, r, r + 1, k, r - 1, 0, r + 1, 0};
        return k >= 0 && over && under && unit_fits(st, w, (size_t)k * PART, (size_t)k * PART + 1, wide);
    }
    if (L[r].np != 2 * PART) return 0;
    for (int k = 0; k < 2; k++) {
        size_t on = (size_t)k * PART + 1;
        if (!half_row(st, &L[r], (size_t)(1 - k) * PART)) continue;
        const piece *p = piece_of(st, r, on);
        if (under && nb_col_unit_head(st->in + p->s, st->in + p->e)) {
            *w = (broken_unit){r, r, r + 1, k, r, on, r + 1, 0};
            if (unit_fits(st, w, on - 1, on + 1, wide)) return 1;
        }
        if (over) {
            *w = (broken_unit){r - 1, r, r, k, r - 1, 0, r, on};
            if (unit_fits(st, w, on - 1, on + 1, wide)) return 1;
        }
    }
    return 0;
}

/* Whether line j is a line of a row's unit broken over two lines (unit_wrapped) under a wide
 * character's width `wide` (either, for 0): the row's or a piece's; or, from_j, the first of them.
 * The unit in *w. */
static int broken_at(const state *st, size_t a, size_t b, size_t j, int wide, int from_j, broken_unit *w)
{
    for (int x = wide ? wide : 1; x <= (wide ? wide : 2); x++)
        for (size_t r = j > a ? j - 1 : j; r <= j + 1; r++)
            if (unit_wrapped(st, a, b, r, x, w) && (from_j ? w->first == j : w->first <= j && j <= w->last))
                return 1;
    return 0;
}

/* Lines w->first to w->last, a row and its unit broken over them (unit_wrapped): the row as a TAB row
 * of the header's cells, the unit's two pieces joined in its cell, on the row's line; the other lines
 * blank but for the first's form feed and their line ends; the row indented so that the lines after
 * keep their offsets where it can. */
static void put_unit_row(const state *st, const broken_unit *w, nb_buf *o)
{
    const cline *L = st->ln;
    const piece *u = piece_of(st, w->tl, w->ti), *v = piece_of(st, w->bl, w->bi);
    size_t unit = (size_t)w->k * PART + 1, np = L[w->r].np;
    size_t ff = (size_t)nb_col_page_start(st, &L[w->first]), fixed = ff;
    size_t len = 2 * PART - 1 + u->e - u->s + v->e - v->s, lines = L[w->last].next - L[w->first].s;
    for (size_t i = 0; i < np; i++)
        if (np == 2 * PART - 1 || i != unit) len += st->pc[L[w->r].p0 + i].e - st->pc[L[w->r].p0 + i].s;
    for (size_t j = w->first; j <= w->last; j++) fixed += L[j].next - L[j].e;
    if (ff) nb_buf_putc(o, '\f');
    for (size_t j = w->first; j < w->r; j++) nb_buf_put(o, st->in + L[j].e, L[j].next - L[j].e);
    for (size_t i = fixed + len; i < lines; i++) nb_buf_putc(o, ' ');
    for (size_t c = 0; c < 2 * PART; c++) {
        if (c) nb_buf_putc(o, '\t');
        if (c == unit) {
            nb_buf_put(o, st->in + u->s, u->e - u->s);
            nb_buf_put(o, st->in + v->s, v->e - v->s);
        } else {
            const piece *p = piece_of(st, w->r, np == 2 * PART - 1 && c > unit ? c - 1 : c);
            nb_buf_put(o, st->in + p->s, p->e - p->s);
        }
    }
    for (size_t j = w->r; j <= w->last; j++) nb_buf_put(o, st->in + L[j].e, L[j].next - L[j].e);
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

/* Whether the fold's rows may go on after the line that ended it, `end`, before line b: where that
 * line is no note under the table (注：…) and a line of a label and a number comes after it, the line
 * may be inside the table (a label wrapped over two lines: （二）通过不同渠道和方式公开政府信息的情 /
 * 况), and reading the rows above it alone would leave the rest unread without a word. */
static int rows_after(const state *st, size_t end, size_t b)
{
    if (end == b || nb_table_note(st->in + st->ln[end].s, st->in + st->ln[end].e)) return 0;
    for (size_t j = end; j < b; j++)
        if (st->ln[j].np >= 2 && has_number(st, &st->ln[j])) return 1;
    return 0;
}

/* Rows whose labels wrap over lines. Narrow label cells break a label over two or three lines, each
 * half's on its own: a text browser sets a row's values on its label's first line and the rest under
 * it (top: 其中：主动公开规范性文件 件 9 / 数), pdftotext -layout centres them (the values between the
 * label's lines: 其中：主动公开规范性文 / 件 9 / 件数), the PDF reader sets them on whichever line of
 * the label they overlap most. Each half's lines are read apart: a line of a half holds its row's
 * number (the row's line), or pieces of a label and of a unit only; such pieces go to a row by the
 * readings of run_owners, and where two readings that fit give a line to different rows, the table is
 * not read. */

typedef struct {
    signed char role; /* 0 nothing of the half on the line, 1 its row's line, 2 pieces of a label or unit */
    size_t label, unit, number; /* the pieces' indexes on the line, NONE where none */
    size_t owner;     /* a line of pieces: the row's line they belong to */
} halfline;

/* How many of line l's pieces are the left half's: up to its number where a unit or placeholder
 * stands right before one left of the column `split`, where the left half's numbers end (pdftotext may
 * set the right half's label one blank after it: — 3.网络申请数; the PDF reader, a label's tail before
 * it: 件数 件 9 数 件 45). Elsewhere, with no number of the left half, those that start by its unit
 * column ux0 (its label's pieces left of it, its unit's at it: the right half's labels may start left
 * of `split`, where the PDF reader sets a cell's text in its box); a row of one half alone on its line
 * (pushed off the columns: a page's last lines, set by their own measure), the left's where its label
 * starts left of ux0. */
static size_t left_pieces(const state *st, const cline *l, int ux0, int split, int wide)
{
    const piece *p = &st->pc[l->p0];
    for (size_t i = 0; i + 1 < l->np; i++)
        if (column_of(st, l, i, wide) <= split && (nb_col_unit_word(st, &p[i]) || nb_col_placeholder(st, &p[i])) &&
            p[i + 1].num)
            return i + 2;
    if (l->np == PART && half_row(st, l, 0)) return column_of(st, l, 0, wide) < ux0 ? PART : 0;
    size_t n = 0;
    while (n < l->np && column_of(st, l, n, wide) <= ux0 + 1) n++;
    return n;
}

/* What half k of line j holds (*hl): its pieces are the left half's (k 0, left_pieces) or the rest
 * (k 1); a row's line ends in a number with a unit or placeholder before it (or a unit's head: 万 of
 * 万元) and a label before that, any of the two missing; a line of pieces holds one of a label and one
 * of a unit, at the half's unit column ux or past it (pdftotext sets a line's pieces by its own
 * measure, a unit alone on its line off its column by a few: its words tell it). 0 for anything else. */
static int half_line(const state *st, size_t j, int k, int split, const int uxs[2], int wide, halfline *hl)
{
    const cline *l = &st->ln[j];
    size_t q[BAND_LINES], n = 0, left = left_pieces(st, l, uxs[0], split, wide);
    int ux = uxs[k];
    *hl = (halfline){0, NONE, NONE, NONE, NONE};
    for (size_t i = k ? left : 0; i < (k ? l->np : left); i++) {
        if (n == BAND_LINES) return 0;
        q[n++] = i;
    }
    if (!n) return 1;
    const piece *p = &st->pc[l->p0];
    for (size_t i = 0; i + 1 < n; i++) /* a number or placeholder only last, or as the unit before it */
        if (p[q[i]].num && !(i + 2 == n && p[q[n - 1]].num && nb_col_placeholder(st, &p[q[i]]))) return 0;
    size_t i = n;
    const piece *u = &p[q[n - 1 - (n > 1 && p[q[n - 1]].num)]]; /* the unit's place */
    int unit = nb_col_unit_word(st, u) || nb_col_unit_head(st->in + u->s, st->in + u->e);
    hl->role = p[q[n - 1]].num ? 1 : 2;
    if (hl->role == 1) hl->number = q[--i];
    if (i && (hl->role == 1 ? unit || nb_col_placeholder(st, u) : column_of(st, l, q[i - 1], wide) >= ux - 1 || (unit && i > 1)))
        hl->unit = q[--i];
    if (i) hl->label = q[--i];
    return !i && (hl->label == NONE || hl->role == 1 || end_of(st, l, hl->label, wide) <= ux + 1);
}

/* How a run of a half's lines reads (run_owners): each line of pieces goes to the row's line above it
 * (TOP), or as many of a row's lines stand over its line as under it (CENTRED), or a label runs from a
 * piece that starts one (a numbering marker, 其中) to the next such (MARKED: the PDF reader sets a
 * centred row's values on whichever of its label's lines they overlap most). */
enum { TOP, CENTRED, MARKED, READINGS };

/* Whether piece p starts a label: a numbering marker (（一） 1. 三、), 第…条, or 其中 (a sub-item). */
static int label_start(const state *st, const piece *p)
{
    return p->starter || (p->e - p->s >= 6 && !memcmp(st->in + p->s, "\xE5\x85\xB6\xE4\xB8\xAD", 6));
}

/* Whether lines [s, e) of a half (hl[j - from]: line j's), a run of lines each holding something of it,
 * read `how`: their owners set. Not where a row's label would be none, nor its unit none (a unit, its
 * pieces joined top-down: 万 / 元, or a placeholder), nor where a piece that starts a label would go on
 * from one above it, nor a row's lines over a page break. */
static int run_owners(const state *st, halfline *hl, size_t from, size_t s, size_t e, int how)
{
#define H(j) hl[(j) - from]
    if (how == MARKED) {
        for (size_t start = s, k = s + 1; k <= e; k++) { /* a label: from a piece that starts one to the next */
            if (k < e && !(H(k).label != NONE && label_start(st, &st->pc[st->ln[k].p0 + H(k).label]))) continue;
            size_t row = NONE;
            for (size_t j = start; j < k; j++)
                if (H(j).role == 1) {
                    if (row != NONE) return 0;
                    row = j;
                }
            if (row == NONE || H(start).label == NONE || !label_start(st, &st->pc[st->ln[start].p0 + H(start).label]))
                return 0;
            for (size_t j = start; j < k; j++) H(j).owner = row;
            start = k;
        }
    } else {
        if (how == TOP && H(s).role != 1) return 0;
        size_t prev = NONE, prev_over = 0; /* the last row's line, and how many lines of it stand over it */
        for (size_t j = s; j <= e; j++) {
            if (j < e && H(j).role != 1) continue;
            size_t first = prev == NONE ? s : prev + 1, n = j - first; /* lines of pieces between prev and j */
            size_t under = prev == NONE ? 0 : how == CENTRED ? prev_over : n; /* prev's, under it */
            if (under > n || (j == e && (prev == NONE || under != n))) return 0;
            for (size_t k = first; k < j; k++) H(k).owner = k < first + under ? prev : j;
            prev_over = n - under;
            prev = j;
        }
    }
    size_t row = NONE, units = 0;
    int label = 0;
    joined_unit unit = {.n = 0};
    for (size_t k = s; k <= e; k++) { /* each row's lines, top-down */
        size_t r = k == e ? NONE : H(k).role == 1 ? k : H(k).owner;
        if (r != row) { /* a row's lines end: a label, and a unit (万 / 元 joined) or a placeholder */
            const piece *u = row != NONE && units == 1 && H(row).unit != NONE ? piece_of(st, row, H(row).unit) : NULL;
            if (row != NONE && (!label || !(nb_col_unit_text(unit.b, unit.b + unit.n) || (u && nb_col_placeholder(st, u)))))
                return 0;
            if (k == e) break;
            row = r, label = 0, unit.n = 0, units = 0;
        } else if (nb_col_page_start(st, &st->ln[k])) {
            return 0;
        }
        const piece *p = &st->pc[st->ln[k].p0];
        if (H(k).unit != NONE) { /* the row's unit, or a piece of it: 万 / 元 */
            if (!unit_add(st, &unit, &p[H(k).unit])) return 0;
            units++;
        }
        if (H(k).label == NONE) continue;
        if (label && label_start(st, &p[H(k).label])) return 0;
        label = 1;
    }
    return 1;
#undef H
}

/* Lines [from, to) of a half (hl[j - from]: line j's): each line of pieces' owner, the row's line it
 * belongs to, run by run (lines each holding something of the half), by the readings that fit
 * (run_owners); not where two that fit give a line to different rows (labels without markers: 府信息数
 * may end the row above or start the one below), nor where none fits. */
static int band_owners(const state *st, size_t from, size_t to, halfline *hl)
{
    halfline *alt[READINGS];
    int ok = 1;
    for (int r = 0; r < READINGS; r++) ok &= (alt[r] = malloc((to - from + 1) * sizeof(halfline))) != NULL;
    for (size_t s = from, e; s < to && ok; s = e) {
        for (e = s; e < to && hl[e - from].role; e++) {}
        if (e == s) {
            e++;
            continue;
        }
        int pick = -1;
        for (int r = 0; r < READINGS; r++) {
            memcpy(alt[r] + (s - from), hl + (s - from), (e - s) * sizeof(halfline));
            if (!run_owners(st, alt[r], from, s, e, r)) continue;
            if (pick < 0) pick = r;
            for (size_t j = s; j < e && ok; j++) /* every reading that fits gives each line the same row */
                ok = hl[j - from].role != 2 || alt[r][j - from].owner == alt[pick][j - from].owner;
        }
        ok = ok && pick >= 0;
        if (ok) memcpy(hl + (s - from), alt[pick] + (s - from), (e - s) * sizeof(halfline));
    }
    for (int r = 0; r < READINGS; r++) free(alt[r]);
    return ok;
}

/* Half k's cells of row line j (hl: the half's lines from `from`): its label's and its unit's pieces
 * joined top-down from the lines it owns, its number. */
static void put_band_half(const state *st, const halfline *hl, size_t from, size_t to, size_t j, nb_buf *o)
{
    size_t s = j, e = j + 1;
    while (s > from && hl[s - 1 - from].role == 2 && hl[s - 1 - from].owner == j) s--;
    while (e < to && hl[e - from].role == 2 && hl[e - from].owner == j) e++;
    for (int cell = 0; cell < 2; cell++) {
        for (size_t k = s; k < e; k++) {
            size_t i = cell ? hl[k - from].unit : hl[k - from].label;
            if (i == NONE) continue;
            const piece *p = &st->pc[st->ln[k].p0 + i];
            nb_buf_put(o, st->in + p->s, p->e - p->s);
        }
        nb_buf_putc(o, '\t');
    }
    const piece *p = &st->pc[st->ln[j].p0 + hl[j - from].number];
    nb_buf_put(o, st->in + p->s, p->e - p->s);
}

/* The columns of lines [s, e) under a wide character's width `wide`: ux[0] and ux[1], where the
 * units (or placeholders) right before a number stand in the left half and in the right (the two
 * columns most of them are at, within one; two thirds of them at either), and *split, the column the
 * left half's numbers end by. 0 where there are no such two columns. */
static int band_columns(const state *st, size_t s, size_t e, int wide, int ux[2], int *split)
{
    size_t n = 0, cap = 0;
    for (size_t j = s; j < e; j++) cap += st->ln[j].np;
    int *x = malloc((cap + 1) * sizeof *x), *v = malloc((cap + 1) * sizeof *v), best[2] = {-1, -1};
    size_t count[2] = {0, 0};
    if (!x || !v) goto done;
    for (size_t j = s; j < e; j++) {
        const cline *l = &st->ln[j];
        const piece *p = &st->pc[l->p0];
        for (size_t i = 0; i + 1 < l->np; i++)
            if ((nb_col_unit_word(st, &p[i]) || nb_col_placeholder(st, &p[i])) && p[i + 1].num)
                x[n++] = column_of(st, l, i, wide);
    }
    memcpy(v, x, n * sizeof *v);
    qsort(v, n, sizeof *v, by_value);
    for (int k = 0; k < 2; k++) /* the column most are at, then the most of those well apart from it */
        for (size_t i = 0; i < n; i++) {
            size_t c = near(v, n, x[i]);
            if (c > count[k] && (k == 0 || abs(x[i] - best[0]) > 2)) count[k] = c, best[k] = x[i];
        }
done:
    free(x);
    free(v);
    if (count[0] < 2 || count[1] < 2 || 3 * (count[0] + count[1]) < 2 * n) return 0;
    ux[0] = best[0] < best[1] ? best[0] : best[1];
    ux[1] = best[0] < best[1] ? best[1] : best[0];
    *split = -1;
    for (size_t j = s; j < e; j++) {
        const cline *l = &st->ln[j];
        for (size_t i = 0; i + 1 < l->np; i++)
            if (abs(column_of(st, l, i, wide) - ux[0]) <= 1 && st->pc[l->p0 + i + 1].num) {
                int end = end_of(st, l, i + 1, wide);
                if (end > *split) *split = end;
            }
    }
    return *split >= 0 && *split < ux[1];
}

/* What each half of lines [from, to) holds (hl[k][j - from]) and which row each line of pieces
 * belongs to, under the width of a wide character *wide (the text's, or the other), the columns
 * (band_columns) found page by page (pdftotext sets each page by its own measure), or for all the
 * lines where a page has too few rows to tell. 0 where a line is no row's or which row is not certain. */
static int bands_read(const state *st, size_t from, size_t to, halfline *hl[2], int *wide)
{
    for (int t = 0; t < 2; t++) {
        *wide = t == 0 ? st->wide : 3 - st->wide;
        int ok = 1, all[2], all_split, have_all = band_columns(st, from, to, *wide, all, &all_split);
        for (size_t s = from, e; s < to && ok; s = e) {
            for (e = s + 1; e < to && !nb_col_page_start(st, &st->ln[e]); e++) {}
            int ux[2], split;
            if (!band_columns(st, s, e, *wide, ux, &split)) {
                if (!have_all) ok = 0;
                ux[0] = all[0], ux[1] = all[1], split = all_split;
            }
            for (size_t j = s; j < e && ok; j++)
                for (int k = 0; k < 2 && ok; k++) ok = half_line(st, j, k, split, ux, *wide, &hl[k][j - from]);
        }
        for (int k = 0; k < 2 && ok; k++) ok = band_owners(st, from, to, hl[k]);
        size_t rows = 0;
        for (size_t j = from; j < to && ok; j++) rows += hl[0][j - from].role == 1 || hl[1][j - from].role == 1;
        if (ok && rows) return 1;
    }
    return 0;
}

/* Lines [from, to) under a folded table's header, rows whose labels wrap over lines (bands_read), as
 * TAB rows of the header's cells on their rows' lines, the other lines blank; the first row indented
 * so that the lines after keep their offsets where they can. */
static void put_bands(const state *st, size_t from, size_t to, halfline *const hl[2], nb_buf *o)
{
    const cline *L = st->ln;
    nb_buf t;
    nb_buf_init(&t);
    size_t first = NONE; /* where the first row starts in t */
    for (size_t j = from; j < to; j++) {
        if (nb_col_page_start(st, &L[j])) nb_buf_putc(&t, '\f');
        if (hl[0][j - from].role == 1 || hl[1][j - from].role == 1) {
            if (first == NONE) first = t.len;
            for (int k = 0; k < 2; k++) {
                if (k) nb_buf_putc(&t, '\t');
                if (hl[k][j - from].role == 1) put_band_half(st, hl[k], from, to, j, &t);
                else nb_buf_puts(&t, "\t\t");
            }
        }
        nb_buf_put(&t, st->in + L[j].e, L[j].next - L[j].e);
    }
    size_t was = L[to - 1].next - L[from].s;
    if (first == NONE) first = 0;
    nb_buf_put(o, t.data, first);
    for (size_t i = t.len; i < was; i++) nb_buf_putc(o, ' ');
    nb_buf_put(o, t.data + first, t.len - first);
    nb_buf_free(&t);
}

/* Where a folded table's rows whose labels wrap over lines end, from line `end`, the first line under
 * its header with no number (a label's piece: 数, 况), before line b: past lines of rows, blank lines
 * and lines of a few pieces and no number, at the last line with a number, or at the note under the
 * table (注：…) right under such lines (the last label's pieces). `end` where there are none. */
static size_t wrapped_end(const state *st, size_t end, size_t b)
{
    const cline *L = st->ln;
    size_t last = end, j = end;
    for (; j < b && !nb_table_note(st->in + L[j].s, st->in + L[j].e); j++) {
        if (has_number(st, &L[j])) last = j + 1;
        else if (L[j].np && !band_like(st, &L[j])) break;
    }
    if (last == end) return end;
    return j < b && last < j && nb_table_note(st->in + L[j].s, st->in + L[j].e) ? j : last;
}

/* The cluster's lines from a to the folded table's header (on line h, or stacked from line t) and
 * the header as a TAB row of its cells; 0 where a stacked header's columns are not known (wide 0). */
static int put_head(const state *st, size_t a, size_t t, size_t h, int wide, nb_buf *o)
{
    const cline *L = st->ln;
    nb_buf_put(o, st->in + L[a].s, L[t == NONE ? h : t].s - L[a].s);
    if (t == NONE) put_row(st, &L[h], 2, o);
    else if (!wide || !put_stacked_header(st, t, h, wide, o)) return 0; /* its columns are known by the rows' */
    return 1;
}

size_t nb_col_folded(state *st, size_t a, size_t b, nb_buf *o)
{
    const cline *L = st->ln;
    size_t h = a, t = NONE; /* the header's line; t: the first of a header stacked over lines */
    while (h < b && !repeated_header(st, &L[h])) h++;
    if (h + 1 < b && words_twice(st, &L[h + 1])) { /* it goes on on the lines under it (单 统计 / 位 数) */
        size_t j = h + 1;
        while (j + 1 < b && words_twice(st, &L[j + 1])) j++;
        h = (t = stacked_top(st, a, j)) != NONE ? j : b;
    }
    for (size_t j = a; h == b && j < b; j++) /* the last line of a stacked header: no line after it as one */
        if (words_twice(st, &L[j]) && (j + 1 == b || !words_twice(st, &L[j + 1])) &&
            (t = stacked_top(st, a, j)) != NONE)
            h = j;
    if (h == b) return 0;
    size_t whole = 0, end = h + 1;
    broken_unit w;
    for (; end < b && (has_number(st, &L[end]) || !L[end].np || broken_at(st, h + 1, b, end, 0, 0, &w)); end++) {
        if (nb_table_note(st->in + L[end].s, st->in + L[end].e)) break; /* 注：本表统计时限为 2015 年…: under it */
        if (L[end].np != 2 * PART || broken_at(st, h + 1, b, end, 0, 0, &w)) continue;
        if (!half_row(st, &L[end], 0) || !half_row(st, &L[end], PART)) return 0;
        whole++;
    }
    int ux[2] = {-1, -1}, wide = 0, gap[2];
    size_t len0 = o->len, wend = end < b && L[end].np ? wrapped_end(st, end, b) : end;
    if (wend > end && !(wend == b && page_after(st, L[b - 1].next)) && !rows_after(st, wend, b)) {
        halfline *hl[2] = {malloc((wend - h) * sizeof(halfline)), malloc((wend - h) * sizeof(halfline))};
        int ok = hl[0] && hl[1] && bands_read(st, h + 1, wend, hl, &wide) && put_head(st, a, t, h, wide, o);
        if (ok) {
            put_bands(st, h + 1, wend, hl, o);
            if (wend < b) nb_buf_put(o, st->in + L[wend].s, L[b - 1].next - L[wend].s);
        }
        free(hl[0]);
        free(hl[1]);
        if (ok) return wend - h - 1;
        o->len = len0;
    }
    if (whole < 2 || (end == b && page_after(st, L[b - 1].next)) || rows_after(st, end, b)) return 0;
    wide = aligned(st, h + 1, end, whole, ux);
    halves_apart(st, h + 1, end, wide, gap);
    for (size_t j = h + 1; j < end; j++) {
        if (wide && broken_at(st, h + 1, end, j, wide, 1, &w)) {
            j = w.last;
            continue;
        }
        if (row_half(st, &L[j], ux, gap, wide) < 0) return 0; /* (a unit's piece under the other width) */
    }
    if (!put_head(st, a, t, h, wide, o)) {
        o->len = len0;
        return 0;
    }
    for (size_t j = h + 1; j < end; j++) {
        if (wide && broken_at(st, h + 1, end, j, wide, 1, &w)) {
            put_unit_row(st, &w, o);
            j = w.last;
        } else {
            put_row(st, &L[j], row_half(st, &L[j], ux, gap, wide), o);
        }
    }
    if (end < b) nb_buf_put(o, st->in + L[end].s, L[b - 1].next - L[end].s);
    return end - h - 1;
}

/* Whether line l's first word, a word of no digits, comes again later on it after a blank, as a repeated
 * header's does: a test on the bytes alone, before a line is cut in pieces, since most clusters end at
 * a blank line. A header is short: a longer line is none. */
static int first_word_again(const state *st, const cline *l)
{
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
 * them, so st->folding is not set yet): pdftotext's page break under such rows, or under lines of rows
 * whose labels wrap (band_like) among them. Its lines cut in pieces (st->npc is the caller's to set
 * back). */
static int rows_under_header(state *st)
{
    size_t i = st->nln - 1, rows = 0;
    for (; i > 0; i--) {
        cline *l = &st->ln[i];
        nb_col_split_line(st, l);
        if (fold_row(st, l)) {
            rows++;
            continue;
        }
        if (rows && first_word_again(st, l) && (repeated_header(st, l) || stacked_top(st, 0, i) != NONE)) return 1;
        if (!band_like(st, l)) break;
    }
    if (!rows || !first_word_again(st, &st->ln[i])) return 0;
    nb_col_split_line(st, &st->ln[i]);
    return repeated_header(st, &st->ln[i]) || stacked_top(st, 0, i) != NONE;
}

/* The line that starts at byte p (its end before a CR). */
static cline line_at(const state *st, size_t p)
{
    const unsigned char *le = memchr(st->in + p, '\n', st->n - p);
    cline l = {.s = p, .e = le ? (size_t)(le - st->in) : st->n};
    l.next = le ? l.e + 1 : st->n;
    if (l.e > l.s && st->in[l.e - 1] == '\r') l.e--;
    return l;
}

int nb_col_fold_goes_on(state *st, size_t p)
{
    size_t npc = st->npc;
    int rows = !st->folding && st->in[p] == '\f' && rows_under_header(st);
    st->npc = npc;
    if (!st->folding && !rows && !first_word_again(st, &st->ln[st->nln - 1])) return 0;
    cline *last = &st->ln[st->nln - 1];
    nb_col_split_line(st, last);
    int on = st->folding || rows ? fold_row(st, last) || band_like(st, last)
                                 : repeated_header(st, last) || stacked_top(st, 0, st->nln - 1) != NONE;
    for (int blank = 0; on && blank < 3 && p < st->n; blank++) { /* the next line that is not blank */
        cline l = line_at(st, p);
        nb_col_split_line(st, &l);
        if (!l.np) {
            p = l.next;
            continue;
        }
        on = fold_row(st, &l);
        /* or pieces of a label or unit over their row (万 / … 元 3.6; 其中：主动公开规范性文 / 件 9) */
        for (int k = 0; !on && k < BAND_LINES - 1 && !has_number(st, &l) && band_like(st, &l) && l.next < st->n; k++) {
            l = line_at(st, l.next);
            nb_col_split_line(st, &l);
            on = fold_row(st, &l) || (has_number(st, &l) && band_like(st, &l));
        }
        st->npc = npc;
        if (on) st->folding = 1;
        return on;
    }
    st->npc = npc;
    return 0;
}
