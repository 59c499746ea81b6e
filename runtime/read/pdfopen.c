/* pdfopen.c — a table's cell that the page's clip cuts away whole (pdfrows_int.h).
 *
 * A browser's print of a table wider than its page (Chromium at A5, or at 150 %) draws it up to the
 * clip at the page's margin: the cells past it are not drawn at all, and a row's text ends with the
 * last cell the clip left (其他, 总计 gone), one value short. The picture of the page still shows
 * where that is so: the row's last value closed on its right by its cell's border, and the row's top
 * and bottom borders running on past it into a cell that no border closes (they stop at the clip).
 * That value stands whole, a border between it and the clip (a digit after it would have been drawn
 * left of that border, inside the clip); the cell after it is a value not shown, written … (pdfrows.c),
 * so that the row holds its place and the tables read what it shows and leave that cell null. Only
 * after two numbers: a row of values (table 三's, 四's), not a 统计表's (条 2863, then a note cut away). */
#include <math.h>

#include "pdfrows_int.h"

#define TOL 2.0 /* points: where rules found in a picture meet */

/* The nearest horizontal rule above (up) or below the band [y1, y2] that runs over x: NULL if none. */
static const nb_rule *row_border(const nb_rules *r, double x, double y1, double y2, int up)
{
    const nb_rule *best = NULL;
    for (size_t i = 0; i < r->nh; i++) {
        const nb_rule *h = &r->h[i];
        if (h->a > x - TOL || h->b < x + TOL) continue;
        if (up ? h->at < y1 && (!best || h->at > best->at) : h->at > y2 && (!best || h->at < best->at)) best = h;
    }
    return best;
}

int nb_pdf_open_cell(const glyph *g, const line *l, const size_t *starts, size_t k, const nb_rules *r, double *x)
{
    /* a row of values, its last two cells numbers (not a 统计表's row, 条 2863, whose cut cell is a note) */
    if (!r || k < 2 || !nb_pdf_number_cell(g, l, starts[k - 2], starts[k - 1]) ||
        !nb_pdf_number_cell(g, l, starts[k - 1], l->n))
        return 0;
    const glyph *last = &g[l->g + l->n - 1];
    if (last->cut) return 0;
    /* the border that closes the last value's cell: the nearest vertical rule right of it along the line */
    const nb_rule *v = NULL;
    for (size_t i = 0; i < r->nv; i++)
        if (r->v[i].at > last->x2 && r->v[i].a <= l->y1 && r->v[i].b >= l->y2 && (!v || r->v[i].at < v->at))
            v = &r->v[i];
    if (!v) return 0;
    const nb_rule *top = row_border(r, v->at, l->y1, l->y2, 1), *bottom = row_border(r, v->at, l->y1, l->y2, 0);
    if (!top || !bottom || v->a > top->at + TOL || v->b < bottom->at - TOL) return 0; /* it closes the row's cell */
    /* the top and bottom borders run on an em at least past it, and stop together (at the clip) */
    double end = fmin(top->b, bottom->b);
    if (end < v->at + l->em || fabs(top->b - bottom->b) > TOL) return 0;
    /* and no border closes the cell after it */
    for (size_t i = 0; i < r->nv; i++)
        if (r->v[i].at > v->at + TOL && r->v[i].at < end + TOL && r->v[i].a < bottom->at && r->v[i].b > top->at)
            return 0;
    *x = v->at + 0.5 * l->em;
    return 1;
}
