/* buf.c — growable byte buffer: growing, printf, and decimal integers. */
#include "buf.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "grow.h"

void nb_buf_init(nb_buf *b) { b->data = NULL; b->len = b->cap = 0; }

void nb_buf_grow(nb_buf *b, size_t extra)
{
    if (b->cap - b->len > extra) return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap - b->len <= extra) cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) nb_oom();
    b->data = p;
    b->cap = cap;
}

void nb_buf_vprintf(nb_buf *b, const char *fmt, va_list ap)
{
    /* format once into the free space; only output longer than that is formatted twice */
    nb_buf_reserve(b, 64);
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
    if (n <= 0) {
        b->data[b->len] = 0;
        va_end(again);
        return;
    }
    if ((size_t)n >= b->cap - b->len) {
        nb_buf_reserve(b, (size_t)n + 1);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
    }
    va_end(again);
    b->len += (size_t)n;
}

void nb_buf_printf(nb_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    nb_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void nb_buf_clear(nb_buf *b)
{
    b->len = 0;
    if (b->data) b->data[0] = 0;
}

void nb_buf_free(nb_buf *b)
{
    free(b->data);
    nb_buf_init(b);
}

char *nb_put_u64(char *p, unsigned long long v)
{
    /* two digits per division, from the end of a scratch buffer; then a copy of fixed size, as
     * counting the digits first costs a division per digit */
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";
    if (v < 100) { /* most: a span's line and column */
        if (v < 10) {
            *p = (char)('0' + v);
            return p + 1;
        }
        memcpy(p, pairs + v * 2, 2);
        return p + 2;
    }
    char tmp[2 * NB_U64_ROOM];
    char *end = tmp + NB_U64_ROOM, *d = end;
    while (v >= 100) {
        unsigned i = (unsigned)(v % 100) * 2;
        v /= 100;
        *--d = pairs[i + 1];
        *--d = pairs[i];
    }
    if (v >= 10) {
        *--d = pairs[v * 2 + 1];
        *--d = pairs[v * 2];
    } else {
        *--d = (char)('0' + v);
    }
    memcpy(p, d, NB_U64_ROOM);
    return p + (end - d);
}

char *nb_put_i64(char *p, long long v)
{
    if (v >= 0) return nb_put_u64(p, (unsigned long long)v);
    *p++ = '-';
    return nb_put_u64(p, 0 - (unsigned long long)v);
}

/* v as "%.15g" writes it when that is plain digits: v is the double nearest to a decimal D of at
 * most 15 significant digits, from 1e-4 on (so %g uses no exponent). v's distance from D is then
 * below half a unit of D's 15th digit, so %.15g prints D. Counts and amounts (25.1) all are; NULL
 * for the rest. Room: 24 bytes. */
char *nb_put_g15(char *p, double v)
{
    static const double pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    if (!(v > -1e15 && v < 1e15)) return NULL; /* NaN too */
    double a = fabs(v);
    unsigned long long u = (unsigned long long)a;
    int k = 0;
    /* the fewest decimals k for which a * 10^k rounds to D's digits u: as u and 10^k are exact,
     * the division rounds D = u / 10^k to the nearest double, and that is a */
    while ((double)u / pow10[k] != a) {
        if (++k == 16) return NULL;
        double m = a * pow10[k] + 0.5;
        if (m >= 1e15) return NULL;
        u = (unsigned long long)m;
    }
    if (k > 4 && u < (unsigned long long)pow10[k - 4]) return NULL; /* below 1e-4: %g's exponent form */
    if (signbit(v)) *p++ = '-';
    if (k == 0) return nb_put_u64(p, u);
    unsigned long long unit = (unsigned long long)pow10[k], frac = u % unit;
    p = nb_put_u64(p, u / unit);
    for (; k > 0 && frac % 10 == 0; k--) frac /= 10; /* D's trailing zeros, which %g drops */
    *p++ = '.';
    for (char *f = p + k; f > p; frac /= 10) *--f = (char)('0' + frac % 10);
    return p + k;
}

void nb_buf_putg(nb_buf *b, double v)
{
    nb_buf_reserve(b, 24);
    char *p = nb_put_g15(nb_buf_end(b), v);
    if (p) nb_buf_set_end(b, p);
    else nb_buf_printf(b, "%.15g", v);
}
