/* agency.c — the agency key (nb_agency_key, include/nianbao.h; docs/database.md "Agencies across years").
 *
 * Reports name their agency with or without the province and city in front (柳州市柳江区发展和改革局,
 * 柳江区发展和改革局), in full-width or half-width letters, with blanks where a line was broken. Those
 * are one agency. A city's own agency keeps its city (柳州市发展和改革委员会 is not 南宁市's), and a
 * district that became a county (柳江县 → 柳江区) is another name: a rename is not guessed. */
#include <stdint.h>
#include <string.h>

#include "nianbao.h"
#include "out.h"
#include "utf8.h"

/* The suffixes of administrative divisions, the longer first where one ends another; upper: a
 * province or a city, which is dropped when a division follows it. */
static const struct {
    const char *s;
    int upper;
} divisions[] = {
    {"自治区", 1}, {"自治州", 1}, {"地区", 1}, {"省", 1}, {"市", 1}, {"盟", 1},
    {"自治县", 0}, {"自治旗", 0}, {"区", 0},   {"县", 0}, {"旗", 0},
};

enum { NAME_MIN = 2, NAME_MAX = 9 }; /* characters before the suffix: 柳江|区 … 黔东南苗族侗族|自治州 */

/* The bytes of the division that s starts with (2 to 9 characters, then a suffix), or 0; *upper
 * says whether it is a province or a city. The first suffix found ends it: 柳州市 (州 alone is no
 * suffix), never 柳州市柳江区. */
static size_t division_at(const unsigned char *s, const unsigned char *e, int *upper)
{
    const unsigned char *p = s;
    for (int chars = 0; p < e && chars <= NAME_MAX; chars++) {
        if (chars >= NAME_MIN)
            for (size_t i = 0; i < sizeof divisions / sizeof divisions[0]; i++) {
                size_t n = strlen(divisions[i].s);
                if ((size_t)(e - p) >= n && !memcmp(p, divisions[i].s, n)) {
                    *upper = divisions[i].upper;
                    return (size_t)(p - s) + n;
                }
            }
        p += nb_u8len(p, e);
    }
    return 0;
}

void nb_agency_key(const char *name, nb_out *o)
{
    nb_buf *out = &o->b;
    out->len = 0;
    nb_buf_puts(out, "");
    if (!name) return;
    const unsigned char *p = (const unsigned char *)name, *e = p + strlen(name);
    while (p < e) {
        size_t k = nb_blank_at(p, e);
        if (k || *p == '\n' || *p == '\r') { /* blanks of any width: a name has none of its own */
            p += k ? k : 1;
            continue;
        }
        k = nb_u8len(p, e);
        uint32_t c = nb_u8decode(p, k);
        if (c >= 0xFF01 && c <= 0xFF5E) nb_buf_putc(out, (char)(c - 0xFF01 + 0x21)); /* full-width ASCII */
        else nb_buf_put(out, (const char *)p, k);
        p += k;
    }
    /* the province and city before a division: dropped while a division follows them */
    const unsigned char *s = (const unsigned char *)out->data;
    e = s + out->len;
    for (;;) {
        int upper = 0, next_upper = 0;
        size_t n = division_at(s, e, &upper);
        if (!n || !upper || !division_at(s + n, e, &next_upper)) break;
        s += n;
    }
    size_t drop = (size_t)(s - (const unsigned char *)out->data);
    memmove(out->data, out->data + drop, out->len - drop + 1);
    out->len -= drop;
}
