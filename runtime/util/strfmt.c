/* strfmt.c — a message whose format takes only strings (see strfmt.h). */
#include "strfmt.h"

#include <string.h>

/* Appends [s, s + n) to out as far as cap leaves room (one byte kept for the NUL); k counts it all. */
static void put(char *out, size_t cap, size_t *k, const char *s, size_t n)
{
    if (*k + 1 < cap) {
        size_t room = cap - 1 - *k;
        memcpy(out + *k, s, n < room ? n : room);
    }
    *k += n;
}

int nb_strfmt(char *out, size_t cap, const char *fmt, va_list ap)
{
    va_list a;
    va_copy(a, ap);
    size_t k = 0;
    int ok = 1;
    for (const char *f = fmt; *f && ok;) {
        const char *pct = strchr(f, '%');
        size_t lit = pct ? (size_t)(pct - f) : strlen(f);
        put(out, cap, &k, f, lit);
        f += lit;
        if (!pct) break;
        const char *s;
        if (pct[1] == 's') {
            s = va_arg(a, const char *);
            if ((ok = s != NULL)) put(out, cap, &k, s, strlen(s));
            f = pct + 2;
        } else if (pct[1] == '.' && pct[2] == '*' && pct[3] == 's') {
            int prec = va_arg(a, int);
            s = va_arg(a, const char *);
            if ((ok = s != NULL)) {
                /* a precision stops at a NUL before it, as printf's does; a negative one is none */
                const char *z = prec < 0 ? NULL : memchr(s, 0, (size_t)prec);
                put(out, cap, &k, s, prec < 0 ? strlen(s) : z ? (size_t)(z - s) : (size_t)prec);
            }
            f = pct + 4;
        } else if (pct[1] == '%') {
            put(out, cap, &k, "%", 1);
            f = pct + 2;
        } else {
            ok = 0; /* another conversion: vsnprintf's */
        }
    }
    va_end(a);
    if (!ok || k > (size_t)0x7fffffff) return -1;
    out[k < cap ? k : cap - 1] = 0;
    return (int)k;
}
