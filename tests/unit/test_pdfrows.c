/* test_pdfrows.c — how the PDF reader (pdfrows.c) groups positioned glyphs into lines, on the
 * positions Chromium's print of a page gives: table 二's bold sub-table heading 第二十条第（八）项, drawn
 * in a Type 3 font whose boxes poppler makes 2.6 em tall, over the rows 行政强制 above it and 信息内容
 * under it. The reader once chained the heading's first glyphs into the row above (行政强制 第二 1025),
 * and the rows of table 二 lost their values or took the next row's. */
#include <stdlib.h>

#include "check.h"
#include "pdfclip.h"
#include "pdfrows.h"
#include "utf8.h"

typedef struct glyphs {
    nb_glyph v[128];
    size_t n, spaces; /* spaces: in the page's text before the next glyph (poppler's, not drawn) */
} glyphs;

/* A run of text: its glyphs w wide from x, in the box [y1, y2], drawn one after another. */
static void run(glyphs *gs, const char *s, double x, double w, double y1, double y2)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + strlen(s);
    while (p < e && gs->n < sizeof gs->v / sizeof gs->v[0]) {
        size_t k = nb_u8len(p, e);
        nb_glyph *g = &gs->v[gs->n];
        *g = (nb_glyph){.x1 = x, .y1 = y1, .x2 = x + w, .y2 = y2, .c = nb_u8decode(p, k), .k = (unsigned char)k,
                        .idx = gs->n + gs->spaces};
        memcpy(g->u, p, k);
        gs->n++;
        x += w;
        p += k;
    }
}

/* The rows of sub-tables (六) and (八) as Chromium prints them at letter size (points): labels in a
 * 12 pt font with 14 pt boxes, numbers in Times, the bold heading (its box's centre at y) and column
 * labels `tall` high (31.2: Chromium's Type 3 bold; 20.4: not so tall that the reader resizes it). */
static void subtables(glyphs *gs, double tall, double y)
{
    double h = tall / 2;
    run(gs, "行政处罚", 34.5, 12, 456.0, 470.1);
    run(gs, "行政强制", 34.5, 12, 471.8, 485.8);
    run(gs, "第二十条第（八）项", 163.5, 12, y - h, y + h);
    run(gs, "信息内容", 83.2, 12, 507.3 - h, 507.3 + h);
    run(gs, "本年收费金额（单位：万元）", 213.0, 12, 507.3 - h, 507.3 + h);
    run(gs, "行政事业性收费", 34.5, 12, 519.0, 533.1);
    run(gs, "4418", 186.7, 5.25, 457.1, 468.8);
    run(gs, "1025", 186.7, 5.25, 472.9, 484.5);
    run(gs, "3471.06", 186.7, 4.875, 520.1, 531.8);
}

/* The line of out that holds `what` (blanks and TABs removed), or "" */
static const char *line_with(const char *out, const char *what, char *line, size_t cap)
{
    for (const char *p = out; *p;) {
        const char *e = strchr(p, '\n');
        if (!e) e = p + strlen(p);
        size_t m = 0;
        for (const char *q = p; q < e && m + 1 < cap; q++)
            if (*q != ' ' && *q != '\t') line[m++] = *q;
        line[m] = 0;
        if (strstr(line, what)) return line;
        p = *e ? e + 1 : e;
    }
    line[0] = 0;
    return line;
}

static void check_rows(double tall, double y)
{
    glyphs gs = {.n = 0, .spaces = 0};
    subtables(&gs, tall, y);
    nb_buf out;
    nb_buf_init(&out);
    nb_pdf_rows(gs.v, gs.n, 1, &out);
    char line[512];
    CHECK(!strcmp(line_with(out.data, "行政处罚", line, sizeof line), "行政处罚4418"));
    CHECK(!strcmp(line_with(out.data, "行政强制", line, sizeof line), "行政强制1025"));
    CHECK(!strcmp(line_with(out.data, "第二十条", line, sizeof line), "第二十条第（八）项"));
    CHECK(!strcmp(line_with(out.data, "行政事业性收费", line, sizeof line), "行政事业性收费3471.06"));
    if (nb_failed) fprintf(stderr, "tall %.1f:\n%s", tall, out.data);
    nb_buf_free(&out);
}

/* The cell starts of the line of out that holds `what`: its text with a '|' for each TAB (blanks
 * removed), or "" */
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

/* The glyphs read as one page without rules: the line of out holding `what` has the cells `want`. */
static void expect_line(const glyphs *gs, const char *what, const char *want)
{
    nb_glyph g[sizeof gs->v / sizeof gs->v[0]];
    memcpy(g, gs->v, gs->n * sizeof *g);
    nb_buf out;
    nb_buf_init(&out);
    nb_pdf_rows(g, gs->n, 1, &out);
    char line[512];
    CHECK(!strcmp(cells_with(out.data, what, line, sizeof line), want));
    if (nb_failed) fprintf(stderr, "%s", out.data);
    nb_buf_free(&out);
}

/* wkhtmltopdf's print of table 三 without borders or padding: the group labels 三、 and （四）无, each
 * centred in its rowspan cell, end 3.4 pt left of the row's label 2.没有现成信息, 4.7 pt higher; one
 * line with them, three cells. */
static void test_baselines(void)
{
    glyphs gs = {.n = 0, .spaces = 0};
    run(&gs, "三、", 14.9, 9.25, 237.3, 248.1);
    run(&gs, "（四）无", 39.1, 9.25, 233.8, 244.6);
    run(&gs, "2.", 79.4, 4.4, 238.5, 249.2);
    run(&gs, "没有现成信息", 88.2, 9.25, 238.5, 249.2);
    run(&gs, "0", 160.0, 5.9, 238.5, 249.2);
    run(&gs, "26", 200.0, 5.9, 238.5, 249.2);
    expect_line(&gs, "没有", "三、|（四）无|2.没有现成信息|0|26");
}

/* Chromium's print of table 三 without padding: the first line of the group label 三、本年度办理结果,
 * wrapped two glyphs a line in its narrow column, 9.7 pt (a space, 0.8 em) left of the row's label
 * （一）予以公开: on a row's line, two cells; a heading's space after its marker parts nothing. */
static void test_spaced(void)
{
    glyphs gs = {.n = 0, .spaces = 0};
    run(&gs, "一、", 34.5, 12, 620.0, 634.1);
    gs.spaces++;
    run(&gs, "总体情况", 68.2, 12, 620.0, 634.1);
    run(&gs, "三、", 34.5, 12, 701.3, 715.3);
    gs.spaces++;
    run(&gs, "（一）予以公开", 68.2, 12, 701.3, 715.3);
    gs.spaces++;
    run(&gs, "756", 230.6, 5.25, 702.9, 714.5);
    gs.spaces++;
    run(&gs, "56", 281.1, 5.25, 702.9, 714.5);
    nb_buf out;
    nb_buf_init(&out);
    nb_pdf_rows(gs.v, gs.n, 1, &out);
    char line[512];
    CHECK(!strcmp(cells_with(out.data, "予以公开", line, sizeof line), "三、|（一）予以公开|756|56"));
    CHECK(!strcmp(cells_with(out.data, "总体情况", line, sizeof line), "一、总体情况"));
    if (nb_failed) fprintf(stderr, "%s", out.data);
    nb_buf_free(&out);
}

/* Runs of text, each with a space after it in the page's text (poppler's, between two words). */
typedef struct word {
    const char *s;
    double x, w, y1, y2;
} word;

static void words(glyphs *gs, const word *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        run(gs, v[i].s, v[i].x, v[i].w, v[i].y1, v[i].y2);
        gs->spaces++;
    }
}

/* The words v read as one page: the lines holding what[0] and what[1] have the cells want[0], want[1]. */
static void expect_words(const word *v, size_t n, const char *const what[2], const char *const want[2])
{
    glyphs gs = {.n = 0, .spaces = 0};
    words(&gs, v, n);
    expect_line(&gs, what[0], want[0]);
    expect_line(&gs, what[1], want[1]);
}

/* Words spaced out with full-width spaces. Chromium's print of a legacy 统计表 whose header is typed
 * 指　标: 指 and 标 12 pt apart, one glyph's width, a space in the text between them; one cell 指标, so
 * that the table has a label column, while a row's group label and its label 12 pt apart stay two
 * cells. wkhtmltopdf's print of table 二's row 规　　章 (set to the width of 行政规范性文件): 规 and 章
 * two glyphs apart, one cell; two full-width digits one glyph apart in cells of their own (５ beside
 * ３) stay two numbers. */
static void test_spaced_words(void)
{
    static const word header[] = {{"指", 218.2, 12, 36.4, 50.5},   {"标", 242.2, 12, 36.4, 50.5},
                                  {"单位", 430.3, 12, 36.4, 50.5}, {"数量", 500.0, 12, 36.4, 50.5},
                                  {"三、", 34.5, 12, 70.0, 84.1},  {"（一）予以公开", 70.5, 12, 70.0, 84.1},
                                  {"756", 230.6, 5.25, 71.6, 83.2}};
    static const word table2[] = {{"规", 18.97, 8.064, 384.1, 393.5},       {"章", 43.16, 8.064, 384.1, 393.5},
                                  {"0", 120.0, 4.5, 384.1, 393.5},          {"2", 200.0, 4.5, 384.1, 393.5},
                                  {"行政许可", 18.97, 8.064, 404.1, 413.5}, {"５", 120.0, 8.064, 404.1, 413.5},
                                  {"３", 136.128, 8.064, 404.1, 413.5}};
    expect_words(header, sizeof header / sizeof header[0], (const char *const[]){"单位", "予以公开"},
                 (const char *const[]){"指标|单位|数量", "三、|（一）予以公开|756"});
    expect_words(table2, sizeof table2 / sizeof table2[0], (const char *const[]){"章", "行政许可"},
                 (const char *const[]){"规章|0|2", "行政许可|５|３"});
}

/* Text a page cuts at the edge of what it shows (pdfclip.c) and how the reader writes it, on the
 * positions Chromium's print at A5 and 150 % gives of a page whose table 二 is 600 px wide: the page
 * clips it at its right margin (x = 385.24 pt), the header 采购总金额 prints as 采购总 and the amount
 * 187.35 as 187, its 7 half drawn. The reader read 187 there, a wrong number; now the cell is 187…
 * and stays null. */
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

/* The reader's text of a page's glyphs, into out (nb_buf_free frees it). */
static void rows_of(glyphs *gs, nb_buf *out)
{
    nb_buf_init(out);
    nb_pdf_rows(gs->v, gs->n, 1, out);
}

static void test_chromium_clip(void)
{
    glyphs gs = {.n = 0, .spaces = 0};
    page(&gs);
    nb_page_view v = {420, 39.5, 385.24};
    CHECK(nb_pdf_mark_cut(gs.v, gs.n, &v) == 2); /* 总 and 7 */
    nb_buf out;
    char line[512];
    rows_of(&gs, &out);
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
    glyphs gs = {.n = 0, .spaces = 0};
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
    glyphs gs = {.n = 0, .spaces = 0};
    run(&gs, "局", -2.4, 12, 66.2, 81.8);
    run(&gs, "45", 0.6, 6, 100.0, 115.6);
    run(&gs, "行政许可", 100.0, 12, 100.0, 115.6);
    run(&gs, "12", 300.0, 6, 100.0, 115.6);
    run(&gs, "305", 580.0, 6, 100.0, 115.6);
    nb_page_view v = {595.28, 0, 595.28};
    CHECK(nb_pdf_mark_cut(gs.v, gs.n, &v) == 2); /* 局 and the 5 of 305 */
    nb_buf out;
    char line[512];
    rows_of(&gs, &out);
    CHECK(!strcmp(cells_with(out.data, "行政许可", line, sizeof line), "…45|行政许可|12|305…"));
    CHECK(!strcmp(cells_with(out.data, "局", line, sizeof line), "…局|")); /* a line of one cell, kept with the table */
    if (nb_failed) fprintf(stderr, "%s", out.data);
    nb_buf_free(&out);
}

/* The ruled lines of a 统计表 printed by wkhtmltopdf on A4 (points): columns 统计指标 | 单位 | 2017年 |
 * 历年累计, rows 14.4 pt high, and the rule between the last two rows lost (a 1 px grey border scaled
 * below a pixel, too light in the picture); the narrow: the value column 13 pt wide instead. */
typedef struct ruling {
    int narrow;
} ruling;

static int lost_rule(void *ctx, int page, nb_rules *out)
{
    const ruling *rl = ctx;
    (void)page;
    static const double rows[] = {716.6, 731.0, 759.8}; /* 745.4, between the two rows, is lost */
    double cols[] = {55.0, 398.0, 416.0, 471.0, 518.0};
    if (rl->narrow) cols[3] = 429.0;
    out->nh = sizeof rows / sizeof rows[0];
    out->nv = sizeof cols / sizeof cols[0];
    out->h = malloc(out->nh * sizeof *out->h);
    out->v = malloc(out->nv * sizeof *out->v);
    if (!out->h || !out->v) return -1;
    for (size_t i = 0; i < out->nh; i++) out->h[i] = (nb_rule){rows[i], cols[0], cols[4]};
    for (size_t i = 0; i < out->nv; i++) out->v[i] = (nb_rule){cols[i], rows[0], rows[2]};
    return 0;
}

/* A number is joined with the one under it (wrapped in its narrow cell) only where it fills its
 * cell: 1022 in a cell 55 pt wide over 215, a rule lost between them, are two rows' numbers (the
 * reader read 1022215 and 16901873); 10 in a cell 13 pt wide over 2 is 102 where nothing else
 * stands under the row (whole 0), and two rows' numbers where the line under it is a whole row of
 * its own, 1690 over its 1873 in the wide cell (a page shrunk to fit read 9115 over 70 as 911570). */
static void test_wrapped_fills(void)
{
    static const struct {
        int narrow, whole;
        const char *want4, *want5;
    } cases[] = {
        {0, 1, "4.政务微信公开政府信息数|条|1022|1690", "5.其他方式公开政府信息数|条|215|1873"},
        {1, 0, "4.政务微信公开政府信息数|条|102|1690", NULL},
        {1, 1, "4.政务微信公开政府信息数|条|10|1690", "5.其他方式公开政府信息数|条|2|1873"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        int narrow = cases[c].narrow;
        glyphs gs = {.n = 0, .spaces = 0};
        run(&gs, "4.政务微信公开政府信息数", 57.4, 6.9, 734.1, 742.2);
        run(&gs, "条", 403.9, 6.9, 734.1, 742.2);
        run(&gs, narrow ? "10" : "1022", 419.4, 4.4, 734.2, 742.2);
        run(&gs, "1690", 485.9, 4.4, 734.2, 742.2);
        if (cases[c].whole) {
            run(&gs, "5.其他方式公开政府信息数", 57.4, 6.9, 748.5, 756.6);
            run(&gs, "条", 403.9, 6.9, 748.5, 756.6);
        }
        run(&gs, narrow ? "2" : "215", 421.6, 4.4, 748.6, 756.6);
        if (cases[c].whole) run(&gs, "1873", 485.9, 4.4, 748.6, 756.6);
        ruling rl = {narrow};
        nb_buf out;
        nb_buf_init(&out);
        nb_pdf_rows_ruled(gs.v, gs.n, 1, lost_rule, &rl, &out);
        char line[512];
        CHECK(!strcmp(cells_with(out.data, "4.政务微信", line, sizeof line), cases[c].want4));
        if (cases[c].want5) CHECK(!strcmp(cells_with(out.data, "5.其他方式", line, sizeof line), cases[c].want5));
        if (nb_failed) fprintf(stderr, "case %zu:\n%s", c, out.data);
        nb_buf_free(&out);
    }
}

/* Digits a Word page types full-width wrap in a narrow cell as ASCII ones do (２０ printed ２ over ０):
 * joined where the rules show one cell, as 10 over 2 is; a head and a tail of two forms are not one
 * number's (10 over ２). */
static void test_wrapped_fullwidth(void)
{
    static const struct {
        const char *head, *tail, *want4, *want5;
    } cases[] = {
        {"１０", "２", "4.政务微信公开政府信息数|条|１０２|1690", NULL},
        {"10", "２", "4.政务微信公开政府信息数|条|10|1690", "5.其他方式公开政府信息数|条|２|1873"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        glyphs gs = {.n = 0, .spaces = 0};
        double w = cases[c].head[0] == '1' ? 4.4 : 5.5;
        run(&gs, "4.政务微信公开政府信息数", 57.4, 6.9, 734.1, 742.2);
        run(&gs, "条", 403.9, 6.9, 734.1, 742.2);
        run(&gs, cases[c].head, 417.2, w, 734.2, 742.2);
        run(&gs, "1690", 485.9, 4.4, 734.2, 742.2);
        if (cases[c].want5) { /* a whole row under it; else its tail alone */
            run(&gs, "5.其他方式公开政府信息数", 57.4, 6.9, 748.5, 756.6);
            run(&gs, "条", 403.9, 6.9, 748.5, 756.6);
        }
        run(&gs, cases[c].tail, 419.9, 5.5, 748.6, 756.6);
        if (cases[c].want5) run(&gs, "1873", 485.9, 4.4, 748.6, 756.6);
        ruling rl = {1};
        nb_buf out;
        nb_buf_init(&out);
        nb_pdf_rows_ruled(gs.v, gs.n, 1, lost_rule, &rl, &out);
        char line[512];
        CHECK(!strcmp(cells_with(out.data, "4.政务微信", line, sizeof line), cases[c].want4));
        if (cases[c].want5) CHECK(!strcmp(cells_with(out.data, "5.其他方式", line, sizeof line), cases[c].want5));
        if (nb_failed) fprintf(stderr, "case %zu:\n%s", c, out.data);
        nb_buf_free(&out);
    }
}

/* Two cells set close in a narrow table: a full-width number and an ASCII one (７３ and 1, 0.9 of a
 * glyph apart) part as a label and its number do (条 １０), not as the digits of one number (２０). */
static void test_fullwidth_beside(void)
{
    glyphs gs = {.n = 0, .spaces = 0};
    run(&gs, "（一）予以公开", 40.0, 9.2, 300.0, 310.8);
    run(&gs, "７３", 130.0, 9.2, 300.0, 310.8);
    run(&gs, "1", 156.8, 4.6, 300.0, 310.8);
    run(&gs, "２０", 180.0, 9.2, 300.0, 310.8);
    expect_line(&gs, "予以公开", "（一）予以公开|７３|1|２０");
}

/* Writer's print of table 三 (points): 364 wrapped in the narrow 总计 cell centred on its row, 36 on a
 * line above the row's line, 4 on one below it, the row holding nothing in that column; the rules
 * of the table, with (split) a rule between head and tail (two cells' numbers, not one). */
typedef struct straddle_rules {
    int split;
} straddle_rules;

static int straddle_ruling(void *ctx, int page, nb_rules *out)
{
    const straddle_rules *sr = ctx;
    (void)page;
    static const double cols[] = {40.0, 290.0, 330.0, 370.0, 490.0, 540.8, 566.8};
    out->nh = sr->split ? 3 : 2;
    out->nv = sizeof cols / sizeof cols[0];
    out->h = malloc(out->nh * sizeof *out->h);
    out->v = malloc(out->nv * sizeof *out->v);
    if (!out->h || !out->v) return -1;
    out->h[0] = (nb_rule){519.8, cols[0], cols[6]};
    out->h[1] = (nb_rule){572.8, cols[0], cols[6]};
    if (sr->split) out->h[2] = (nb_rule){542.1, cols[5], cols[6]};
    for (size_t i = 0; i < out->nv; i++) out->v[i] = (nb_rule){cols[i], 519.8, 572.8};
    return 0;
}

static void straddle_row(glyphs *gs, const char *head, const char *tail, double w)
{
    run(gs, "一、本年新收政府信息公开申请数量", 60.0, 10.5, 534.3, 549.9);
    run(gs, "311", 300.0, 6, 534.3, 549.9);
    run(gs, "45", 340.0, 6, 534.3, 549.9);
    run(gs, "5", 500.0, 6, 534.3, 549.9);
    run(gs, head, 547.6, w, 525.3, 540.9);
    run(gs, tail, 550.6, w, 543.3, 558.9);
}

/* The number is joined only where the rules show head and tail alone in one cell; else the cell is
 * written head↵tail (null, both pieces in its diagnostic): never the tail alone, read as the row's
 * number (4 for 364; a browser's ４ over ８, 8 for 48). */
static void test_straddle(void)
{
    static const struct {
        const char *head, *tail;
        double w;
        int rules, split;
        const char *want;
    } cases[] = {
        {"36", "4", 6, 1, 0, "一、本年新收政府信息公开申请数量|311|45||5|364"},
        {"36", "4", 6, 0, 0, "一、本年新收政府信息公开申请数量|311|45|5|36↵4"},
        {"36", "4", 6, 1, 1, "一、本年新收政府信息公开申请数量|311|45||5|36↵4"},
        {"４", "８", 8, 0, 0, "一、本年新收政府信息公开申请数量|311|45|5|４↵８"},
        {"４", "８", 8, 1, 0, "一、本年新收政府信息公开申请数量|311|45||5|４８"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        glyphs gs = {.n = 0, .spaces = 0};
        straddle_row(&gs, cases[c].head, cases[c].tail, cases[c].w);
        straddle_rules sr = {cases[c].split};
        nb_buf out;
        nb_buf_init(&out);
        nb_pdf_rows_ruled(gs.v, gs.n, 1, cases[c].rules ? straddle_ruling : NULL, &sr, &out);
        char line[512];
        CHECK(!strcmp(cells_with(out.data, "本年新收", line, sizeof line), cases[c].want));
        if (nb_failed) fprintf(stderr, "case %zu:\n%s", c, out.data);
        nb_buf_free(&out);
    }
}

/* Writer's print of a table whose cells are all too narrow for their numbers (points, from blind
 * set 3's page k): every number of the row wrapped, its head on a line above the label's line, its
 * tail on one below, the label's line holding the label alone. Each pair is joined where the rules
 * close it in one cell box; without rules each is written head↵tail, never read. */
/* One row of a table: a rule above at y1 and one below at y2, the columns' rules between them. */
static int row_rules(nb_rules *out, double y1, double y2)
{
    static const double cols[] = {40.0, 330.0, 370.0, 400.0};
    out->nh = 2;
    out->nv = sizeof cols / sizeof cols[0];
    out->h = malloc(out->nh * sizeof *out->h);
    out->v = malloc(out->nv * sizeof *out->v);
    if (!out->h || !out->v) return -1;
    out->h[0] = (nb_rule){y1, cols[0], cols[3]};
    out->h[1] = (nb_rule){y2, cols[0], cols[3]};
    for (size_t i = 0; i < out->nv; i++) out->v[i] = (nb_rule){cols[i], y1, y2};
    return 0;
}

static int narrow_ruling(void *ctx, int page, nb_rules *out)
{
    (void)ctx;
    (void)page;
    return row_rules(out, 350.0, 396.0);
}

/* Runs of text (run's arguments) to be put on a page. */
typedef struct runspec {
    const char *s;
    double x, w, y1, y2;
} runspec;

static glyphs page_of(const runspec *r, size_t n)
{
    glyphs gs = {.n = 0, .spaces = 0};
    for (size_t i = 0; i < n; i++) run(&gs, r[i].s, r[i].x, r[i].w, r[i].y1, r[i].y2);
    return gs;
}

/* The PDF reader's text of the runs r[0, n), with the narrow table's rules or none: the cells of its
 * line holding `what`, or (what NULL) "↵" where it writes a wrapped number's head↵tail, else "". */
static const char *narrow_line(const runspec *r, size_t n, int rules, const char *what, char *line, size_t cap)
{
    glyphs gs = page_of(r, n);
    nb_buf out;
    nb_buf_init(&out);
    nb_pdf_rows_ruled(gs.v, gs.n, 1, rules ? narrow_ruling : NULL, NULL, &out);
    if (what) cells_with(out.data, what, line, cap);
    else snprintf(line, cap, "%s", strstr(out.data, "↵") ? "↵" : "");
    nb_buf_free(&out);
    return line;
}

#define NARROW(r, rules, what, line) narrow_line(r, sizeof r / sizeof r[0], rules, what, line, sizeof line)

static void test_straddle_all(void)
{
    static const runspec row[] = {
        {"一、本年新收政府信息公开申请数量", 119.2, 10.5, 361.4, 375.1}, {"283", 340.0, 6.7, 353.9, 367.6},
        {"59", 376.0, 6.7, 353.9, 367.6}, {"2", 340.0, 6.7, 369.2, 382.9}, {"6", 376.0, 6.7, 369.2, 382.9}};
    char line[512];
    CHECK(!strcmp(NARROW(row, 1, "本年新收", line), "一、本年新收政府信息公开申请数量|2832|596"));
    CHECK(!strcmp(NARROW(row, 0, "本年新收", line), "一、本年新收政府信息公开申请数量|283↵2|59↵6"));
}

/* The wrapped number's head and tail end lines that hold a rowspan label's pieces on the left (三、
 * over the row （一）予以公开, 本年度 under it, as blind set 3's page o prints in Writer): the
 * number joins the row's line, the label's pieces stay on theirs. Two whole rows around a line
 * that holds no number of its own are left as they are, and so are three rows of a 统计表 set
 * close, each a line (blind set 6's page m in Writer): they touch, a cell's lines overlap. */
static void test_straddle_labels(void)
{
    static const runspec row[] = {{"三、", 50.0, 10.5, 353.9, 367.6},           {"302", 340.0, 6.7, 353.9, 367.6},
                                  {"（一）予以公开", 119.2, 10.5, 361.4, 375.1}, {"35", 376.0, 6.7, 361.4, 375.1},
                                  {"本年度", 50.0, 10.5, 369.2, 382.9},         {"4", 340.0, 6.7, 369.2, 382.9}};
    static const runspec two[] = {{"办理", 50.0, 10.5, 353.9, 367.6},    {"150", 340.0, 6.7, 353.9, 367.6},
                                  {"（三）", 119.2, 10.5, 361.4, 375.1}, {"不予", 160.0, 10.5, 361.4, 375.1},
                                  {"结果", 50.0, 10.5, 369.2, 382.9},    {"79", 340.0, 6.7, 369.2, 382.9}};
    static const runspec three[] = {
        {"2.政府网站在线访谈次数", 80.9, 10.5, 114.9, 128.6}, {"次", 375.5, 10.5, 114.9, 128.6},
        {"1", 416.3, 6.7, 114.9, 128.6},                     {"其中：主要负责同志参加", 92.9, 10.5, 131.4, 145.1},
        {"次", 433.2, 10.5, 131.4, 145.1},                   {"0", 473.8, 6.7, 131.4, 145.1},
        {"3.政策解读稿件发布数", 80.9, 10.5, 147.9, 161.6},  {"篇", 370.5, 10.5, 147.9, 161.6},
        {"9", 411.2, 6.7, 147.9, 161.6}};
    /* a rowspan label's piece on the row's line sits lower than the row's numbers (结果 under 办理,
       blind set 3's page o in Writer): the row's band is that of its numbers */
    static const runspec low[] = { /* in the order Writer draws them */
        {"办理", 71.1, 10.5, 719.0, 732.7},  {"结果", 67.8, 10.5, 734.4, 748.1},
        {"（二）部分公开（区分处理的", 118.2, 10.5, 722.1, 735.8}, {"形，不计其他情形）", 167.5, 10.5, 737.5, 751.2},
        {"16", 342.9, 6.7, 729.6, 743.3},    {"0", 383.2, 6.7, 729.6, 743.3},
        {"0", 415.0, 6.7, 729.6, 743.3},     {"6", 443.7, 6.7, 729.6, 743.3},
        {"206", 470.3, 6.7, 729.6, 743.3},
        {"27", 505.6, 6.7, 722.1, 735.8},    {"9", 505.3, 6.7, 737.4, 751.1},
        {"507", 536.1, 6.7, 729.6, 743.3}};
    char line[512];
    CHECK(!strcmp(NARROW(low, 0, NULL, line), "↵"));
    CHECK(!strcmp(NARROW(row, 1, "予以公开", line), "（一）予以公开|3024|35"));
    CHECK(!strcmp(NARROW(row, 0, "予以公开", line), "（一）予以公开|302↵4|35"));
    CHECK(!strcmp(NARROW(row, 1, "三、", line), "三、"));
    CHECK(!strcmp(NARROW(row, 1, "本年度", line), "本年度"));
    CHECK(!strcmp(NARROW(two, 0, NULL, line), ""));
    CHECK(!strcmp(NARROW(three, 0, NULL, line), ""));
}

/* A browser's print at 150 % (blind set 9's page h, Chromium at A5): in one row, 2832 wrapped over two
 * lines around the row's line (283 / 2) and 176 over three (1 / 7 / 6), its middle piece on the row's
 * line. Joining 283↵2 alone would give the row its two cells, 7 read for 176: the row is left as it
 * stands. Without the third line's pieces, the two-line number is joined. */
static int three_ruling(void *ctx, int page, nb_rules *out)
{
    (void)ctx;
    (void)page;
    return row_rules(out, 336.0, 401.0); /* a row tall enough for three lines */
}

/* The cells of the line holding `what` in the PDF reader's text of gs with the rules fn gives. */
static const char *ruled_line(const glyphs *gs, nb_page_rules_fn fn, const char *what, char *line, size_t cap)
{
    nb_glyph g[sizeof gs->v / sizeof gs->v[0]];
    memcpy(g, gs->v, gs->n * sizeof *g);
    nb_buf out;
    nb_buf_init(&out);
    nb_pdf_rows_ruled(g, gs->n, 1, fn, NULL, &out);
    cells_with(out.data, what, line, cap);
    nb_buf_free(&out);
    return line;
}

static void test_straddle_three(void)
{
    static const runspec row[] = {
        {"1", 380.0, 6.7, 346.3, 360.0},  {"283", 340.0, 6.7, 353.9, 367.6},
        {"一、本年新收政府信息公开申请数量", 119.2, 10.5, 361.4, 375.1}, {"7", 380.0, 6.7, 361.4, 375.1},
        {"2", 340.0, 6.7, 369.2, 382.9},  {"6", 380.0, 6.7, 376.5, 390.2}};
    glyphs three = page_of(row, sizeof row / sizeof row[0]), two = page_of(row + 1, 4); /* 7 on one line */
    char line[512];
    CHECK(strcmp(ruled_line(&three, three_ruling, "本年新收", line, sizeof line),
                 "一、本年新收政府信息公开申请数量|2832|7") != 0);
    CHECK(!strcmp(ruled_line(&two, three_ruling, "本年新收", line, sizeof line), "一、本年新收政府信息公开申请数量|2832|7"));
}

/* Writer's print of a page of div cells, a cell a paragraph (blind set 7's page a): a row's label,
 * the widest line of its page, over the row's first value: not a paragraph wrapped at the margin
 * (2.其他法律行政法规禁止公开1 lost the row). */
static void test_cell_lines(void)
{
    glyphs gs = {.n = 0, .spaces = 0};
    run(&gs, "2.其他法律行政法规禁止公开", 56.8, 10.5, 253.8, 269.4);
    run(&gs, "1", 56.8, 7.6, 269.9, 285.5);
    run(&gs, "0", 56.8, 7.6, 286.0, 301.6);
    nb_buf out;
    nb_buf_init(&out);
    nb_pdf_rows(gs.v, gs.n, 1, &out);
    CHECK(strstr(out.data, "禁止公开\n1\n0\n") != NULL);
    if (nb_failed) fprintf(stderr, "%s", out.data);
    nb_buf_free(&out);
}

/* A browser's print of table 三 wider than its page (blind set 7's page b, Chromium at A5 and 150 %):
 * the clip at the margin leaves the rows' top and bottom borders running on past 其他's cell into
 * 总计's, which no border closes and whose value is not drawn. The row is written with … there (a
 * cell cut away whole), 其他's value, its border drawn right of it, whole. Not where a border closes
 * that cell (a table that ends there), nor where the borders run on less than an em (a border's
 * width), nor where the row's last value is itself cut at the edge, nor after a 统计表's unit and
 * number (条 2863: its 备注 cut away). */
typedef struct open_ruling {
    double end, close; /* where the rows' borders stop; a border that closes the last cell there (0: none) */
} open_ruling;

static int open_rules(void *ctx, int page, nb_rules *out)
{
    const open_ruling *o = ctx;
    static const double cols[] = {40.0, 330.0, 370.0, 400.0}, rows[] = {350.0, 396.0, 442.0};
    (void)page;
    out->nh = 3;
    out->nv = 4 + (o->close > 0);
    out->h = malloc(out->nh * sizeof *out->h);
    out->v = malloc(out->nv * sizeof *out->v);
    if (!out->h || !out->v) return -1;
    for (size_t i = 0; i < 3; i++) out->h[i] = (nb_rule){rows[i], cols[0], o->end};
    for (size_t i = 0; i < 4; i++) out->v[i] = (nb_rule){cols[i], rows[0], rows[2]};
    if (o->close > 0) out->v[4] = (nb_rule){o->close, rows[0], rows[2]};
    return 0;
}

/* The cells of the second row, its borders stopping at `end`, a border there or not (close), its last
 * value cut (cut 1), or the rows a 统计表's (cut 2). */
static const char *open_line(double end, double close, int cut, char *line, size_t cap)
{
    static const runspec row[] = {{"一、本年新收政府信息公开申请数量", 50.0, 10.5, 366.0, 380.0},
                                  {"86", 343.3, 6.7, 366.0, 380.0}, {"1", 381.7, 6.7, 366.0, 380.0},
                                  {"二、上年结转政府信息公开申请数量", 50.0, 10.5, 412.0, 426.0},
                                  {"4", 346.7, 6.7, 412.0, 426.0}, {"0", 381.7, 6.7, 412.0, 426.0}};
    /* a 统计表's rows, a unit and a number (its 备注 cut away): no row of values */
    static const runspec stat[] = {{"（一）主动公开政府信息数", 50.0, 10.5, 366.0, 380.0},
                                   {"条", 340.0, 10.5, 366.0, 380.0}, {"2863", 375.0, 6.7, 366.0, 380.0},
                                   {"二、上年结转政府信息公开申请数量", 50.0, 10.5, 412.0, 426.0},
                                   {"件", 340.0, 10.5, 412.0, 426.0}, {"14", 381.7, 6.7, 412.0, 426.0}};
    glyphs gs = cut < 2 ? page_of(row, sizeof row / sizeof row[0]) : page_of(stat, sizeof stat / sizeof stat[0]);
    if (cut == 1) gs.v[gs.n - 1].cut = NB_NEAR_RIGHT;
    open_ruling o = {end, close};
    nb_buf out;
    nb_buf_init(&out);
    nb_pdf_rows_ruled(gs.v, gs.n, 1, open_rules, &o, &out);
    cells_with(out.data, "上年结转", line, cap);
    nb_buf_free(&out);
    return line;
}

static void test_open_cell(void)
{
    char line[512];
    CHECK(!strcmp(open_line(430.0, 0, 0, line, sizeof line), "二、上年结转政府信息公开申请数量|4|0|…"));
    CHECK(!strcmp(open_line(430.0, 430.0, 0, line, sizeof line), "二、上年结转政府信息公开申请数量|4|0"));
    CHECK(!strcmp(open_line(405.0, 0, 0, line, sizeof line), "二、上年结转政府信息公开申请数量|4|0"));
    CHECK(!strcmp(open_line(430.0, 0, 1, line, sizeof line), "二、上年结转政府信息公开申请数量|4|0…"));
    CHECK(!strcmp(open_line(430.0, 0, 2, line, sizeof line), "二、上年结转政府信息公开申请数量|件|14"));
}

/* Word's print of a footnote reference after a count (LibreOffice's PDF of a .docx, as poppler gives
 * it): 3581 in 10.5 pt, the mark 1 in a smaller size raised above the baseline, edge to edge with
 * it. A mark, written [1]: never the number's last digit (35811). A digit of the number's own size
 * after it, or a number of the mark's size alone, is no mark. */
static void test_note_mark(void)
{
    glyphs gs = {.n = 0, .spaces = 0};
    run(&gs, "行政许可", 82.4, 10.5, 321.4, 335.1);
    run(&gs, "3581", 350.4, 6.66, 321.4, 335.1);
    run(&gs, "1", 377.2, 3.88, 321.6, 329.5);
    run(&gs, "行政处罚", 82.4, 10.5, 341.4, 355.1);
    run(&gs, "1126", 350.4, 6.66, 341.4, 355.1);
    expect_line(&gs, "行政许可", "行政许可|3581[1]");
    expect_line(&gs, "行政处罚", "行政处罚|1126");
    glyphs same = {.n = 0, .spaces = 0}; /* a footnote's own number, its size throughout */
    run(&same, "行政许可", 82.4, 10.5, 321.4, 335.1);
    run(&same, "3581", 350.4, 6.66, 321.4, 335.1);
    run(&same, "1", 377.2, 6.66, 321.4, 335.1);
    expect_line(&same, "行政许可", "行政许可|35811");
}

int main(void)
{
    test_note_mark();
    test_open_cell();
    test_cell_lines();
    test_straddle();
    test_straddle_all();
    test_straddle_labels();
    test_straddle_three();
    test_wrapped_fills();
    test_wrapped_fullwidth();
    test_fullwidth_beside();
    test_chromium_clip();
    test_no_clip();
    test_page_edges();
    test_spaced();
    test_spaced_words();
    test_baselines();
    check_rows(31.2, 491.5); /* boxes 2.6 em tall: brought to their glyphs' height */
    /* a heading close enough under 行政强制 to join its line, but 十 stands over 1025: the whole run
       is on another line, 第二 with it */
    check_rows(20.4, 487.0);
    return check_summary();
}
