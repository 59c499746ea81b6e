/* colunit.c — a money column's unit from the header text above a cell (colunit.h). */
#include "colunit.h"

#include <string.h>

#include "utf8.h"

/* The unit in the bracket at p (blanks and line ends before it passed over), or NULL. */
static const char *bracket_unit(const unsigned char *p, const unsigned char *e)
{
    for (size_t k; p < e && ((k = nb_blank_at(p, e)) || *p == '\n' || *p == '\r' || *p == '\t'); p += k ? k : 1) {}
    size_t open = e - p >= 3 && !memcmp(p, "（", 3) ? 3 : p < e && *p == '(' ? 1 : 0;
    if (!open) return NULL;
    const unsigned char *q = p + open, *close = q;
    while (close < e && close - q < 24 && *close != ')' && !(e - close >= 3 && !memcmp(close, "）", 3))) close++;
    if (close >= e || close - q >= 24) return NULL;
    /* 万 and 元 may stand on two lines (单位：万 / 元）, a narrow header cell wrapped): 万 anywhere is 万元 */
    const unsigned char *yuan = nb_find(q, close, "元");
    if (!yuan) return NULL;
    return nb_find(q, yuan, "万") ? "万元" : "元";
}

const char *nb_header_unit_before(const nb_report *r, size_t at, const char *label)
{
    const unsigned char *t = (const unsigned char *)r->text.data, *e = t + (at < r->text.len ? at : r->text.len);
    const unsigned char *s = e - t > NB_COLUNIT_BYTES ? e - NB_COLUNIT_BYTES : t, *q;
    while ((q = nb_find(s, e, "第二十条")) != NULL) s = q + 1; /* the block's own header */
    const char *unit = NULL;
    size_t n = strlen(label);
    for (const unsigned char *from = s; (q = nb_find(from, e, label)) != NULL; from = q + n) {
        const char *u = bracket_unit(q + n, e);
        if (u) unit = u; /* the last one above the cell */
    }
    return unit;
}
