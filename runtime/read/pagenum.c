/* pagenum.c — a page number on a line of its own (pagenum.h). */
#include "pagenum.h"

#include <string.h>

#include "utf8.h"

/* [p, e) starts with s (no ASCII letters in s: the byte compare of nb_starts_ci) */
static int lit(const unsigned char *p, const unsigned char *e, const char *s) { return nb_starts_ci(p, (size_t)(e - p), s); }

static const unsigned char *digits(const unsigned char *p, const unsigned char *e)
{
    while (p < e && *p >= '0' && *p <= '9') p++;
    return p;
}

int nb_page_number_line(const unsigned char *s, const unsigned char *e)
{
    static const char *const dash[] = {"-", "\xE2\x80\x94", "\xE2\x80\x93", "\xEF\xBC\x8D"}; /* - — – － */
    const unsigned char *p = nb_skip_blanks(s, e), *q;
    nb_trim(&p, &e);
    for (int pass = 0; pass < 2; pass++) { /* a dash before and after */
        for (size_t i = 0; i < sizeof dash / sizeof dash[0]; i++)
            if (pass == 0 ? lit(p, e, dash[i]) : (size_t)(e - p) >= strlen(dash[i]) && lit(e - strlen(dash[i]), e, dash[i])) {
                if (pass == 0) p += strlen(dash[i]);
                else e -= strlen(dash[i]);
                nb_trim(&p, &e);
                break;
            }
    }
    if (lit(p, e, "\xE7\xAC\xAC")) { /* 第 N 页 */
        q = digits(nb_skip_blanks(p + 3, e), e);
        if (q == nb_skip_blanks(p + 3, e)) return 0;
        q = nb_skip_blanks(q, e);
        if (!lit(q, e, "\xE9\xA1\xB5")) return 0;
        q = nb_skip_blanks(q + 3, e);
        if (q < e && (*q == ',' || lit(q, e, "\xEF\xBC\x8C"))) q = nb_skip_blanks(q + (*q == ',' ? 1 : 3), e);
        if (lit(q, e, "\xE5\x85\xB1")) { /* 共 M 页 */
            const unsigned char *r = nb_skip_blanks(q + 3, e);
            q = digits(r, e);
            if (q == r) return 0;
            q = nb_skip_blanks(q, e);
            if (!lit(q, e, "\xE9\xA1\xB5")) return 0;
            q += 3;
        }
        return nb_skip_blanks(q, e) == e;
    }
    q = digits(p, e);
    if (q == p || q - p > 4) return 0;
    q = nb_skip_blanks(q, e);
    if (q < e && (*q == '/' || lit(q, e, "\xEF\xBC\x8F"))) { /* N / M */
        const unsigned char *r = nb_skip_blanks(q + (*q == '/' ? 1 : 3), e);
        q = digits(r, e);
        if (q == r) return 0;
    }
    return nb_skip_blanks(q, e) == e;
}

