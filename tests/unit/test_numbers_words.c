/* test_numbers_words.c — runtime/util/numbers.c: a year and its 年 (nb_year_at, nb_year_before, as
 * dates, headers and the notes of this year's/last year's cells write one), and a count written as a
 * link (nb_linked_number: elinks' [16]263, Markdown's [263](url "title"){attrs}). */
#include "numbers.h"

#include "check.h"

static const unsigned char *U(const char *s) { return (const unsigned char *)s; }

static int year_at(const char *s, const char *rest)
{
    const unsigned char *end = NULL;
    int y = nb_year_at(U(s), U(s) + strlen(s), &end);
    return y && !strcmp((const char *)end, rest) ? y : y ? -1 : 0;
}

static int year_before(const char *s) { return nb_year_before(U(s), U(s) + strlen(s)); }

static int linked(const char *s, const char *want)
{
    const unsigned char *ns, *ne;
    if (!nb_linked_number(U(s), U(s) + strlen(s), &ns, &ne)) return 0;
    return (size_t)(ne - ns) == strlen(want) && !memcmp(ns, want, strlen(want));
}

int main(void)
{
    /* a year: four ASCII digits, blanks or none, 年 */
    CHECK(year_at("2023年数据", "数据") == 2023);
    CHECK(year_at("2023 年/2022 年", "/2022 年") == 2023);
    CHECK(year_at("2018　年1月", "1月") == 2018); /* a full-width space between */
    CHECK(year_at("12023年", "") == 0);            /* a fifth digit: no year at its first four */
    CHECK(year_at("202年", "") == 0);
    CHECK(year_at("2023", "") == 0);
    CHECK(year_at("2023月", "") == 0);
    /* read backwards from the end of its 年 */
    CHECK(year_before("（2023年") == 2023);
    CHECK(year_before("前为 2023 年") == 2023);
    CHECK(year_before("12023年") == 0);
    CHECK(year_before("年") == 0);
    /* a count as a link's text */
    CHECK(linked("[16]263", "263"));
    CHECK(linked("[263](/zwgk/ndbg/mx.jhtml?nd=2023&h=03 \"点击查看明细\")", "263"));
    CHECK(linked("[32](/mx?l=01 \"点击查看明细\"){target=\"_blank\"}", "32"));
    CHECK(!linked("[16]", ""));                      /* a link's number alone */
    CHECK(!linked("[16]263件以上", ""));             /* no number after it */
    CHECK(!linked("[263](/mx) 4", ""));              /* more after the link */
    CHECK(!linked("[详情](/mx)", ""));                /* a link's text that is no number */
    CHECK(!linked("263", ""));
    return check_summary();
}
