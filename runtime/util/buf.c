/* buf.c — growable byte buffer: growing, printf, and decimal integers. */
#include "buf.h"

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

void nb_buf_printf(nb_buf *b, const char *fmt, ...)
{
    /* format once into the free space; only output longer than that is formatted twice */
    nb_buf_reserve(b, 64);
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
    if (n <= 0) {
        b->data[b->len] = 0;
        return;
    }
    if ((size_t)n >= b->cap - b->len) {
        nb_buf_reserve(b, (size_t)n + 1);
        va_start(ap, fmt);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
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
