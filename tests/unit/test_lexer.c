/* test_lexer.c — the line lexer and the numbering levels on small inputs. */
#include <stdlib.h>

#include "check.h"
#include "lex_all.h"
#include "lexer.h"
#include "numbering.h"
#include "numbers.h"

static const unsigned char *U(const char *s) { return (const unsigned char *)s; }

static void test_markers(void)
{
    static const struct {
        const char *text;
        nb_style style;
        int num;
        const char *numeral;
    } cases[] = {
        {"一、概述", NB_STYLE_CN, 1, "一"},
        {"十一、问题", NB_STYLE_CN, 11, "十一"},
        {"二十三．其他", NB_STYLE_CN, 23, "二十三"},
        {"（十二）加强", NB_STYLE_CN_PAREN, 12, "十二"},
        {"(三)加强", NB_STYLE_CN_PAREN, 3, "三"},
        {"（ 二 ）加强", NB_STYLE_CN_PAREN, 2, "二"},
        {"1.加强", NB_STYLE_AR, 1, "1"},
        {"12、加强", NB_STYLE_AR, 12, "12"},
        {"３．加强", NB_STYLE_AR, 3, "３"},
        {"（3） 政府", NB_STYLE_AR_PAREN, 3, "3"},
        {"(10)政府", NB_STYLE_AR_PAREN, 10, "10"},
        {"①公开", NB_STYLE_CIRCLED, 1, "①"},
        {"⑳公开", NB_STYLE_CIRCLED, 20, "⑳"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        nb_marker m;
        const unsigned char *s = U(cases[i].text);
        CHECK(nb_match_marker(s, s + strlen(cases[i].text), &m));
        CHECK(m.style == cases[i].style);
        CHECK(m.num == cases[i].num);
        CHECK_SPAN_STR(m.num_s, m.num_e, cases[i].numeral);
    }
    /* not markers: a decimal, a year, a sentence that begins with 一 */
    static const char *no[] = {"2.5万元", "2018年", "二〇一八年", "一是加强", "第二十条", "（一项）", "123.4"};
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
        nb_marker m;
        CHECK(!nb_match_marker(U(no[i]), U(no[i]) + strlen(no[i]), &m));
    }
}


static void test_lines(void)
{
    const char *doc = "网站支持IPv6\n"
                      "来源: 某局  |   发布日期: 2019-01-03 18:00\r\n"
                      "一、总体情况\r\n"
                      "\n"
                      "\t规章\n"
                      "（一）加强组织领导。我局成立了领导小组。\n"
                      "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n"
                      "| 行政许可 | 0 |\n"
                      "[bookmark: _GoBack]为进一步推进\n"
                      "==================== 正文 ====================\n";
    nb_tok t[16];
    int n = lex_all(doc, t, 16);
    CHECK(n == 11);
    CHECK(t[0].kind == NB_T_JUNK && t[0].line == 1);
    CHECK(t[1].kind == NB_T_META && t[1].line == 2);
    CHECK(t[2].kind == NB_T_HEADING && t[2].line == 3);
    CHECK_SPAN_STR(t[2].title_s, t[2].title_e, "总体情况");
    CHECK(t[3].kind == NB_T_BLANK);
    CHECK(t[4].kind == NB_T_CELL);
    CHECK_SPAN_STR(t[4].s, t[4].e, "规章");
    CHECK(t[5].kind == NB_T_HEADING && t[5].title_end == NB_TE_SENTENCE);
    CHECK_SPAN_STR(t[5].title_s, t[5].title_e, "加强组织领导");
    CHECK_SPAN_STR(t[5].rest_s, t[5].rest_e, "我局成立了领导小组。");
    CHECK(t[6].kind == NB_T_ROW);
    CHECK(t[7].kind == NB_T_ROW);
    CHECK(t[8].kind == NB_T_JUNK);
    CHECK(t[9].kind == NB_T_TEXT && t[9].inline_start);
    CHECK_SPAN_STR(t[9].s, t[9].e, "为进一步推进");
    CHECK(t[10].kind == NB_T_RULE);
}

/* A page number alone on its line is page noise; a number, a range or a sentence is not. */
static void test_page_numbers(void)
{
    static const char *junk[] = {"- 3 -", "— 12 —", "－３－", "  - 3 -  ", "第3页", "第 3 页 共 8 页", "第３页共８页"};
    for (size_t i = 0; i < sizeof junk / sizeof junk[0]; i++) {
        nb_tok t[4];
        CHECK(lex_all(junk[i], t, 4) == 1 && t[0].kind == NB_T_JUNK);
    }
    static const char *kept[] = {"3", "-3", "- 3 - 5", "第3页的表格", "2019-2020", "第3页 共8页，见附件"};
    for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++) {
        nb_tok t[4];
        int n = lex_all(kept[i], t, 4);
        CHECK(n >= 1 && t[0].kind != NB_T_JUNK);
    }
}

/* Crawled text: headings inside one line, after 。 or a blank, and only there. */
static void test_inline(void)
{
    const char *doc = "前言。一、总体情况2020年，我区详见附件2、3，金额2.5万元。"
                      "二、主动公开政府信息情况第二十条第（一）项信息内容 "
                      "1.加强用权信息公开（1）推进权责清单公开。正文";
    nb_tok t[16];
    int n = lex_all(doc, t, 16);
    CHECK(n == 5);
    CHECK(t[0].kind == NB_T_TEXT);
    CHECK_SPAN_STR(t[0].s, t[0].e, "前言。");
    CHECK(t[1].kind == NB_T_HEADING && t[1].inline_start && t[1].title_end == NB_TE_KNOWN);
    CHECK_SPAN_STR(t[1].title_s, t[1].title_e, "总体情况");
    CHECK_SPAN_STR(t[1].rest_s, t[1].rest_e, "2020年，我区详见附件2、3，金额2.5万元。");
    CHECK(t[2].kind == NB_T_HEADING && t[2].title_end == NB_TE_KNOWN);
    CHECK_SPAN_STR(t[2].title_s, t[2].title_e, "主动公开政府信息情况");
    CHECK_SPAN_STR(t[2].rest_s, t[2].rest_e, "第二十条第（一）项信息内容");
    CHECK(t[3].kind == NB_T_HEADING && t[3].title_end == NB_TE_MARKER);
    CHECK_SPAN_STR(t[3].title_s, t[3].title_e, "加强用权信息公开");
    CHECK(t[4].kind == NB_T_HEADING && t[4].m.style == NB_STYLE_AR_PAREN);
    CHECK_SPAN_STR(t[4].title_s, t[4].title_e, "推进权责清单公开");
}

/* A file cut anywhere, NULs inside, CR line ends: the lexer ends, and on the sentinel. */
static void test_edges(void)
{
    static const char text[] = "一、概述\r（一）\0标题\r\n\t";
    nb_lexer lx;
    nb_lexer_init(&lx, text, sizeof text - 1);
    nb_tok t;
    int n = 0;
    do {
        nb_lex(&lx, &t);
        n++;
    } while (t.kind != NB_T_EOF && n < 20);
    CHECK(n == 4); /* heading, heading (NUL inside its title), cell, EOF */
    for (size_t cut = 0; cut <= sizeof text - 1; cut++) {
        char *buf = malloc(cut + 1);
        memcpy(buf, text, cut);
        buf[cut] = 0;
        nb_lexer_init(&lx, buf, cut);
        int k = 0;
        do {
            nb_lex(&lx, &t);
        } while (t.kind != NB_T_EOF && ++k < 20);
        CHECK(t.kind == NB_T_EOF);
        free(buf);
    }
}

static void test_numbering(void)
{
    nb_numbering n;
    nb_numbering_init(&n);
    nb_placement p;
    p = nb_numbering_place(&n, NB_STYLE_CN, 1, 1);
    CHECK(p.level == 1 && !p.code);
    p = nb_numbering_place(&n, NB_STYLE_CN_PAREN, 1, 1);
    CHECK(p.level == 2 && !p.code);
    p = nb_numbering_place(&n, NB_STYLE_CN_PAREN, 2, 1);
    CHECK(p.level == 2 && !p.code);
    p = nb_numbering_place(&n, NB_STYLE_AR_PAREN, 3, 1); /* （3） after （二） */
    CHECK(p.level == 2 && p.code && !strcmp(p.code, "numbering-style"));
    p = nb_numbering_place(&n, NB_STYLE_AR, 1, 1);
    CHECK(p.level == 3 && !p.code);
    p = nb_numbering_place(&n, NB_STYLE_AR_PAREN, 4, 1); /* （4） closes the 1. list */
    CHECK(p.level == 2 && p.code && !strcmp(p.code, "numbering-style"));
    p = nb_numbering_place(&n, NB_STYLE_CN, 2, 1);
    CHECK(p.level == 1 && !p.code);
    p = nb_numbering_place(&n, NB_STYLE_CN, 2, 1);
    CHECK(p.level == 1 && p.code && !strcmp(p.code, "numbering-duplicate"));
    p = nb_numbering_place(&n, NB_STYLE_CN, 4, 1);
    CHECK(p.level == 1 && p.code && !strcmp(p.code, "numbering-skip") && p.expected == 3);
    /* a running sentence keeps the count without opening a level */
    p = nb_numbering_place(&n, NB_STYLE_CN_PAREN, 1, 0);
    CHECK(p.level == 2 && !p.code);
    p = nb_numbering_place(&n, NB_STYLE_CN_PAREN, 2, 1);
    CHECK(p.level == 2 && !p.code);
    p = nb_numbering_place(&n, NB_STYLE_AR, 1, 0);
    p = nb_numbering_place(&n, NB_STYLE_AR_PAREN, 1, 1); /* under a running 1.: level 3, not 4 */
    CHECK(p.level == 3);
    /* a stray （4） with nothing to continue opens a list, and says it skipped */
    nb_numbering_init(&n);
    p = nb_numbering_place(&n, NB_STYLE_AR_PAREN, 4, 1);
    CHECK(p.level == 1 && p.code && !strcmp(p.code, "numbering-skip"));
}

static void test_dates(void)
{
    int y, m, d;
    const unsigned char *after;
    const char *a = "2019-01-03 18:00";
    CHECK(nb_match_date(U(a), U(a) + strlen(a), &y, &m, &d, &after) && y == 2019 && m == 1 && d == 3);
    const char *b = "2018年12月12日";
    CHECK(nb_match_date(U(b), U(b) + strlen(b), &y, &m, &d, &after) && y == 2018 && m == 12 && d == 12);
    const char *c = "201811日"; /* the garbled date of seed 002 is not a date */
    CHECK(!nb_match_date(U(c), U(c) + strlen(c), &y, &m, &d, &after));
}

/* A number with a note in brackets: the cell reader's test (nb_number_with_note) and the line
 * lexer's, which asks more of a chunk at a line's end (a short plain note). */
static void test_number_notes(void)
{
    double v;
    int none, n;
    const char *unit;
    const char *yes[] = {"22（其中修订16件）", "5(其中2件转办)", "7 （含修订3件）", "6(其中4件为查封）", "8（含1件)"};
    const double want[] = {22, 5, 7, 6, 8};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
        const unsigned char *s = U(yes[i]), *e = s + strlen(yes[i]);
        CHECK(nb_number_with_note(s, e, &v, &none, &unit) != NULL && v == want[i]);
    }
    /* no number before the brackets, a dash, no closing bracket at the end */
    const char *no[] = {"（注1）", "—（无）", "5（含修订）件", "5（含修订"};
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        CHECK(nb_number_with_note(U(no[i]), U(no[i]) + strlen(no[i]), &v, &none, &unit) == NULL);
    /* at a line's end: a short plain note makes the chunk a cell; a long one, an empty one or one with
       a bracket inside is prose's */
    const char *rows[] = {"行政许可 2318(其中告知承诺制415件)", "行政强制 6(其中4件为查封）"};
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        const unsigned char *e = U(rows[i]) + strlen(rows[i]);
        CHECK(nb_trailing_numbers(U(rows[i]), e, &n) != e && n == 1);
    }
    const char *prose[] = {"行政许可 5（其中依据本办法第十二条第二款规定作出的决定共计四件整）", "行政许可 5()",
                           "行政许可 5（见（一））"};
    for (size_t i = 0; i < sizeof prose / sizeof prose[0]; i++) {
        const unsigned char *e = U(prose[i]) + strlen(prose[i]);
        CHECK(nb_trailing_numbers(U(prose[i]), e, &n) == e && n == 0);
    }
}

int main(void)
{
    test_markers();
    test_lines();
    test_page_numbers();
    test_inline();
    test_edges();
    test_numbering();
    test_dates();
    test_number_notes();
    return check_summary();
}
