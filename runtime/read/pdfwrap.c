/* pdfwrap.c — numbers wrapped inside their narrow cells, joined or marked (pdfrows_int.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pdfrows_int.h"

/* A number Writer wrapped inside its narrow cell: 181 printed as 18 on a table line and 1 right
 * under it. From positions alone it is not told from a row whose short number stands under a
 * longer one, so it is joined only where the page's ruled lines make it certain: the head and the
 * tail stand in one closed cell box, no rule between them, nothing else in the box. */

/* The share of its cell box's width that a wrapped number's head and one digit more take at least:
 * the rest is the cell's padding (Writer's 0.1 cm a side in a cell a few digits wide). */
#define WRAP_FILL 0.6

/* Whether glyphs [s, e) of line l are digits of one form, with a head's thousands separators or
 * point: 1 ASCII (181), 2 full-width (１８１, as a Word page may type them), 0 neither or both. */
static int digit_run(const glyph *g, const line *l, size_t s, size_t e, int head)
{
    int form = 0;
    for (size_t j = s; j < e; j++) {
        uint32_t c = g[l->g + j].c;
        int f = c >= '0' && c <= '9' ? 1 : c >= 0xFF10 && c <= 0xFF19 ? 2 : 0;
        if (!f && head && (c == ',' || c == '.' || c == 0xFF0C || c == 0xFF0E)) continue;
        if (!f || (form && f != form)) return 0;
        form = f;
    }
    return form;
}

cellbox nb_pdf_cell_extent(const glyph *g, const line *l, size_t s, size_t e)
{
    cellbox b = {g[l->g + s].x1, g[l->g + s].y1, g[l->g + s].x2, g[l->g + s].y2};
    for (size_t j = s + 1; j < e; j++) {
        const glyph *x = &g[l->g + j];
        b.x1 = fmin(b.x1, x->x1);
        b.y1 = fmin(b.y1, x->y1);
        b.x2 = fmax(b.x2, x->x2);
        b.y2 = fmax(b.y2, x->y2);
    }
    return b;
}

/* Whether the glyphs of lines [from, to) inside box are those of cells [hs, he) of line a, the lines
 * between a and b and [ts, te) of line b only. */
static int alone_in(const glyph *g, const line *lv, size_t from, size_t to, const cellbox *box, size_t a, size_t hs,
                    size_t he, size_t b, size_t ts, size_t te)
{
    for (size_t i = from; i < to; i++) {
        const line *l = &lv[i];
        if (l->y2 < box->y1 || l->y1 > box->y2) continue;
        for (size_t j = 0; j < l->n; j++) {
            const glyph *x = &g[l->g + j];
            double cx = (x->x1 + x->x2) / 2, cy = gyc(x);
            if (cx <= box->x1 || cx >= box->x2 || cy <= box->y1 || cy >= box->y2) continue;
            if (!((i == a && j >= hs && j < he) || (i > a && i < b) || (i == b && j >= ts && j < te))) return 0;
        }
    }
    return 1;
}

/* Whether cell [hs, he) of line a, the lines between and cell [ts, te) of line b, under them, stand
 * alone in one closed cell box of the page's rules, with no rule between a and b, and the head fills
 * the box's width (a number wraps only where its next digit would not fit: a short number in a
 * wide box is a row's, under which a rule the picture lost, light and thin, parted another row's:
 * 1022 over 215 is no 1022215). */
static int one_box(const glyph *g, const line *lv, size_t from, size_t to, const nb_rules *r, double x1, double x2,
                   size_t a, size_t hs, size_t he, size_t b, size_t ts, size_t te);

int nb_pdf_one_cell(const glyph *g, const line *lv, size_t from, size_t to, const nb_rules *r, size_t a, size_t hs,
                    size_t he, size_t b, size_t ts, size_t te)
{
    cellbox hb = nb_pdf_cell_extent(g, &lv[a], hs, he), tb = nb_pdf_cell_extent(g, &lv[b], ts, te);
    double x1 = fmin(hb.x1, tb.x1), x2 = fmax(hb.x2, tb.x2);
    for (size_t i = a + 1; i < b; i++) {
        x1 = fmin(x1, lv[i].x1);
        x2 = fmax(x2, lv[i].x2);
    }
    return one_box(g, lv, from, to, r, x1, x2, a, hs, he, b, ts, te);
}

/* one_cell over [x1, x2] (the lines between a and b may be anywhere in it). */
static int one_box(const glyph *g, const line *lv, size_t from, size_t to, const nb_rules *r, double x1, double x2,
                   size_t a, size_t hs, size_t he, size_t b, size_t ts, size_t te)
{
    cellbox hb = nb_pdf_cell_extent(g, &lv[a], hs, he), tb = nb_pdf_cell_extent(g, &lv[b], ts, te), box;
    double head = hb.x2 - hb.x1, digit = head / (double)(he - hs);
    return nb_rules_box(r, x1, hb.y1, x2, tb.y2, 1.5, &box.x1, &box.y1, &box.x2, &box.y2) &&
           head + digit >= WRAP_FILL * (box.x2 - box.x1) &&
           !nb_rules_hcross(r, x1, x2, (hb.y1 + hb.y2) / 2, (tb.y1 + tb.y2) / 2) &&
           !nb_rules_vcross(r, x1, x2, hb.y1, tb.y2) && /* a head of two cells set close (121 9946) */
           alone_in(g, lv, from, to, &box, a, hs, he, b, ts, te);
}

/* Line l's box made that of its glyphs. */
static void fit(const glyph *g, line *l)
{
    l->x1 = g[l->g].x1;
    l->x2 = g[l->g].x2;
    l->y1 = g[l->g].y1;
    l->y2 = g[l->g].y2;
    for (size_t j = 1; j < l->n; j++) {
        l->x1 = fmin(l->x1, g[l->g + j].x1);
        l->x2 = fmax(l->x2, g[l->g + j].x2);
        l->y1 = fmin(l->y1, g[l->g + j].y1);
        l->y2 = fmax(l->y2, g[l->g + j].y2);
    }
}

/* Moves the marked cells of line a + 1 (tail[c] = the cell of line a each continues, or NONE) to
 * after the cells they continue on line a; drops line a + 1 when nothing is left of it. */
static void move_tails(glyph *g, vec *ls, size_t a, const size_t *sa, size_t ka, const size_t *sb, size_t kb,
                       const size_t *tail)
{
    line *lv = ls->v, *A = &lv[a], *B = &lv[a + 1];
    size_t total = A->n + B->n, k = 0, moved = 0;
    glyph *tmp = malloc(total * sizeof *tmp);
    if (!tmp) nb_oom();
    for (size_t c = 0; c < ka; c++) {
        size_t ae = c + 1 < ka ? sa[c + 1] : A->n;
        for (size_t j = sa[c]; j < ae; j++) tmp[k++] = g[A->g + j];
        for (size_t t = 0; t < kb; t++) {
            if (tail[t] != c) continue;
            size_t be = t + 1 < kb ? sb[t + 1] : B->n;
            for (size_t j = sb[t]; j < be; j++) tmp[k++] = g[B->g + j];
            moved += be - sb[t];
        }
    }
    for (size_t t = 0; t < kb; t++) {
        if (tail[t] != NO_CELL) continue;
        size_t be = t + 1 < kb ? sb[t + 1] : B->n;
        for (size_t j = sb[t]; j < be; j++) tmp[k++] = g[B->g + j];
    }
    memcpy(g + A->g, tmp, total * sizeof *tmp);
    free(tmp);
    A->n += moved;
    B->g += moved;
    B->n -= moved;
    if (B->n == 0) {
        A->y2 = fmax(A->y2, B->y2);
        memmove(B, B + 1, (ls->n - a - 2) * sizeof *B);
        ls->n--;
        return;
    }
    fit(g, B);
}

/* The wrapped numbers of a page's lines [from, ls->n), joined (the rules asked for on the first
 * line that looks so). */
void nb_pdf_join_wrapped(glyph *g, vec *ls, size_t from, int page, rulebook *rb)
{
    if (!rb->fn) return;
    for (size_t i = from; i + 1 < ls->n;) {
        line *lv = ls->v, *A = &lv[i], *B = &lv[i + 1];
        if (!(B->y1 > A->y1 + 0.5 * A->em && B->y1 - A->y2 <= A->em)) {
            i++;
            continue;
        }
        size_t *sa = malloc((A->n + B->n + 2) * sizeof *sa), *sb = sa + A->n + 1;
        size_t *tail = malloc((B->n + 1) * sizeof *tail);
        if (!sa || !tail) nb_oom();
        size_t ka = nb_pdf_line_cells(g, A, NULL, sa, A->n + 1), kb = nb_pdf_line_cells(g, B, NULL, sb, B->n + 1), joins = 0;
        const nb_rules *r = NULL;
        int gone = 0;  /* the page's rules cannot be had */
        int apart = 0; /* a number of B under one of A that is no tail of it: B is a row of its own */
        for (size_t t = 0; t < kb; t++) {
            tail[t] = NO_CELL;
            size_t te = t + 1 < kb ? sb[t + 1] : B->n;
            int form = ka < 2 ? 0 : digit_run(g, B, sb[t], te, 0);
            if (gone || !form) continue;
            cellbox tb = nb_pdf_cell_extent(g, B, sb[t], te);
            size_t h = NO_CELL, hits = 0;
            for (size_t c = 0; c < ka; c++) {
                cellbox cb = nb_pdf_cell_extent(g, A, sa[c], c + 1 < ka ? sa[c + 1] : A->n);
                if (cb.x1 < tb.x2 && tb.x1 < cb.x2) {
                    hits++;
                    h = c;
                }
            }
            size_t he = h + 1 < ka ? sa[h + 1] : A->n;
            if (hits != 1 || digit_run(g, A, sa[h], he, 1) != form) continue; /* (18 over 1, ３４ over ４) */
            if (!r && !(r = nb_pdf_rules_of(rb, page))) {
                gone = 1;
                continue;
            }
            if (!nb_pdf_one_cell(g, lv, from, ls->n, r, i, sa[h], he, i + 1, sb[t], te)) {
                apart = 1;
                continue;
            }
            tail[t] = h;
            joins++;
        }
        /* Two rows set close, the rule between them lost in the picture (a page shrunk to fit: 9115
           over the next row's 70 in a narrow box, 546 over 46 in a wide one): a row whose numbers
           wrapped leaves under its others nothing, so a number under one of them that is no tail
           makes every piece under a head the next row's own, never a wrapped number's end. */
        if (apart) joins = 0;
        size_t before = ls->n;
        if (joins) move_tails(g, ls, i, sa, ka, sb, kb, tail);
        free(sa);
        free(tail);
        if (gone) return;
        if (ls->n == before) i++; /* else line i may continue on the line now after it */
    }
}

/* A number wrapped in its narrow cell that is centred on its row: its head on a line of its own
 * right above the row's line, its tail on one right under it (Writer's 36 / 一、本年新收… / 4, a
 * browser's ４ / （一）予以公开 / ８), the row itself holding nothing in that column. Left so, the
 * tail under the row was read as the row's missing cell (4, 8). The head, the row and the tail are
 * made one line: the number joined (364) where the page's rules show head and tail alone in one
 * cell box with no rule between (as join_wrapped asks), else written head↵tail (wrap[] marks the
 * tail's first glyph): no number, both pieces in the cell's diagnostic (columns.h). */

/* Whether glyphs [s, e) of line l are a number alone: digits of any form, with separators. */
int nb_pdf_number_cell(const glyph *g, const line *l, size_t s, size_t e)
{
    int any = 0;
    for (size_t j = s; j < e; j++) {
        uint32_t x = g[l->g + j].c;
        if (any_digit(x)) any = 1;
        else if (!(x == ',' || x == '.' || x == 0xFF0C || x == 0xFF0E)) return 0;
    }
    return any;
}

/* Whether a cell of line l is a number alone; if so, *band is line l with the height of those cells
 * only (a rowspan label's piece on the line, 结果, may sit lower than the row). */
static int holds_number(const glyph *g, const line *l, line *band)
{
    size_t *st = malloc((l->n + 1) * sizeof *st), k = nb_pdf_line_cells(g, l, NULL, st, l->n + 1), any = 0;
    if (!st) nb_oom();
    *band = *l;
    for (size_t c = 0; c < k; c++) {
        size_t e = c + 1 < k ? st[c + 1] : l->n;
        if (!nb_pdf_number_cell(g, l, st[c], e)) continue;
        cellbox b = nb_pdf_cell_extent(g, l, st[c], e);
        band->y1 = any ? fmin(band->y1, b.y1) : b.y1;
        band->y2 = any ? fmax(band->y2, b.y2) : b.y2;
        any = 1;
    }
    free(st);
    return any > 0;
}

/* The cells of line l (their starts in starts[0, cap)), of which those from *first on are numbers
 * alone and those before are not (pieces of labels on the left: a rowspan label's line, 三、, beside
 * a wrapped number's head): the count of cells, or 0 where the line ends in no number alone or one
 * stands among its label's pieces. */
static size_t number_cells(const glyph *g, const line *l, size_t *starts, size_t cap, size_t *first)
{
    size_t k = nb_pdf_line_cells(g, l, NULL, starts, cap), f = k;
    if (k > cap) return 0;
    for (size_t c = k; c-- > 0 && nb_pdf_number_cell(g, l, starts[c], c + 1 < k ? starts[c + 1] : l->n);) f = c;
    if (f == k) return 0; /* no number alone at its end (and starts[k] is not set) */
    for (size_t c = 0; c < f; c++)
        if (nb_pdf_number_cell(g, l, starts[c], starts[c + 1])) return 0;
    *first = f;
    return f < k ? k : 0;
}

/* Whether the heads' band [hy1, hy2] and the tails' [ty1, ty2] straddle row line L's band: the heads
 * end inside it (or, not strict, right at its top), the tails start inside it (or right at its
 * bottom), the two centred around its middle. Strict where heads and tails end lines of whole rows'
 * look (a label, a unit, a number): three such rows set close touch, a cell's lines overlap L. */
static int straddles(double hy1, double hy2, const line *L, double ty1, double ty2, int strict)
{
    double tol = 0.25 * L->em, near = strict ? 0 : tol, mid = (L->y1 + L->y2) / 2;
    return hy1 < L->y1 && hy2 > L->y1 - near && hy2 < mid && ty2 > L->y2 && ty1 < L->y2 + near && ty1 > mid &&
           fabs((hy1 + ty2) / 2 - mid) <= tol;
}

/* Whether no glyph of line L stands over [x1, x2], or (r given) in the cell box of r's rules around
 * [x1, x2] x [y1, y2]. */
static int row_clear(const glyph *g, const line *L, const nb_rules *r, double x1, double y1, double x2, double y2)
{
    cellbox b = {x1, y1, x2, y2};
    if (r && !nb_rules_box(r, x1, y1, x2, y2, 1.5, &b.x1, &b.y1, &b.x2, &b.y2)) return 0;
    for (size_t j = 0; j < L->n; j++) {
        const glyph *x = &g[L->g + j];
        if (r ? (x->x1 + x->x2) / 2 > b.x1 && (x->x1 + x->x2) / 2 < b.x2 : x->x1 < b.x2 && b.x1 < x->x2) return 0;
    }
    return 1;
}

/* The k heads of line H (cells starting at sh[0, k), the last ending the line) and the k tails of
 * line T (st[0, k)): whether they pair off, tail c under head c (their columns overlap), each pair's
 * columns apart from the next's and row line L clear over each; their bands in *hb, *tb. */
static int paired(const glyph *g, const line *H, const line *L, const line *T, const size_t *sh, const size_t *st,
                  size_t k, cellbox *hs, cellbox *ts)
{
    double prev = -INFINITY;
    for (size_t c = 0; c < k; c++) {
        cellbox hb = nb_pdf_cell_extent(g, H, sh[c], c + 1 < k ? sh[c + 1] : H->n),
                tb = nb_pdf_cell_extent(g, T, st[c], c + 1 < k ? st[c + 1] : T->n);
        double x1 = fmin(hb.x1, tb.x1), x2 = fmax(hb.x2, tb.x2);
        if (!(hb.x1 < tb.x2 && tb.x1 < hb.x2) || x1 <= prev || !row_clear(g, L, NULL, x1, 0, x2, 0)) return 0;
        prev = x2;
        if (c == 0) *hs = hb, *ts = tb;
        hs->y1 = fmin(hs->y1, hb.y1), hs->y2 = fmax(hs->y2, hb.y2);
        ts->y1 = fmin(ts->y1, tb.y1), ts->y2 = fmax(ts->y2, tb.y2);
    }
    return 1;
}

/* Whether a number alone on row line L has a piece of itself on another line within the cell box
 * the rules close around it (a number wrapped over three lines: 1 / 7 / 6 for 176, its middle on the
 * row's line while the two-line numbers beside it straddle it). Joining the two-line numbers would
 * then give the row all its cells, the middle piece read as a whole number: no join, the row is left
 * with its pieces (null where it is read). Lines [lo, hi) are those around L looked at. */
static int cell_runs_over(const glyph *g, const line *lv, size_t lo, size_t hi, size_t i, const nb_rules *r)
{
    const line *L = &lv[i];
    size_t *st = malloc((L->n + 1) * sizeof *st), k = nb_pdf_line_cells(g, L, NULL, st, L->n + 1);
    if (!st) nb_oom();
    int over = 0;
    for (size_t c = 0; c < k && !over; c++) {
        size_t e = c + 1 < k ? st[c + 1] : L->n;
        if (!nb_pdf_number_cell(g, L, st[c], e)) continue;
        cellbox b = nb_pdf_cell_extent(g, L, st[c], e), box;
        if (!nb_rules_box(r, b.x1, b.y1, b.x2, b.y2, 1.5, &box.x1, &box.y1, &box.x2, &box.y2)) continue;
        for (size_t q = lo; q < hi && !over; q++) {
            if (q == i) continue;
            for (size_t j = 0; j < lv[q].n && !over; j++) {
                const glyph *x = &g[lv[q].g + j];
                double xc = (x->x1 + x->x2) / 2, yc = gyc(x);
                over = any_digit(x->c) && xc > box.x1 && xc < box.x2 && yc > box.y1 && yc < box.y2;
            }
        }
    }
    free(st);
    return over;
}

/* Glyph src moved to tmp[*n], its mark with it. */
static void take(glyph *tmp, unsigned char *mark, size_t *n, const glyph *g, const unsigned char *wrap, size_t src)
{
    mark[*n] = wrap[src];
    tmp[(*n)++] = g[src];
}

/* Rows whose every number wrapped (Writer's print of a narrow table: 283 / 一、本年新收… / 2 beside
 * 59 / 6 …) are several such pairs on the same three lines, each joined or written head↵tail on its
 * own; the row's line then holds its label alone. Heads and tails may end lines that hold pieces of
 * a label on their left (a rowspan label's lines, 三、 / 本年度, or the row's own label's two lines
 * around its numbers' line): the numbers move to the row's line, the label pieces stay. */
void nb_pdf_join_straddled(glyph *g, vec *ls, size_t from, int page, rulebook *rb, unsigned char *wrap)
{
    for (size_t i = from + 1; i + 1 < ls->n; i++) {
        line *lv = ls->v, *H = &lv[i - 1], *L = &lv[i], *T = &lv[i + 1];
        size_t one, fh, ft;
        /* L holds the row's label or its numbers: more than one cell, or one that is no number alone */
        if (!L->n || (nb_pdf_line_cells(g, L, NULL, &one, 1) == 1 && nb_pdf_number_cell(g, L, 0, L->n))) continue;
        size_t *sh = malloc((H->n + T->n + 2) * sizeof *sh), *st = sh + H->n + 1;
        if (!sh) nb_oom();
        size_t kh = number_cells(g, H, sh, H->n + 1, &fh), kt = number_cells(g, T, st, T->n + 1, &ft), k = kh - fh;
        cellbox hb = {0, 0, 0, 0}, tb = hb;
        line band = *L; /* the row's band: that of its numbers, beside label pieces */
        /* with label pieces beside them, heads and tails are a row's only where the row's line holds
           numbers of its own (two whole rows around a line of next to nothing are not) */
        if (!kh || !kt || kt - ft != k || ((fh || ft) && !holds_number(g, L, &band)) ||
            !paired(g, H, L, T, sh + fh, st + ft, k, &hb, &tb) ||
            !straddles(hb.y1, hb.y2, &band, tb.y1, tb.y2, fh || ft)) {
            free(sh);
            continue;
        }
        const nb_rules *r = nb_pdf_rules_of(rb, page);
        if (r && cell_runs_over(g, lv, i >= from + 2 ? i - 2 : from, i + 3 < ls->n ? i + 3 : ls->n, i, r)) {
            free(sh);
            continue;
        }
        size_t total = H->n + L->n + T->n, hl = sh[fh], tl = st[ft], n = 0, at = 0;
        glyph *tmp = malloc(total * sizeof *tmp);
        unsigned char *mark = calloc(total, 1);
        if (!tmp || !mark) nb_oom();
        for (size_t j = 0; j < hl; j++) take(tmp, mark, &n, g, wrap, H->g + j);
        for (size_t c = fh, d = ft; c < kh; c++, d++) {
            size_t he = c + 1 < kh ? sh[c + 1] : H->n, te = d + 1 < kt ? st[d + 1] : T->n;
            cellbox h = nb_pdf_cell_extent(g, H, sh[c], he), t = nb_pdf_cell_extent(g, T, st[d], te);
            double x1 = fmin(h.x1, t.x1), x2 = fmax(h.x2, t.x2);
            /* over the column of head and tail alone: the row's line between is elsewhere */
            int joined = r && row_clear(g, L, r, x1, h.y1, x2, t.y2) &&
                         one_box(g, lv, from, ls->n, r, x1, x2, i - 1, sh[c], he, i + 1, st[d], te);
            while (at < L->n && g[L->g + at].x1 < x1) take(tmp, mark, &n, g, wrap, L->g + at++);
            for (size_t j = sh[c]; j < he; j++) take(tmp, mark, &n, g, wrap, H->g + j);
            size_t t0 = n;
            for (size_t j = st[d]; j < te; j++) take(tmp, mark, &n, g, wrap, T->g + j);
            if (!joined) mark[t0] = 1;
        }
        while (at < L->n) take(tmp, mark, &n, g, wrap, L->g + at++);
        for (size_t j = 0; j < tl; j++) take(tmp, mark, &n, g, wrap, T->g + j);
        memcpy(g + H->g, tmp, total * sizeof *tmp);
        memcpy(wrap + H->g, mark, total);
        free(tmp);
        free(mark);
        free(sh);
        /* the label pieces left of heads and tails (if any), the row's line between */
        line m[3] = {*H, *L, *T}, *keep = m;
        m[0].n = hl;
        m[1].g = H->g + hl;
        m[1].n = total - hl - tl;
        m[1].x1 = fmin(L->x1, fmin(hb.x1, tb.x1));
        m[1].x2 = fmax(L->x2, fmax(hb.x2, tb.x2));
        m[2].g = m[1].g + m[1].n;
        m[2].n = tl;
        size_t kept = 0;
        for (size_t q = 0; q < 3; q++) {
            if (!m[q].n) continue;
            if (q != 1) fit(g, &m[q]);
            keep[kept++] = m[q];
        }
        memcpy(&lv[i - 1], keep, kept * sizeof *keep);
        memmove(&lv[i - 1 + kept], &lv[i + 2], (ls->n - i - 2) * sizeof *lv);
        ls->n -= 3 - kept;
    }
}
