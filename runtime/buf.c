/* buf.c — growable byte buffer. */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void nb_buf_init(nb_buf *b) { b->data = NULL; b->len = b->cap = 0; }

void nb_buf_reserve(nb_buf *b, size_t extra)
{
    if (b->cap - b->len > extra) return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap - b->len <= extra) cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        fputs("nianbao: out of memory\n", stderr);
        abort();
    }
    b->data = p;
    b->cap = cap;
}

void nb_buf_put(nb_buf *b, const void *p, size_t n)
{
    nb_buf_reserve(b, n);
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
}

void nb_buf_puts(nb_buf *b, const char *s) { nb_buf_put(b, s, strlen(s)); }

void nb_buf_putc(nb_buf *b, char c) { nb_buf_put(b, &c, 1); }

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
