/* buf.h — a growable byte buffer: where JSON and CSV are written before they reach a stream.
 *
 * data[len] is always 0 once anything was written (callers use data as a C string). The writers
 * append millions of small pieces per batch, so appending is inline: a capacity check, a copy and
 * the terminator; only growing is a call. */
#ifndef NB_BUF_H
#define NB_BUF_H
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

typedef struct nb_buf {
    char *data;
    size_t len, cap;
} nb_buf;

void nb_buf_init(nb_buf *b);
void nb_buf_grow(nb_buf *b, size_t extra); /* the slow half of nb_buf_reserve */
void nb_buf_printf(nb_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void nb_buf_vprintf(nb_buf *b, const char *fmt, va_list ap);
void nb_buf_clear(nb_buf *b); /* empty, the memory kept */
void nb_buf_free(nb_buf *b);

/* Room for extra bytes and the terminator after them. */
static inline void nb_buf_reserve(nb_buf *b, size_t extra)
{
    if (b->cap - b->len <= extra) nb_buf_grow(b, extra);
}

static inline void nb_buf_put(nb_buf *b, const void *p, size_t n)
{
    nb_buf_reserve(b, n);
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
}

/* strlen of a literal argument folds to a constant once this is inlined. */
static inline void nb_buf_puts(nb_buf *b, const char *s) { nb_buf_put(b, s, strlen(s)); }

static inline void nb_buf_putc(nb_buf *b, char c)
{
    nb_buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = 0;
}

/* Writing in place: nb_buf_reserve(b, most), write at nb_buf_end(b), then nb_buf_set_end(b, p). */
static inline char *nb_buf_end(nb_buf *b) { return b->data + b->len; }
static inline void nb_buf_set_end(nb_buf *b, char *p)
{
    b->len = (size_t)(p - b->data);
    *p = 0;
}

/* Decimal digits at p, as printf's "%llu" / "%lld" write them; returns the end. p needs room for
 * NB_U64_ROOM bytes (one more with a sign) whatever the number: the bytes after the end are scratch. */
enum { NB_U64_ROOM = 20 };
char *nb_put_u64(char *p, unsigned long long v);
/* v as printf's "%.15g" writes it, without printf for counts and short decimals: nb_put_g15 writes
 * those (24 bytes of room) and returns the end, or NULL for the rest; nb_buf_putg writes any v. */
char *nb_put_g15(char *p, double v);
void nb_buf_putg(nb_buf *b, double v);
char *nb_put_i64(char *p, long long v);

static inline void nb_buf_putu(nb_buf *b, unsigned long long v)
{
    nb_buf_reserve(b, NB_U64_ROOM);
    nb_buf_set_end(b, nb_put_u64(nb_buf_end(b), v));
}

static inline void nb_buf_puti(nb_buf *b, long long v)
{
    nb_buf_reserve(b, NB_U64_ROOM + 1);
    nb_buf_set_end(b, nb_put_i64(nb_buf_end(b), v));
}

#endif
