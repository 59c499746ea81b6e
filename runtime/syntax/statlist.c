/* statlist.c — a 统计表 written as a list of label：value lines; see statlist.h. */
#include "statlist.h"

#include <string.h>

#include "numbers.h"
#include "utf8.h"

enum {
    MAX_LABEL = 60,      /* characters of a row's label (（四）政府信息公开专项经费（不包括…的经费）: 44) */
    MAX_GROUP = 40,      /* characters of a group line */
    MAX_VALUE = 12,      /* characters after the colon: 1,234,567.5万元 */
    MAX_LABEL_LINES = 3, /* label lines before a row (a group line, and a label's wrapped end) */
    MAX_BLANK_LINES = 8
};

static int has(const unsigned char *s, const unsigned char *e, const char *w) { return nb_find(s, e, w) != NULL; }

/* A sentence or a clause: no row's label has these. */
static int prose(const unsigned char *s, const unsigned char *e)
{
    return has(s, e, "。") || has(s, e, "；") || has(s, e, "，") || has(s, e, ";") || has(s, e, "！");
}

int nb_statlist_caption(const unsigned char *s, const unsigned char *e)
{
    nb_trim(&s, &e);
    if (e - s >= 3 && !memcmp(e - 3, "：", 3)) e -= 3;
    else if (e > s && e[-1] == ':') e--;
    return e - s > 9 && !memcmp(e - 9, "统计表", 9) && nb_u8count(s, e) <= MAX_LABEL && !prose(s, e);
}

/* A line of the form a 统计表 ends with, or a page's: 联系电话：…, 填报单位：…, no row. */
static int form_line(const unsigned char *s, const unsigned char *e)
{
    static const char *const starts[] = {"填报", "填表", "制表", "审核", "负责人", "联系", "电话", "地址",
                                         "邮编", "网址", "注", "备注", "说明"};
    for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++)
        if ((size_t)(e - s) >= strlen(starts[i]) && !memcmp(s, starts[i], strlen(starts[i]))) return 1;
    return 0;
}

int nb_statlist_row_at(const unsigned char *s, const unsigned char *e, nb_statlist_row *row)
{
    nb_trim(&s, &e);
    const unsigned char *colon = nb_last_colon(s, e);
    if (!colon) return 0;
    const unsigned char *ls = s, *le = colon, *vs = nb_after_colon(colon), *ve = e;
    nb_trim(&ls, &le);
    nb_trim(&vs, &ve);
    if (ls >= le || nb_u8count(ls, le) > MAX_LABEL || nb_u8count(vs, ve) > MAX_VALUE || prose(s, e) ||
        form_line(ls, le))
        return 0;
    *row = (nb_statlist_row){ls, le, vs, ve, ve, ve, 0};
    if (vs == ve) return 1; /* left blank */
    double v;
    int is_null;
    const char *unit;
    if (!nb_parse_number(vs, ve, &v, &is_null, &unit)) return 1; /* 无: a row whose value is no number */
    row->number = !is_null;
    if (unit) {
        row->unit_s = ve - strlen(unit);
        row->value_e = row->unit_s;
        nb_trim(&row->value_s, &row->value_e);
    }
    return 1;
}

int nb_statlist_label(const unsigned char *s, const unsigned char *e)
{
    nb_trim(&s, &e);
    if (s >= e || nb_u8count(s, e) > MAX_GROUP || prose(s, e) || nb_last_colon(s, e) ||
        (e[-1] >= '0' && e[-1] <= '9') || nb_is_number(s, e, NULL))
        return 0;
    for (const unsigned char *p = s; p < e; p += nb_u8len(p, e)) /* no cells set apart by blanks */
        if (*p == '\t' || (nb_blank_at(p, e) && nb_blank_at(p + nb_blank_at(p, e), e))) return 0;
    return 1;
}

int nb_statlist_goes_on(const unsigned char *p, const unsigned char *lim)
{
    int labels = 0, blanks = 0;
    nb_statlist_row row;
    while (p < lim) {
        const unsigned char *e = nb_line_end(p, lim), *q = nb_skip_blanks(p, e);
        if (q == e) {
            if (++blanks > MAX_BLANK_LINES) return 0;
        } else if (nb_statlist_row_at(q, e, &row)) {
            return 1;
        } else if (!nb_statlist_label(q, e) || ++labels > MAX_LABEL_LINES) {
            return 0;
        }
        p = e;
        if (p < lim && *p == '\r') p++;
        if (p < lim && *p == '\n') p++;
    }
    return 0;
}

/* The end of a value glued to its unit after the colon at c (：7件): the unit's end, or NULL; *two: a
 * shorter unit would end it too (5人次数: 人 or 人次), so where it ends is not certain. */
static const unsigned char *value_unit_end(const unsigned char *c, const unsigned char *e, int *two)
{
    const unsigned char *q = nb_skip_blanks(c, e), *d = q;
    while (q < e && ((*q >= '0' && *q <= '9') || ((*q == '.' || *q == ',') && q > d))) q++;
    if (q == d || q[-1] < '0' || q[-1] > '9') return NULL;
    q = nb_skip_blanks(q, e);
    const unsigned char *u6 = e - q >= 6 && nb_unit_word(q, q + 6) ? q + 6 : NULL;
    const unsigned char *u3 = e - q >= 3 && nb_unit_word(q, q + 3) ? q + 3 : NULL;
    *two = u6 && u3;
    return u6 ? u6 : u3;
}

int nb_statlist_glued(const unsigned char *s, const unsigned char *e, const unsigned char **at)
{
    nb_trim(&s, &e);
    for (const unsigned char *p = s; p < e; p++) {
        const unsigned char *c = *p == ':' ? p + 1 : e - p >= 3 && !memcmp(p, "：", 3) ? p + 3 : NULL;
        if (!c) continue;
        int two;
        const unsigned char *u = value_unit_end(c, e, &two);
        nb_statlist_row rest;
        if (!u || u == e || nb_blank_at(u, e) || !nb_statlist_row_at(u, e, &rest)) continue;
        *at = u;
        return two ? -1 : 1;
    }
    return 0;
}
