/* pdfclip.c — glyphs a page cuts at its edges (pdfclip.h). */
#include "pdfclip.h"

#include <math.h>

/* A glyph's box runs past its ink by its side bearing: past an edge by less than this share of its
 * width it may be whole (Writer's justified prose runs 0.3 pt past what it draws; Chromium's last
 * glyph of a line 0.5 pt past its margin); a clip cuts a digit by more (the 7 of 187: 3.8 of 4.5 pt). */
#define CROSS_SHARE 0.1

/* A glyph's side bearing is at most this share of its width (a digit's 0.1 em of its 0.5 em): one
 * that ends closer to a cut edge may have had another after it, wholly outside. */
#define NEAR_SHARE 0.3

static double width_of(const nb_glyph *g) { return g->x2 - g->x1; }

static int crosses_right(const nb_glyph *g, double edge)
{
    return width_of(g) > 0 && g->x2 - edge > CROSS_SHARE * width_of(g);
}

static int crosses_left(const nb_glyph *g, double edge)
{
    return width_of(g) > 0 && edge - g->x1 > CROSS_SHARE * width_of(g);
}

size_t nb_pdf_mark_cut(nb_glyph *g, size_t n, const nb_page_view *v)
{
    /* the edges: the page's, or those of what it draws where they lie inside (the clip) */
    double left = 0, right = v->width;
    if (v->drawn_x1 <= v->drawn_x2 && isfinite(v->drawn_x1) && isfinite(v->drawn_x2)) {
        left = fmax(left, v->drawn_x1);
        right = fmin(right, v->drawn_x2);
    }
    size_t crossed = 0;
    int cut_right = 0, cut_left = 0;
    for (size_t i = 0; i < n; i++) {
        g[i].cut = 0;
        if (crosses_right(&g[i], right)) g[i].cut |= NB_CUT_RIGHT;
        if (crosses_left(&g[i], left)) g[i].cut |= NB_CUT_LEFT;
        cut_right |= g[i].cut & NB_CUT_RIGHT;
        cut_left |= g[i].cut & NB_CUT_LEFT;
        crossed += g[i].cut != 0;
    }
    /* at an edge that cuts: a glyph after which a next one would have stood outside, not drawn (a
       browser's print leaves out a glyph whose ink is all past the clip: its box may start inside
       by its side bearing) */
    for (size_t i = 0; i < n && (cut_right || cut_left); i++) {
        double w = NEAR_SHARE * width_of(&g[i]);
        if (cut_right && !(g[i].cut & NB_CUT_RIGHT) && g[i].x2 + w > right) g[i].cut |= NB_NEAR_RIGHT;
        if (cut_left && !(g[i].cut & NB_CUT_LEFT) && g[i].x1 - w < left) g[i].cut |= NB_NEAR_LEFT;
    }
    return crossed;
}
