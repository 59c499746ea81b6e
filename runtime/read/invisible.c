/* invisible.c — characters that take no room, taken out; see invisible.h. */
#include "invisible.h"

#include <stdio.h>
#include <string.h>

/* Bytes of such a character at p (UTF-8), or 0. */
static size_t invisible_at(const unsigned char *p, const unsigned char *e)
{
    if (e - p >= 2 && p[0] == 0xC2 && p[1] == 0xAD) return 2;                         /* U+00AD */
    if (e - p < 3) return 0;
    if (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x8B) return 3;                        /* U+200B */
    if (p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0xA0) return 3;                        /* U+2060 */
    if (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) return 3;                        /* U+FEFF */
    return 0;
}

void nb_invisible_drop(nb_text *t, nb_enc_diag_fn diag, void *ctx)
{
    if (!t->data) return;
    unsigned char *s = (unsigned char *)t->data, *e = s + t->len, *p = s;
    size_t k = 0;
    /* most texts have none: a look that writes nothing first (each starts with C2, E2 or EF) */
    for (; p < e; p++)
        if ((*p == 0xC2 || *p == 0xE2 || *p == 0xEF) && (k = invisible_at(p, e)) != 0) break;
    if (p == e) return;
    size_t n = 0, first = (size_t)(p - s);
    unsigned char *w = p;
    while (p < e) {
        k = (*p == 0xC2 || *p == 0xE2 || *p == 0xEF) ? invisible_at(p, e) : 0;
        if (k) {
            n++;
            p += k;
            continue;
        }
        *w++ = *p++;
    }
    t->len = (size_t)(w - s);
    s[t->len] = 0; /* the text stays NUL-terminated where it was */
    if (diag) {
        char msg[200];
        snprintf(msg, sizeof msg,
                 "%zu character%s that take no room on the page (zero-width space U+200B, word joiner, soft hyphen) "
                 "taken out: 123<U+200B>4 reads 1234, as it shows",
                 n, n == 1 ? "" : "s");
        diag(ctx, "info", "invisible-dropped", msg, first);
    }
}
