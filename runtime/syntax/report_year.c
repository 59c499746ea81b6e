/* report_year.c — the year a report is on, from its text (report_year.h). A report is written and
 * published in the year after the one it is on: its dates (发布日期：2024年1月30日, 2024年1月，我局编制
 * 了本报告) name the later year and are never taken for it. */
#include "report_year.h"

#include <string.h>

#include <stdlib.h>
#include "utf8.h"

const unsigned char *nb_find_year(const unsigned char *s, const unsigned char *e, int *year,
                                  const unsigned char **end)
{
    for (const unsigned char *p = s; p < e; p++) {
        /* not the tail of a longer number: 12022年 */
        if (p > s && (nb_digit_at(p - 1, e, NULL) || (p - s >= 3 && nb_digit_at(p - 3, e, NULL) == 3)))
            continue;
        const unsigned char *q = p;
        int y = 0, d, i;
        size_t w;
        for (i = 0; i < 4 && (w = nb_digit_at(q, e, &d)) > 0; i++, q += w) y = y * 10 + d;
        /* pdftotext sets a run of digits apart from the CJK after it: 2022 年 */
        if (i == 4 && q + 1 < e && *q == ' ' && !nb_digit_at(q + 1, e, NULL)) q++;
        if (i == 4 && e - q >= 3 && memcmp(q, "年", 3) == 0 && y >= 2000 && y <= 2100) {
            *year = y;
            if (end) *end = q + 3;
            return p;
        }
    }
    return NULL;
}

/* The year of a period from 1 January to 31 December of one year, in [s, e) with its blanks and
 * line ends taken out (a printed copy breaks 统计期限自2023年1月1日起至2023年12月31日止 anywhere). */
static int period_year(const unsigned char *s, const unsigned char *e)
{
    static const char jan[] = "年1月1日", dec[] = "年12月31日";
    for (const unsigned char *p = nb_find(s, e, jan); p; p = nb_find(p + 1, e, jan)) {
        int y;
        if (p - s < 4 || !nb_find_year(p - 4, p + 3, &y, NULL)) continue;
        const unsigned char *lim = p + 60 < e ? p + 60 : e, *q;
        char want[32];
        memcpy(want, p - 4, 4);
        memcpy(want + 4, dec, sizeof dec);
        if ((q = nb_find(p, lim, want)) != NULL) return y;
    }
    return 0;
}

/* Whether [q, e) opens with digits (blanks around them allowed, as pdftotext sets them) and then word
 * w (3 bytes): 1月, 第 3 期. */
static int digits_then(const unsigned char *q, const unsigned char *e, const char *w)
{
    const unsigned char *p = nb_skip_blanks(q, e), *d0 = p;
    size_t n;
    int d;
    while ((n = nb_digit_at(p, e, &d)) > 0) p += n;
    if (p == d0) return 0;
    p = nb_skip_blanks(p, e);
    return e - p >= 3 && !memcmp(p, w, 3);
}

/* A year in [s, e) that is neither a date's (followed by a month: 2024年1月) nor a gazette issue's
 * (政府公报 2019年第3期: the issue that reprints the report, published the year after it): the first,
 * or 0. */
static int year_not_date(const unsigned char *s, const unsigned char *e)
{
    int y;
    const unsigned char *after;
    for (const unsigned char *p = nb_find_year(s, e, &y, &after); p; p = nb_find_year(after, e, &y, &after)) {
        if (digits_then(after, e, "月")) continue;
        const unsigned char *q = nb_skip_blanks(after, e);
        if (e - q >= 3 && !memcmp(q, "第", 3) && digits_then(q + 3, e, "期")) continue;
        return y;
    }
    return 0;
}

/* A paragraph opening with its year (2023年，我局… / 2023年度，… / 2023年以来…): that year, or 0. */
static int opening_year(const nb_para *p)
{
    const unsigned char *s = (const unsigned char *)p->text.p, *e = s + p->text.n, *after;
    int y;
    s = nb_skip_blanks(s, e);
    if (nb_find_year(s, e, &y, &after) != s) return 0;
    if (e - after >= 3 && !memcmp(after, "度", 3)) after += 3;
    if ((e - after >= 3 && !memcmp(after, "，", 3)) || (e - after >= 6 && !memcmp(after, "以来", 6))) return y;
    return 0;
}

static int opening_year_in(const nb_section *s)
{
    for (; s; s = s->next) {
        for (const nb_para *p = s->paras; p; p = p->next) {
            int y = opening_year(p);
            if (y) return y;
        }
        int y = opening_year_in(s->children);
        if (y) return y;
    }
    return 0;
}

int nb_year_from_text(const nb_report *r, const char **how)
{
    const unsigned char *s = (const unsigned char *)r->text.data, *e = s + r->text.len;
    int y;
    /* the period, in the text with its blanks taken out: one pass into a copy */
    unsigned char *flat = r->text.len ? malloc(r->text.len + 1) : NULL;
    if (flat) {
        size_t n = 0;
        for (const unsigned char *p = s; p < e;) {
            size_t b = nb_blank_at(p, e);
            if (b) p += b;
            else if (*p == '\n' || *p == '\r') p++;
            else flat[n++] = *p++;
        }
        flat[n] = 0;
        y = period_year(flat, flat + n);
        if (!y) {
            const unsigned char *period = nb_find(flat, flat + n, "统计期限");
            if (!period || !nb_find_year(period, period + 40 < flat + n ? period + 40 : flat + n, &y, NULL)) y = 0;
        }
        free(flat);
        if (y) {
            if (how) *how = "the statistics period";
            return y;
        }
    }
    for (const nb_para *p = r->preamble; p; p = p->next)
        if ((y = year_not_date((const unsigned char *)p->text.p, (const unsigned char *)p->text.p + p->text.n))) {
            if (how) *how = "the preamble";
            return y;
        }
    if ((y = opening_year_in(r->sections)) != 0) {
        if (how) *how = "a paragraph opening with it";
        return y;
    }
    return 0;
}
