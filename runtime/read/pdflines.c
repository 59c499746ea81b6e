/* pdflines.c — a page's glyphs grouped into lines (pdfrows_int.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pdfrows_int.h"

/* sort by vertical centre, then by position in the text (qsort is not stable: the index decides) */
typedef struct ord {
    double key;
    size_t i;
} ord;

static int by_key(const void *a, const void *b)
{
    const ord *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

/* Whether glyph x stands over one of the k glyphs of a line: then it is on another line (a table
 * cell's second line, or a row's number centred between its label's two lines). */
static int overlaps(const glyph *g, const ord *o, size_t k, const glyph *x)
{
    for (size_t i = 0; i < k; i++) {
        const glyph *a = &g[o[i].i];
        double w = fmin(gw(a), gw(x));
        if (w > 0 && fmin(a->x2, x->x2) - fmax(a->x1, x->x1) > 0.3 * w) return 1;
    }
    return 0;
}

/* Whether glyphs a and b (a drawn right before b) are of one run of text: one font and size on one
 * baseline (poppler gives them the same box top and bottom), next to each other in the text. */
static int one_run(const glyph *a, const glyph *b)
{
    return a->page == b->page && b->idx > a->idx && b->idx - a->idx <= 2 && fabs(a->y1 - b->y1) < 0.01 &&
           fabs(a->y2 - b->y2) < 0.01 && b->x1 >= a->x1;
}

#define TALL_BOX 1.8 /* a CJK glyph's box this many times as tall as wide is not its glyph's height */

/* Boxes far taller than their glyphs, brought to the glyphs' height. A browser's print draws a bold
 * face the font lacks as a Type 3 font, whose boxes poppler makes 2.6 em tall (a table's header
 * 第二十条第（八）项 over the two rows around it): a run of text whose CJK glyphs are so gets the
 * height of their em square, their width, around the box's centre. Runs of Latin or digits
 * alone are left as they are (their width says nothing of the em). */
void nb_pdf_tall_boxes(glyph *g, size_t n)
{
    for (size_t s = 0, e; s < n; s = e) {
        double em = 0; /* the widest CJK glyph of the run: its em square */
        for (e = s; e < n && (e == s || one_run(&g[e - 1], &g[e])); e++)
            if (wide(g[e].c)) em = fmax(em, gw(&g[e]));
        if (!(em > 0 && gh(&g[s]) > TALL_BOX * em)) continue;
        for (size_t j = s; j < e; j++) {
            double c = gyc(&g[j]);
            g[j].y1 = c - em / 2;
            g[j].y2 = c + em / 2;
        }
    }
}

/* Groups a page's glyphs [from, to) into lines (top to bottom, each left to right), reordering
 * them in place. A glyph joins the line whose centre is within half a glyph height of its own. */
void nb_pdf_page_lines(glyph *all, size_t from, size_t to, int page, vec *lines)
{
    size_t n = to - from;
    if (!n) return;
    glyph *g = all + from;
    ord *o = malloc(n * sizeof *o);
    glyph *tmp = malloc(n * sizeof *tmp);
    size_t *ends = malloc(n * sizeof *ends);
    double *hs = malloc(n * sizeof *hs);
    if (!o || !tmp || !ends || !hs) nb_oom();
    for (size_t i = 0; i < n; i++) o[i] = (ord){gyc(&g[i]), i};
    qsort(o, n, sizeof *o, by_key);
    size_t s = 0, nl = 0;
    while (s < n) {
        double yc = gyc(&g[o[s].i]), h = gh(&g[o[s].i]);
        size_t e = s + 1;
        while (e < n) {
            const glyph *x = &g[o[e].i];
            double hh = fmax(h, gh(x));
            if (fabs(gyc(x) - yc) > 0.5 * (hh > 0 ? hh : 1)) break;
            if (e - s <= 256 && overlaps(g, o + s, e - s, x)) {
                /* x stands over a glyph of the line: so does its run, whose glyphs before it in
                   the line go with it (第二 of 第二十条… beside a row whose number is under 十) */
                while (e - 1 > s && one_run(&g[o[e - 1].i], &g[o[e].i]) && gyc(&g[o[e - 1].i]) == gyc(x)) e--;
                break;
            }
            yc = (yc * (double)(e - s) + gyc(x)) / (double)(e - s + 1);
            h = hh;
            e++;
        }
        for (size_t j = s; j < e; j++) o[j].key = g[o[j].i].x1;
        qsort(o + s, e - s, sizeof *o, by_key);
        ends[nl++] = e;
        s = e;
    }
    for (size_t i = 0; i < n; i++) tmp[i] = g[o[i].i];
    memcpy(g, tmp, n * sizeof *g);
    s = 0;
    for (size_t k = 0; k < nl; k++) {
        size_t e = ends[k];
        line *l = vec_push(lines);
        l->g = from + s;
        l->n = e - s;
        l->x1 = g[s].x1;
        l->x2 = g[s].x2;
        l->y1 = g[s].y1;
        l->y2 = g[s].y2;
        for (size_t j = s; j < e; j++) {
            l->x2 = fmax(l->x2, g[j].x2);
            l->y1 = fmin(l->y1, g[j].y1);
            l->y2 = fmax(l->y2, g[j].y2);
            hs[j - s] = gh(&g[j]);
        }
        qsort(hs, e - s, sizeof *hs, cmp_double); /* the median height: the line's em */
        l->em = hs[(e - s) / 2] > 0 ? hs[(e - s) / 2] : 1;
        l->page = page;
        s = e;
    }
    free(hs);
    free(ends);
    free(tmp);
    free(o);
}
