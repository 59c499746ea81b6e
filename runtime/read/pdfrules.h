/* pdfrules.h — the ruled lines a PDF page draws (a table's cell borders), found in a picture of the
 * page, and the cell box they make around a place.
 *
 * poppler-glib gives a page's text with positions but not its drawn paths; pdf.c has the page
 * rendered (poppler_page_render into a cairo image) and this file finds the long thin dark runs in
 * that picture, and the longer faint ones on a thin line (a browser's light grey border="1"):
 * horizontal and vertical rules. Knowing nothing of poppler, it is tested on pictures
 * alone. Used where the rules decide what the text cannot: whether two pieces stand in one cell
 * (a number that Writer wrapped inside its narrow cell, 18 over 1). */
#ifndef NB_PDFRULES_H
#define NB_PDFRULES_H
#include <stddef.h>
#include <stdint.h>

/* A rule: a horizontal one from (a, at) to (b, at), a vertical one from (at, a) to (at, b); PDF
 * points, y growing downwards, a < b. */
typedef struct nb_rule {
    double at, a, b;
} nb_rule;

typedef struct nb_rules {
    nb_rule *h, *v; /* horizontal ones, vertical ones (each sorted by `at`) */
    size_t nh, nv;
} nb_rules;

/* The rules of a picture of a page: w x h pixels of cairo's RGB24 (a pixel a uint32_t, 0xRRGGBB),
 * rows `stride` bytes apart, at `scale` pixels a point. A rule is a run of dark pixels at least
 * `min_len` points long. Replaces what r held (nb_rules_free frees it). */
void nb_rules_from_picture(const unsigned char *px, int w, int h, int stride, double scale, double min_len,
                           nb_rules *r);

void nb_rules_free(nb_rules *r);

/* The cell box around the rectangle [x1, x2] x [y1, y2]: the nearest vertical rules left and right
 * of it that run along its whole height, the nearest horizontal rules above and below that run
 * along its whole width, and each of the four reaching the others' corners (within tol points): a
 * closed box. Returns 1 and the box in *bx1 … *by2, or 0 where the rules make none. */
int nb_rules_box(const nb_rules *r, double x1, double y1, double x2, double y2, double tol, double *bx1,
                 double *by1, double *bx2, double *by2);

/* Whether a horizontal rule lies between heights y1 and y2 (exclusive) over some of [x1, x2]. */
int nb_rules_hcross(const nb_rules *r, double x1, double x2, double y1, double y2);

/* Whether a vertical rule lies between x1 and x2 (exclusive) along all of [y1, y2]. */
int nb_rules_vcross(const nb_rules *r, double x1, double x2, double y1, double y2);

#endif
