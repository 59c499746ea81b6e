/* test_pdfclip.c — text a page cuts at the edge of what it shows (pdfclip.c), and how the PDF reader
 * writes it (pdfrows.c), on the positions Chromium's print at A5 and 150 % gives of a page whose
 * table 二 is 600 px wide: the page clips it at its right margin (x = 385.24 pt), the header
 * 采购总金额 prints as 采购总 and the amount 187.35 as 187, its 7 half drawn. The reader read 187
 * there, a wrong number; now the cell is 187… and stays null. */
#include <stdlib.h>

#include "check.h"
#include "pdfclip.h"
#include "utf8.h"

typedef struct glyphs {
    nb_glyph v[128];
    size_t n;
} glyphs;

/* A run of text: its glyphs w wide from x, in the box [y1, y2]. */
static void run(glyphs *gs, const char *s, double x, double w, double y1, double y2)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + strlen(s);
    while (p < e && gs->n < sizeof gs->v / sizeof gs->v[0]) {
        size_t k = nb_u8len(p, e);
        nb_glyph *g = &gs->v[gs->n];
        *g = (nb_glyph){.x1 = x, .y1 = y1, .x2 = x + w, .y2 = y2, .c = nb_u8decode(p, k), .k = (unsigned char)k,
                        .idx = gs->n};
        memcpy(g->u, p, k);
        gs->n++;
        x += w;
        p += k;
    }
}

/* The line of out that holds `what`: its text with a '|' for each TAB (blanks removed), or "" */
static const char *cells_with(const char *out, const char *what, char *line, size_t cap)
{
    for (const char *p = out; *p;) {
        const char *e = strchr(p, '\n');
        if (!e) e = p + strlen(p);
        size_t m = 0;
        for (const char *q = p; q < e && m + 1 < cap; q++)
            if (*q != ' ') line[m++] = *q == '\t' ? '|' : *q;
        line[m] = 0;
        if (strstr(line, what)) return line;
        p = *e ? e + 1 : e;
    }
    line[0] = 0;
    return line;
}

/* Sub-table （九） as printed, the rows of （一） above it ending well inside the edge, a prose line
 * that fills the text block to the edge, and a number whose cell ends just inside it (0.8 pt: a
 * digit after it would have started outside, and was not drawn) or 4.4 pt inside (one more would
 * have been drawn, half: it is whole). */
static void page(glyphs *gs)
{
    run(gs, "本年度报告根据条例要求编制本报告所列数据的统计期限为全年", 63.75, 11.0, 118.0, 132.1);
    run(gs, "规章", 112.4, 9, 294.8, 305.4);
    run(gs, "0", 233.3, 4.5, 295.2, 305.2);
    run(gs, "0", 335.1, 4.5, 295.2, 305.2);
    run(gs, "行政许可", 103.4, 9, 350.8, 361.4);
    run(gs, "18", 231.0, 4.5, 351.2, 361.2);
    run(gs, "22", 375.4, 4.5, 351.2, 361.2);
    run(gs, "行政处罚", 103.4, 9, 406.8, 417.4);
    run(gs, "3", 233.3, 4.5, 407.2, 417.2);
    run(gs, "17", 371.8, 4.5, 407.2, 417.2);
    run(gs, "信息内容", 94.38, 9, 490.82, 501.37);
    run(gs, "采购项目数量", 208.55, 9, 490.82, 501.37);
    run(gs, "采购总", 365.41, 9, 490.82, 501.37);
    run(gs, "政府集中采购", 85.38, 9, 504.82, 515.37);
    run(gs, "9", 233.30, 4.5, 505.23, 515.20);
    run(gs, "187", 375.54, 4.5, 505.23, 515.20);
}

static void test_chromium_clip(void)
{
    glyphs gs = {.n = 0};
    page(&gs);
    nb_page_view v = {420, 39.5, 385.24};
    CHECK(nb_pdf_mark_cut(gs.v, gs.n, &v) == 2); /* 总 and 7 */
    nb_buf out;
    nb_buf_init(&out);
    nb_pdf_rows(gs.v, gs.n, 1, &out);
    char line[512];
    CHECK(!strcmp(cells_with(out.data, "政府集中采购", line, sizeof line), "政府集中采购|9|187…"));
    CHECK(!strcmp(cells_with(out.data, "信息内容", line, sizeof line), "信息内容|采购项目数量|采购总…"));
    CHECK(!strcmp(cells_with(out.data, "规章", line, sizeof line), "规章|0|0"));
    CHECK(!strcmp(cells_with(out.data, "行政许可", line, sizeof line), "行政许可|18|22…"));
    CHECK(!strcmp(cells_with(out.data, "行政处罚", line, sizeof line), "行政处罚|3|17"));
    CHECK(strstr(out.data, "统计期限为全年\n") != NULL); /* prose at the edge: its line ends there */
    if (nb_failed) fprintf(stderr, "%s", out.data);
    nb_buf_free(&out);
}

/* The same glyphs on a page that draws them all, to 392.41 pt (a print that fits): nothing is
 * marked, also where a cell ends right at what the page draws (its own last glyph, 采购总). */
static void test_no_clip(void)
{
    glyphs gs = {.n = 0};
    page(&gs);
    nb_page_view v = {420, 39.5, 392.41};
    CHECK(nb_pdf_mark_cut(gs.v, gs.n, &v) == 0);
    for (size_t i = 0; i < gs.n; i++) CHECK(gs.v[i].cut == 0);
    nb_page_view unknown = {420, 1, 0}; /* poppler without the drawn box: the page's edge */
    CHECK(nb_pdf_mark_cut(gs.v, gs.n, &unknown) == 0);
}

/* Writer draws a table wider than its A4 page past both edges: 局 at x = -2.4, a number from 580 to
 * 598; the cells are cut there, and a number that starts right inside the left edge is too. */
static void test_page_edges(void)
{
    glyphs gs = {.n = 0};
    run(&gs, "局", -2.4, 12, 66.2, 81.8);
    run(&gs, "45", 0.6, 6, 100.0, 115.6);
    run(&gs, "行政许可", 100.0, 12, 100.0, 115.6);
    run(&gs, "12", 300.0, 6, 100.0, 115.6);
    run(&gs, "305", 580.0, 6, 100.0, 115.6);
    nb_page_view v = {595.28, 0, 595.28};
    CHECK(nb_pdf_mark_cut(gs.v, gs.n, &v) == 2); /* 局 and the 5 of 305 */
    nb_buf out;
    nb_buf_init(&out);
    nb_pdf_rows(gs.v, gs.n, 1, &out);
    char line[512];
    CHECK(!strcmp(cells_with(out.data, "行政许可", line, sizeof line), "…45|行政许可|12|305…"));
    CHECK(!strcmp(cells_with(out.data, "局", line, sizeof line), "…局|")); /* a line of one cell, kept with the table */
    if (nb_failed) fprintf(stderr, "%s", out.data);
    nb_buf_free(&out);
}

int main(void)
{
    test_chromium_clip();
    test_no_clip();
    test_page_edges();
    return check_summary();
}
