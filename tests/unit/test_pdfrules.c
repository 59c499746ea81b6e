/* test_pdfrules.c — runtime/read/pdfrules.c (ruled lines found in a picture of a page, the cell box
 * they close) and the PDF reader's join of a number wrapped inside its ruled cell (pdfwrap.c):
 * joined only where the box is closed, holds nothing else, and no rule parts the two pieces. */
#include "pdfrules.h"

#include <stdlib.h>

#include "check.h"
#include "pdfrows.h"

enum { W = 400, H = 400 };

static void put(unsigned char *px, int x, int y, unsigned grey)
{
    uint32_t p = grey << 16 | grey << 8 | grey;
    memcpy(px + 4 * ((size_t)y * W + (size_t)x), &p, 4);
}

static void hline(unsigned char *px, int y, int x0, int x1, unsigned grey)
{
    for (int x = x0; x < x1; x++) put(px, x, y, grey);
}

static void vline(unsigned char *px, int x, int y0, int y1, unsigned grey)
{
    for (int y = y0; y < y1; y++) put(px, x, y, grey);
}

static void test_picture(void)
{
    unsigned char *px = malloc((size_t)W * H * 4);
    memset(px, 0xFF, (size_t)W * H * 4);
    /* a table of two cells at 2 pixels a point: columns at x 100, 200, 300 px, rows at y 100, 200 px;
       the bottom rule a hairline across two pixel rows, half grey */
    hline(px, 100, 100, 301, 0);
    hline(px, 200, 100, 301, 128);
    hline(px, 201, 100, 301, 128);
    for (int x = 100; x <= 300; x += 100) vline(px, x, 100, 202, 0);
    /* a glyph's stroke (8 pt) and a pale shading (no ink) */
    hline(px, 150, 120, 136, 0);
    for (int y = 300; y < 340; y++) hline(px, y, 50, 350, 230);
    nb_rules r = {0};
    nb_rules_from_picture(px, W, H, W * 4, 2.0, 12.0, &r);
    CHECK(r.nh == 2);
    CHECK(r.nv == 3);
    double x1, y1, x2, y2;
    CHECK(nb_rules_box(&r, 60, 60, 90, 90, 1.5, &x1, &y1, &x2, &y2));
    CHECK(x1 > 49 && x1 < 51 && x2 > 99 && x2 < 101 && y1 > 49 && y1 < 51 && y2 > 99 && y2 < 102);
    CHECK(nb_rules_box(&r, 110, 60, 140, 90, 1.5, &x1, &y1, &x2, &y2) && x1 > 99 && x2 > 149);
    CHECK(!nb_rules_box(&r, 60, 110, 90, 130, 1.5, &x1, &y1, &x2, &y2)); /* below the table: no box */
    CHECK(nb_rules_hcross(&r, 60, 90, 40, 60));
    CHECK(!nb_rules_hcross(&r, 60, 90, 60, 90));
    nb_rules_free(&r);
    CHECK(r.nh == 0 && r.h == NULL);
    free(px);
}

/* glyphs of a table line and of the line under it: 规章 | 18 | 7 | 25, and 1 under 18 */
static size_t table(nb_glyph *g, const char *under)
{
    static const struct {
        const char *u;
        double x, y;
    } at[] = {{"规", 10, 100}, {"章", 20, 100}, {"1", 100, 100}, {"8", 106, 100},
              {"7", 150, 100}, {"2", 200, 100}, {"5", 206, 100}};
    size_t n = 0;
    for (size_t i = 0; i < sizeof at / sizeof at[0]; i++) {
        size_t k = strlen(at[i].u);
        double w = k > 1 ? 10 : 6;
        g[n] = (nb_glyph){.x1 = at[i].x, .y1 = at[i].y, .x2 = at[i].x + w, .y2 = at[i].y + 10, .idx = n,
                          .k = (unsigned char)k, .c = k > 1 ? 0x4E00 : (uint32_t)at[i].u[0]};
        memcpy(g[n].u, at[i].u, k);
        n++;
    }
    for (const char *p = under; *p; p++) {
        g[n] = (nb_glyph){.x1 = 103 + 6 * (double)(p - under), .y1 = 112, .x2 = 109 + 6 * (double)(p - under),
                          .y2 = 122, .idx = n, .k = 1, .c = (uint32_t)*p};
        g[n].u[0] = (unsigned char)*p;
        n++;
    }
    return n;
}

/* the box around 18 / 1: rules at x 95 and 120, y 95 and 125; `between`: one more at y 111;
   `wide`: the box reaches x 165, around 7 too */
typedef struct fake {
    int between, wide, calls;
} fake;

static int rules_of(void *ctx, int page, nb_rules *out)
{
    fake *f = ctx;
    f->calls++;
    (void)page;
    out->nv = 2;
    out->v = malloc(2 * sizeof *out->v);
    out->v[0] = (nb_rule){95, 95, 125};
    double right = f->wide ? 165 : 120;
    out->v[1] = (nb_rule){right, 95, 125};
    out->nh = 2 + (f->between != 0);
    out->h = malloc(3 * sizeof *out->h);
    out->h[0] = (nb_rule){95, 95, right};
    out->h[1] = (nb_rule){125, 95, right};
    out->h[2] = (nb_rule){111, 95, right};
    return 0;
}

static int joined(const char *under, nb_page_rules_fn fn, fake *f)
{
    nb_glyph g[16];
    size_t n = table(g, under);
    nb_buf out;
    nb_buf_init(&out);
    nb_pdf_rows_ruled(g, n, 1, fn, f, &out);
    int yes = strstr(out.data, "181") != NULL;
    nb_buf_free(&out);
    return yes;
}

static void test_join(void)
{
    fake f = {0};
    CHECK(joined("1", rules_of, &f));
    CHECK(f.calls == 1);
    CHECK(!joined("1", NULL, NULL)); /* no rules: not certain */
    f = (fake){.between = 1};
    CHECK(!joined("1", rules_of, &f)); /* a rule between the pieces: two rows */
    f = (fake){0};
    CHECK(!joined("1a", rules_of, &f)); /* not digits */
    f = (fake){.wide = 1};
    CHECK(!joined("1", rules_of, &f)); /* the box holds 7 as well */
}

/* A browser's border="1" table prints light grey hairlines (0xD4): rules, where they run along a
 * row or a column (crossing each other); not two small glyphs' grey strokes side by side (13 pt), a
 * pale shading or its edges. */
static void test_faint(void)
{
    unsigned char *px = malloc((size_t)W * H * 4);
    memset(px, 0xFF, (size_t)W * H * 4);
    hline(px, 50, 40, 361, 212);
    hline(px, 150, 40, 361, 212);
    for (int x = 40; x <= 360; x += 160) vline(px, x, 50, 151, 212);
    hline(px, 100, 60, 86, 200);                                       /* 13 pt of strokes */
    for (int y = 300; y < 340; y++) hline(px, y, 50, 350, 225);        /* a shaded cell */
    nb_rules r = {0};
    nb_rules_from_picture(px, W, H, W * 4, 2.0, 12.0, &r);
    CHECK(r.nh == 2);
    CHECK(r.nv == 3);
    double x1, y1, x2, y2;
    CHECK(nb_rules_box(&r, 30, 30, 60, 60, 1.5, &x1, &y1, &x2, &y2) && x1 > 19 && x1 < 21 && x2 > 99 && x2 < 101);
    nb_rules_free(&r);
    free(px);
}

/* A page shrunk to fit (wkhtmltopdf's print of a page whose table is too wide): the light hairline
 * between two rows is drawn across two pixel rows at half grey, the rows' glyphs 1.5 pt (3 pixels)
 * above and under it. It is a rule along the whole row: once the glyphs' strokes within 1.5 pt of
 * it hid it there, and 9115 over the next row's 70 in one box read as a wrapped 911570. */
static void test_faint_close(void)
{
    unsigned char *px = malloc((size_t)W * H * 4);
    memset(px, 0xFF, (size_t)W * H * 4);
    hline(px, 80, 40, 361, 0);
    hline(px, 120, 40, 361, 0);
    hline(px, 99, 40, 361, 200); /* the hairline between the rows */
    hline(px, 100, 40, 361, 200);
    for (int x = 40; x <= 360; x += 40) vline(px, x, 80, 121, 0); /* the columns' rules */
    for (int x = 44; x < 360; x += 40) /* each cell's digits, their strokes 3 pixels off it */
        for (int d = x; d < x + 30; d += 6) {
            hline(px, 95, d, d + 4, 180);
            hline(px, 96, d, d + 4, 0);
            hline(px, 102, d, d + 4, 180);
            hline(px, 103, d, d + 4, 0);
        }
    nb_rules r = {0};
    nb_rules_from_picture(px, W, H, W * 4, 2.0, 12.0, &r);
    CHECK(nb_rules_hcross(&r, 162, 178, 48, 51)); /* over a cell's digits, between the rows */
    double x1, y1, x2, y2;
    CHECK(nb_rules_box(&r, 62, 42, 78, 48, 1.5, &x1, &y1, &x2, &y2) && y1 > 39 && y1 < 41 && y2 > 49 && y2 < 51);
    nb_rules_free(&r);
    free(px);
}

int main(void)
{
    test_picture();
    test_faint();
    test_faint_close();
    test_join();
    return check_summary();
}
