/* pdfcells.c — where the cells of a rebuilt line start (pdfrows_int.h). */
#include <math.h>
#include <stdlib.h>

#include "pdfglued.h"
#include "pdfrows_int.h"

#define CELL_GAP 1.5  /* a gap wider than this many character widths separates two cells */
#define DIGIT_GAP 0.1 /* between two digits, a gap of this many em parts two numbers */

/* The width a glyph stands for: its box, or a share of the em where a producer gave none. */
static double char_width(const glyph *g, double em)
{
    double w = gw(g);
    return w > 0.3 * em ? w : 0.3 * em;
}

/* Whether glyphs a and b, of one size, stand on two baselines: two cells of a table whose texts are
 * centred in cells of different heights, set close in a table without padding (the group label
 * （四）无 beside 2.没有现成信息, 4.7 pt lower). */
static int off_baseline(const glyph *a, const glyph *b)
{
    double ha = gh(a), hb = gh(b);
    return ha > 0 && hb > 0 && fabs(ha - hb) <= 0.05 * fmax(ha, hb) && fabs(gyc(a) - gyc(b)) > 0.25 * fmin(ha, hb);
}

/* Whether c is a CJK ideograph (not a digit, a mark or punctuation). */
static int ideograph(uint32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

/* Whether glyphs j - 1 and j of line l are a two-glyph word spaced out with one or two full-width
 * spaces, as a legacy 统计表's header is typed (指　标, 单　位) or a short label set to the width of
 * longer ones (规　　章 over 行政规范性文件): two ideographs of one width, each alone (nothing within
 * a cell's gap before the first or after the second), the gap between them one or two glyphs wide.
 * Two cells side by side are set apart by their padding, not by whole ems to a hundredth. */
static int spaced_word(const glyph *g, const line *l, size_t j)
{
    const glyph *a = &g[l->g + j - 1], *b = &g[l->g + j];
    double w = gw(a), gap = b->x1 - a->x2;
    if (!ideograph(a->c) || !ideograph(b->c) || !(w > 0 && fabs(gw(b) - w) <= 0.02 * w)) return 0;
    if (fabs(gap - w) > 0.05 * w && fabs(gap - 2 * w) > 0.05 * w) return 0;
    if (j >= 2 && a->x1 - g[l->g + j - 2].x2 <= CELL_GAP * w) return 0;
    if (j + 1 < l->n && g[l->g + j + 1].x1 - b->x2 <= CELL_GAP * w) return 0;
    return 1;
}

/* Where the cells of a line start: c[0] = 0, and a new cell wherever the gap before a glyph is wider
 * than CELL_GAP character widths, or a ruled line of the page (r, or NULL) parts it from the glyph
 * before (a narrow table's cells set close: 不予公 beside 国家秘). On a line known to be a table's row
 * (spaced), a space between two CJK glyphs half an em wide or more parts them too (a group label's
 * first line, 三、, beside the row's label （一）予以公开; in prose a heading's 一、 总体情况 stays whole).
 * Two glyphs of a word spaced out (spaced_word: 指　标, 规　　章) stay one cell but where a rule parts them;
 * so do numbers set edge to edge with a rule behind them (pdfglued.h). Returns the number of cells. */
size_t nb_pdf_line_cells_at(const glyph *g, const line *l, const nb_rules *r, int spaced, size_t *starts, size_t cap)
{
    size_t k = 0;
    unsigned char *part = r ? malloc(l->n + 1) : NULL; /* cells glued edge to edge, a rule behind (pdfglued.h) */
    if (r) {
        nb_gbox *bx = malloc((l->n + 1) * sizeof *bx);
        if (!part || !bx) nb_oom();
        for (size_t j = 0; j < l->n; j++) {
            const glyph *x = &g[l->g + j];
            bx[j] = (nb_gbox){x->x1, x->y1, x->x2, x->y2, x->c};
        }
        nb_pdf_glued_parts(bx, l->n, l->em, r, part);
        free(bx);
    }
    for (size_t j = 0; j < l->n; j++) {
        if (j > 0) {
            const glyph *a = &g[l->g + j - 1], *b = &g[l->g + j];
            double cw = (char_width(a, l->em) + char_width(b, l->em)) / 2;
            /* a row's label and its first number, closer than cells usually are: a CJK glyph and a
               digit with a gap (prose sets 2023年 without one) */
            int fw = wide(a->c) && any_digit(a->c) && wide(b->c) && any_digit(b->c); /* ２０: one number */
            int cjk_digit = !fw && ((wide(a->c) && any_digit(b->c)) || (any_digit(a->c) && wide(b->c))); /* (条 １０, ７３ 1) */
            /* two table cells side by side, drawn apart (三、本 beside （四）): a gap, and the text
               does not run on from one glyph to the other */
            int apart = (b->idx > a->idx ? b->idx - a->idx : a->idx - b->idx) > 2;
            double gap = b->x1 - a->x2;
            double yc = (l->y1 + l->y2) / 2, h = 0.3 * l->em;
            /* the digits of a number stand edge to edge; two numbers set close in narrow cells (205
               and 154, 0.14 em apart) are two cells, never one number 205154 */
            int digits_apart = a->c >= '0' && a->c <= '9' && b->c >= '0' && b->c <= '9' && gap > DIGIT_GAP * l->em;
            int close = spaced_word(g, l, j) ||
                        (!digits_apart && gap <= (cjk_digit ? 0.8 : CELL_GAP) * cw && !(apart && gap > 0.4 * cw) &&
                         !(gap > 0.1 * cw && off_baseline(a, b)) &&
                         !(spaced && wide(a->c) && wide(b->c) && b->idx == a->idx + 2 && gap > 0.5 * cw));
            int ruled = r && gap > 0 && nb_rules_vcross(r, a->x2 - 0.3, b->x1 + 0.3, yc - h, yc + h);
            if (close && !ruled && !(part && part[j])) continue;
        }
        if (k < cap) starts[k] = j;
        k++;
    }
    free(part);
    return k;
}

size_t nb_pdf_line_cells(const glyph *g, const line *l, const nb_rules *r, size_t *starts, size_t cap)
{
    return nb_pdf_line_cells_at(g, l, r, 0, starts, cap);
}
