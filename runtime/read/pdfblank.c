/* pdfblank.c — a row's blank cells that the page's rules show (pdfrows_int.h).
 *
 * A print of a ruled table draws nothing in a blank cell: the row's text runs from the value before
 * it to the value after it, one cell short, and the tables leave the row null rather than guess
 * which cell was blank (a Word grid pasted into a page, 0 | | ２０ | 6, each cell centred, so that
 * no column of positions tells it either). The rules still show the cell: a closed box between the
 * two values, level with the row, holding no glyph of any line of the page. Each such box is written
 * as an empty cell, which the tables read as blank. Only before a value (a number, a dash, a slash)
 * of a line that holds two values at least: a row of values, not a header's or a label's pieces. */
#include <math.h>

#include "pdfrows_int.h"

#define TOL 1.5      /* points: where rules found in a picture meet */
#define MIN_WIDTH 1. /* em: a narrower box between two rules is no cell (a double border) */
/* a blank cell is about as wide as the value's cell after it (a table's columns of counts); a box
   much narrower is no cell of the row */
#define WIDTH_SHARE 0.6

/* Whether glyph x is a value's: a digit of either width, a dash or a slash. */
static int value_glyph(uint32_t c)
{
    return any_digit(c) || c == '-' || c == '/' || c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0xFF0F;
}

/* Whether c is a count's unit that a page types after a count in its cell (36件). */
static int unit_glyph(uint32_t c) { return c == 0x4EF6 /* 件 */ || c == 0x6761 /* 条 */ || c == 0x6B21 /* 次 */; }

/* Whether glyphs [s, e) of line l are a value alone, or a count and its unit. */
static int value_cell(const glyph *g, const line *l, size_t s, size_t e)
{
    if (e > s + 1 && unit_glyph(g[l->g + e - 1].c)) e--;
    if (nb_pdf_number_cell(g, l, s, e)) return 1;
    for (size_t j = s; j < e; j++)
        if (!value_glyph(g[l->g + j].c)) return 0;
    return e > s;
}

/* Whether no glyph of lines [from, to) but line `but` (NULL: none) has its middle inside box b. */
static int box_empty(const glyph *g, const line *lv, size_t from, size_t to, const cellbox *b, const line *but)
{
    for (size_t i = from; i < to; i++) {
        if (&lv[i] == but || lv[i].y2 < b->y1 || lv[i].y1 > b->y2) continue;
        for (size_t j = 0; j < lv[i].n; j++) {
            const glyph *x = &g[lv[i].g + j];
            double cx = (x->x1 + x->x2) / 2, cy = gyc(x);
            if (cx > b->x1 && cx < b->x2 && cy > b->y1 && cy < b->y2) return 0;
        }
    }
    return 1;
}

/* The width of the cell box of the rules around extent b, or 0 where they close none. */
static double box_width(const nb_rules *r, const cellbox *b)
{
    cellbox box;
    return nb_rules_box(r, b->x1, b->y1, b->x2, b->y2, TOL, &box.x1, &box.y1, &box.x2, &box.y2) ? box.x2 - box.x1 : 0;
}

size_t nb_pdf_blank_cells(const glyph *g, const line *lv, size_t from, size_t to, const line *l, const size_t *starts,
                          size_t k, const nb_rules *r, size_t *before)
{
    size_t values = 0, total = 0;
    for (size_t c = 0; c < k; c++) {
        before[c] = 0;
        values += value_cell(g, l, starts[c], c + 1 < k ? starts[c + 1] : l->n);
    }
    if (!r || values < 2) return 0;
    /* a value whose cell holds glyphs of another line too is a wrapped number's piece (２ over ０):
       placed by blanks, the piece would be read as the cell's whole number */
    for (size_t c = 0; c < k; c++) {
        size_t e = c + 1 < k ? starts[c + 1] : l->n;
        cellbox x = nb_pdf_cell_extent(g, l, starts[c], e), box;
        if (value_cell(g, l, starts[c], e) &&
            (!nb_rules_box(r, x.x1, x.y1, x.x2, x.y2, TOL, &box.x1, &box.y1, &box.x2, &box.y2) ||
             !box_empty(g, lv, from, to, &box, l)))
            return 0;
    }
    for (size_t c = 1; c < k; c++) {
        size_t e = c + 1 < k ? starts[c + 1] : l->n;
        if (!value_cell(g, l, starts[c], e)) continue;
        cellbox a = nb_pdf_cell_extent(g, l, starts[c - 1], starts[c]), b = nb_pdf_cell_extent(g, l, starts[c], e);
        double y1 = fmax(a.y1, b.y1), y2 = fmin(a.y2, b.y2);
        if (y2 <= y1) continue; /* the two cells are not level */
        /* the vertical rules between the two cells, along the row's band, left to right */
        double prev = a.x2, value_width = box_width(r, &b);
        size_t blanks = 0;
        int ok = 1, any = 0;
        for (size_t i = 0; i < r->nv && ok; i++) {
            const nb_rule *v = &r->v[i];
            if (v->at <= a.x2 || v->at >= b.x1 || v->a > y1 || v->b < y2) continue;
            /* a box between the last rule and this one; two rules closer are one border drawn
               double (a browser's cell spacing), no cell between */
            if (any && v->at - prev >= MIN_WIDTH * l->em) {
                cellbox box;
                double mid = (prev + v->at) / 2;
                ok = nb_rules_box(r, mid - 0.1, y1, mid + 0.1, y2, TOL, &box.x1, &box.y1, &box.x2, &box.y2) &&
                     fabs(box.x1 - prev) <= TOL && fabs(box.x2 - v->at) <= TOL && box_empty(g, lv, from, to, &box, NULL) &&
                     v->at - prev >= WIDTH_SHARE * value_width;
                blanks++;
            }
            prev = v->at;
            any = 1;
        }
        if (!ok) continue; /* a box not closed, too narrow or not empty: the cells say nothing certain */
        before[c] = blanks;
        total += blanks;
    }
    return total;
}
