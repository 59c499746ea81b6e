/* pdfrules.c — ruled lines from a picture of a page, and the cell boxes they close (pdfrules.h). */
#include "pdfrules.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"

typedef struct rvec {
    nb_rule *v;
    size_t n, cap;
} rvec;

static void push(rvec *r, double at, double a, double b)
{
    nb_grow((void **)&r->v, &r->cap, r->n, sizeof *r->v);
    r->v[r->n++] = (nb_rule){at, a, b};
}

/* dark enough to be ink: a hairline drawn across two pixels still is (anti-aliased, half grey);
   a pale cell shading is not */
static int dark(const unsigned char *row, int x)
{
    uint32_t p;
    memcpy(&p, row + 4 * (size_t)x, 4);
    unsigned r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF;
    return r * 299 + g * 587 + b * 114 < 160 * 1000;
}

/* pale ink: the light grey hairline a browser draws for a table's border="1" (0xD4 when printed) */
static int faint(const unsigned char *px, int w, int h, int stride, int x, int y)
{
    if (x < 0 || y < 0 || x >= w || y >= h) return 0;
    uint32_t p;
    memcpy(&p, px + (size_t)y * (size_t)stride + 4 * (size_t)x, 4);
    unsigned r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF;
    return r * 299 + g * 587 + b * 114 < 235 * 1000;
}

/* Whether a pixel from k0 to k away from (x, y) in direction (dx, dy) is clear: past a thin line's
 * anti-aliased pixels there is paper before whatever else is drawn there (the glyphs of a row set
 * right against the hairline under it, on a page shrunk to fit: 1 pt away, at 2 pixels a point). */
static int clear_past(const unsigned char *px, int w, int h, int stride, int x, int y, int dx, int dy, int k0, int k)
{
    for (int d = k0; d <= k; d++)
        if (!faint(px, w, h, stride, x + d * dx, y + d * dy)) return 1;
    return 0;
}

/* Whether pixel (x, y) is ink of a rule running across (dx, dy) = (0, 1) (a horizontal rule) or
 * (1, 0) (a vertical one): 2 dark; 1 faint on a thin line, not in or at the edge of a pale area (a
 * shaded cell): on both sides of the line a pixel k0 to k away is clear, or (where a rule crosses
 * it) one so on each of the four diagonals; 0 neither. */
static int ink(const unsigned char *px, int w, int h, int stride, int x, int y, int dx, int dy, int k0, int k)
{
    if (dark(px + (size_t)y * (size_t)stride, x)) return 2;
    if (!faint(px, w, h, stride, x, y)) return 0;
    if (clear_past(px, w, h, stride, x, y, -dx, -dy, k0, k) && clear_past(px, w, h, stride, x, y, dx, dy, k0, k))
        return 1;
    return clear_past(px, w, h, stride, x, y, -1, -1, k0, k) && clear_past(px, w, h, stride, x, y, 1, -1, k0, k) &&
           clear_past(px, w, h, stride, x, y, -1, 1, k0, k) && clear_past(px, w, h, stride, x, y, 1, 1, k0, k);
}

/* A run with faint ink is a rule only if this many times min_len long: a table's light rules run
 * along a whole row or column; the grey anti-aliased strokes of two small glyphs side by side
 * (或重 at 7.8 pt) make runs of 13 pt. Such a run may be a dark rule run on by faint pixels (its
 * anti-aliased end): dark runs are kept on their own, as long as min_len. */
#define FAINT_LEN 3

static int by_at(const void *x, const void *y)
{
    const nb_rule *a = x, *b = y;
    if (a->at != b->at) return a->at < b->at ? -1 : 1;
    return a->a < b->a ? -1 : a->a > b->a;
}

/* Sorts r by position and merges the runs of one rule: a line drawn across two rows (columns) of
 * pixels, or cut where a crossing rule's anti-aliasing lightened it. */
static void merge(rvec *r, double tol)
{
    if (r->n < 2) return; /* nothing to merge; qsort of a NULL array is undefined */
    qsort(r->v, r->n, sizeof *r->v, by_at);
    size_t k = 0;
    for (size_t i = 0; i < r->n; i++) {
        nb_rule x = r->v[i];
        size_t j = k;
        while (j > 0 && r->v[j - 1].at >= x.at - tol) {
            nb_rule *y = &r->v[j - 1];
            if (y->a <= x.b + tol && x.a <= y->b + tol) {
                y->a = fmin(y->a, x.a);
                y->b = fmax(y->b, x.b);
                break;
            }
            j--;
        }
        if (j == 0 || r->v[j - 1].at < x.at - tol) r->v[k++] = x;
    }
    r->n = k;
}

void nb_rules_free(nb_rules *r)
{
    free(r->h);
    free(r->v);
    memset(r, 0, sizeof *r);
}

/* The runs of one kind of ink (dark alone, or dark and faint) along a row and down the columns. */
typedef struct runs {
    int minpx, start; /* the least length; where the run along the row started, or -1 */
    int *down;        /* per column: the length of the run down to the row before */
} runs;

/* Row y's pixel x is ink (d) or not: a run that ends is kept as a rule when long enough. */
static void step(runs *ru, int x, int y, int w, int d_along, int d_down, double scale, rvec *hs, rvec *vs)
{
    if (d_along && ru->start < 0) ru->start = x;
    if (ru->start >= 0 && (!d_along || x == w - 1)) {
        int end = d_along ? x + 1 : x;
        if (end - ru->start >= ru->minpx) push(hs, (y + 0.5) / scale, ru->start / scale, end / scale);
        ru->start = -1;
    }
    if (d_down) ru->down[x]++;
    else {
        if (ru->down[x] >= ru->minpx) push(vs, (x + 0.5) / scale, (y - ru->down[x]) / scale, y / scale);
        ru->down[x] = 0;
    }
}

void nb_rules_from_picture(const unsigned char *px, int w, int h, int stride, double scale, double min_len,
                           nb_rules *r)
{
    nb_rules_free(r);
    if (w <= 0 || h <= 0 || scale <= 0) return;
    int minpx = (int)ceil(min_len * scale);
    if (minpx < 2) minpx = 2;
    /* dark runs min_len long; runs with faint ink FAINT_LEN times as long (each kept where it is
       one: a dark rule is found as it was, whatever faint pixels run on from it) */
    runs dark_runs = {minpx, -1, calloc((size_t)w, sizeof(int))},
         faint_runs = {FAINT_LEN * minpx, -1, calloc((size_t)w, sizeof(int))};
    if (!dark_runs.down || !faint_runs.down) nb_oom();
    rvec hs = {0}, vs = {0};
    /* past a hairline's anti-aliased pixels: 1.5 pt, or where something is drawn that close, the
       pixel past the hairline's (0.5 pt) own and the one it blurs */
    int k = (int)ceil(1.5 * scale), k0 = (int)ceil(0.5 * scale) + 1;
    if (k0 > k) k0 = k;
    for (int y = 0; y <= h; y++) {
        dark_runs.start = faint_runs.start = -1;
        for (int x = 0; x < w; x++) {
            int along = y < h ? ink(px, w, h, stride, x, y, 0, 1, k0, k) : 0;
            int down = y < h ? ink(px, w, h, stride, x, y, 1, 0, k0, k) : 0;
            step(&dark_runs, x, y, w, along == 2, down == 2, scale, &hs, &vs);
            step(&faint_runs, x, y, w, along != 0, down != 0, scale, &hs, &vs);
        }
    }
    free(dark_runs.down);
    free(faint_runs.down);
    merge(&hs, 1.5 / scale);
    merge(&vs, 1.5 / scale);
    r->h = hs.v;
    r->nh = hs.n;
    r->v = vs.v;
    r->nv = vs.n;
}

/* The nearest rule of v[0, n) before (dir < 0: at < from) or after (dir > 0: at > from) `from`
 * that runs along [a, b] (within tol), or NULL. */
static const nb_rule *nearest(const nb_rule *v, size_t n, double from, int dir, double a, double b, double tol)
{
    const nb_rule *best = NULL;
    for (size_t i = 0; i < n; i++) {
        const nb_rule *x = &v[i];
        if ((dir < 0 ? x->at >= from : x->at <= from) || x->a > a + tol || x->b < b - tol) continue;
        if (!best || (dir < 0 ? x->at > best->at : x->at < best->at)) best = x;
    }
    return best;
}

/* Whether a rule of v[0, n) at `at` (within tol) runs along [a, b]. */
static int runs_along(const nb_rule *v, size_t n, double at, double a, double b, double tol)
{
    for (size_t i = 0; i < n; i++)
        if (fabs(v[i].at - at) <= tol && v[i].a <= a + tol && v[i].b >= b - tol) return 1;
    return 0;
}

int nb_rules_box(const nb_rules *r, double x1, double y1, double x2, double y2, double tol, double *bx1,
                 double *by1, double *bx2, double *by2)
{
    const nb_rule *l = nearest(r->v, r->nv, x1, -1, y1, y2, tol), *rt = nearest(r->v, r->nv, x2, 1, y1, y2, tol);
    if (!l || !rt) return 0;
    const nb_rule *t = nearest(r->h, r->nh, y1, -1, l->at, rt->at, tol),
                  *b = nearest(r->h, r->nh, y2, 1, l->at, rt->at, tol);
    if (!t || !b) return 0;
    if (!runs_along(r->v, r->nv, l->at, t->at, b->at, tol) || !runs_along(r->v, r->nv, rt->at, t->at, b->at, tol))
        return 0;
    *bx1 = l->at;
    *bx2 = rt->at;
    *by1 = t->at;
    *by2 = b->at;
    return 1;
}

int nb_rules_hcross(const nb_rules *r, double x1, double x2, double y1, double y2)
{
    for (size_t i = 0; i < r->nh; i++)
        if (r->h[i].at > y1 && r->h[i].at < y2 && r->h[i].a < x2 && r->h[i].b > x1) return 1;
    return 0;
}

int nb_rules_vcross(const nb_rules *r, double x1, double x2, double y1, double y2)
{
    for (size_t i = 0; i < r->nv; i++)
        if (r->v[i].at > x1 && r->v[i].at < x2 && r->v[i].a <= y1 && r->v[i].b >= y2) return 1;
    return 0;
}
