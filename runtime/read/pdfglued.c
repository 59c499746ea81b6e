/* pdfglued.c — a row's cells glued edge to edge, parted at the rules behind them (pdfglued.h). */
#include "pdfglued.h"

#include <math.h>
#include <string.h>

/* A rule stands at a glyph's edge within a quarter of the glyph's width: nearer to that edge than
 * to the glyph's middle (poppler's boxes of glyphs set edge to edge are their advances, which may
 * run a little past where the print put the next cell: 4477 ends 0.6 pt past its cell's rule). */
#define RULE_TOL 0.25
#define EDGE_TOL 0.05 /* em: two glyphs set edge to edge */

static double w(const nb_gbox *g) { return g->x2 - g->x1; }

/* a glyph a cell's value is made of: a digit of either width, a dash or a slash (a blank cell) */
static int value_glyph(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) || c == '-' || c == '/' || c == 0x2013 ||
           c == 0x2014 || c == 0x2015 || c == 0xFF0F;
}

/* Whether a vertical rule of r at x (within tol) runs across the band [y1, y2]: whole, or interrupted only where
 * the text is drawn over it (a segment reaching into the band from above and one from below). */
static int rule_behind(const nb_rules *r, double x, double tol, double y1, double y2, double slack)
{
    int above = 0, below = 0;
    for (size_t i = 0; i < r->nv; i++) {
        const nb_rule *v = &r->v[i];
        if (fabs(v->at - x) > tol) continue;
        if (v->a <= y1 && v->b >= y2) return 1;
        above |= v->a < y1 - slack && v->b >= y1 - slack;
        below |= v->b > y2 + slack && v->a <= y2 + slack;
    }
    return above && below;
}

void nb_pdf_glued_parts(const nb_gbox *g, size_t n, double em, const nb_rules *r, unsigned char *part)
{
    memset(part, 0, n);
    if (!r) return;
    for (size_t s = 0; s < n;) {
        size_t e = s + 1;
        if (value_glyph(g[s].c))
            while (e < n && value_glyph(g[e].c) && fabs(g[e].x1 - g[e - 1].x2) <= EDGE_TOL * em) e++;
        if (e - s < 2) {
            s = e;
            continue;
        }
        double y1 = g[s].y1, y2 = g[s].y2;
        for (size_t j = s + 1; j < e; j++) {
            y1 = fmin(y1, g[j].y1);
            y2 = fmax(y2, g[j].y2);
        }
        double slack = 0.3 * em;
        size_t cuts = 0;
        for (size_t j = s + 1; j < e; j++)
            cuts += part[j] = (unsigned char)rule_behind(r, (g[j - 1].x2 + g[j].x1) / 2,
                                                         RULE_TOL * fmin(w(&g[j - 1]), w(&g[j])), y1, y2, slack);
        if (cuts && !(rule_behind(r, g[s].x1, RULE_TOL * w(&g[s]), y1, y2, slack) &&
                      rule_behind(r, g[e - 1].x2, RULE_TOL * w(&g[e - 1]), y1, y2, slack)))
            memset(part + s, 0, e - s);
        s = e;
    }
}
