/* otherreport.c — another report after this one in the same text (otherreport.h). */
#include "otherreport.h"

#include <string.h>

#include "celltok.h"
#include "report_year.h"
#include "utf8.h"

#define MAX_TITLE 80 /* characters of a title line */

/* Whether line [s, e) is a report's title: …信息公开…年度报告 (or 政务公开), alone on its line, no
 * sentence (《, ，, 。: a sentence that names the template's 年度报告格式). Its year in *year. */
static int title_line(const unsigned char *s, const unsigned char *e, int *year)
{
    nb_trim(&s, &e);
    static const char end[] = "年度报告";
    size_t n = sizeof end - 1;
    if ((size_t)(e - s) <= n || memcmp(e - n, end, n) != 0 || nb_u8count(s, e) > MAX_TITLE) return 0;
    if (!nb_find(s, e, "信息公开") && !nb_find(s, e, "政务公开")) return 0;
    if (nb_find(s, e, "《") || nb_find(s, e, "，") || nb_find(s, e, "。")) return 0;
    return nb_find_year(s, e, year, NULL) != NULL;
}

size_t nb_other_report_at(nb_report *r, size_t after)
{
    if (!r->year || after >= r->text.len) return (size_t)-1;
    const unsigned char *t = (const unsigned char *)r->text.data, *end = t + r->text.len;
    const unsigned char *p = t + after;
    while (p > t && p[-1] != '\n') p--; /* the line of `after` is this report's */
    for (p = nb_next_line(nb_line_end(p, end), end); p < end; p = nb_next_line(nb_line_end(p, end), end)) {
        const unsigned char *le = nb_line_end(p, end);
        int y;
        if (!title_line(p, le, &y) || y == r->year) continue;
        nb_span first = {0};
        first.line = first.col = 1;
        nb_span sp = nb_span_in(&first, t, p); /* (lines as the lexer ends them: a lone \r too) */
        nb_diag_add(r, "warning", "other-report", &sp,
                    "a report on %d begins here (%.*s): its tables are not read as this report's (on %d)", y,
                    (int)(le - p), (const char *)p, r->year);
        return (size_t)(p - t);
    }
    return (size_t)-1;
}
