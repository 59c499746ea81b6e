/* cutnum.c — a number cut at the page's edge, as the PDF reader marks it (cutnum.h). */
#include "cutnum.h"

#include <string.h>

#include "utf8.h"

size_t nb_cut_digits(const nb_ctok *t, char *digits, size_t cap)
{
    static const char mark[] = "\xE2\x80\xA6";
    const unsigned char *p = (const unsigned char *)t->raw.p, *e = p + t->raw.n;
    if (t->kind != NB_C_TEXT || t->raw.n < sizeof mark || memcmp(e - (sizeof mark - 1), mark, sizeof mark - 1)) return 0;
    e -= sizeof mark - 1;
    size_t n = 0, k;
    int d;
    for (; p < e; p += k) {
        if ((k = nb_digit_at(p, e, &d)) != 0) {
            if (n + 1 >= cap) return 0;
            digits[n++] = (char)('0' + d);
        } else if (*p == ',' && n) k = 1; /* 1,38… */
        else return 0;
    }
    digits[n] = 0;
    return n;
}

int nb_short_cut_after(const nb_tparse *tp, nb_tspan cells)
{
    char digits[24];
    size_t at = cells.first + cells.count;
    if (!cells.count || at >= tp->toks.n) return 0;
    return tp->toks.v[at].span.line == tp->toks.v[at - 1].span.line &&
           nb_cut_digits(&tp->toks.v[at], digits, sizeof digits);
}
