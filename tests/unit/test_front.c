/* test_front.c — the title, agency and year of a whole parse (runtime/front.c), written with ASCII or
 * full-width digits: a copy that writes ２０２２年 names the same year as one that writes 2022年. */
#include <stdlib.h>

#include "check.h"
#include "model.h"
#include "nianbao.h"

static nb_report *parse(const char *text) { return nb_parse(text, strlen(text), NULL); }

static int str_eq(const char *got, const char *want)
{
    if (got && !strcmp(got, want)) return 1;
    fprintf(stderr, "got \"%s\", want \"%s\"\n", got ? got : "(null)", want);
    return 0;
}

/* The title's year, and the agency: on the line above, or before the year in the title. */
static void expect_front(const char *doc, int year, const char *agency)
{
    nb_report *r = parse(doc);
    CHECK(r->year == year);
    if (r->year != year) fprintf(stderr, "year %d, want %d in: %s\n", r->year, year, doc);
    CHECK(str_eq(r->agency, agency));
    nb_report_free(r);
}

static void test_title_year(void)
{
    const char *body = "\n\n一、总体情况\n2022年，本局依法做好政府信息公开工作。\n";
    char doc[512];
    /* the agency on its own line, the year opening the title: ASCII, full width, and both mixed */
    static const char *const titles[] = {"2022年", "２０２２年", "２０2２年"};
    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++) {
        snprintf(doc, sizeof doc, "某某市某某局\n%s政府信息公开工作年度报告%s", titles[i], body);
        expect_front(doc, 2022, "某某市某某局");
    }
    /* the agency before the year in the title; the year after 政府信息公开工作 */
    expect_front("某某县某某局２０２１年政府信息公开工作年度报告\n\n一、总体情况\n本局依法公开。\n", 2021, "某某县某某局");
    expect_front("某某县某某局政府信息公开工作２０１８年度报告\n\n一、总体情况\n本局依法公开。\n", 2018, "某某县某某局");
}

/* A number that only ends in four digits is no year: １２０２２年 names none, and the year comes from
 * the text instead (here the statistics period, also in full width). */
static void test_not_a_year(void)
{
    nb_report *r = parse("某某县某某局\n第１２０２２年政府信息公开工作年度报告\n"
                         "本报告统计期限自２０２０年１月１日起至２０２０年１２月３１日止。\n\n一、总体情况\n本局依法公开。\n");
    CHECK(r->year == 2020);
    nb_report_free(r);
}

int main(void)
{
    test_title_year();
    test_not_a_year();
    return check_summary();
}
