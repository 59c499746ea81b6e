/* buf.h — a growable byte buffer: where JSON and CSV are written before they reach a stream. */
#ifndef NB_BUF_H
#define NB_BUF_H
#include <stddef.h>

typedef struct nb_buf {
    char *data;
    size_t len, cap;
} nb_buf;

void nb_buf_init(nb_buf *b);
void nb_buf_reserve(nb_buf *b, size_t extra);
void nb_buf_put(nb_buf *b, const void *p, size_t n);
void nb_buf_puts(nb_buf *b, const char *s);
void nb_buf_putc(nb_buf *b, char c);
void nb_buf_printf(nb_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void nb_buf_free(nb_buf *b);

#endif
