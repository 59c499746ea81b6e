/* rule.c — a rule of dashes alone on its line; see rule.h. */
#include "rule.h"

#include <string.h>

#include "utf8.h"

const unsigned char *nb_dash_run(const unsigned char *s, const unsigned char *e)
{
    static const char *const dashes[] = {"-", "=", "\xE2\x94\x80", "\xE2\x94\x81", "\xE2\x80\x94", "\xEF\xBC\x8D",
                                         "\xEF\xBC\x9D"};
    s = nb_skip_blanks(s, e);
    for (size_t i = 0; i < sizeof dashes / sizeof dashes[0]; i++) {
        size_t n = strlen(dashes[i]), k = 0;
        const unsigned char *p = s;
        while ((size_t)(e - p) >= n && !memcmp(p, dashes[i], n)) p += n, k++;
        if (k) return k >= 5 ? p : NULL;
    }
    return NULL;
}

int nb_dash_rule(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *p = nb_dash_run(s, e);
    return p && nb_skip_blanks(p, e) == e;
}
