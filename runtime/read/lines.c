/* lines.c — the line conventions of the markup readers (see lines.h). */
#include "lines.h"

#include "utf8.h"

void nb_lines_put(nb_buf *b, int *pend, uint32_t *last, const unsigned char *p, size_t k, uint32_t c)
{
    if (*last && (*pend == 1 || (*pend == 2 && !nb_lines_wide(*last) && !nb_lines_wide(c)))) nb_buf_putc(b, ' ');
    *pend = 0;
    nb_buf_put(b, p, k);
    *last = c;
}

void nb_lines_end(nb_buf *b, int cell, int *pend, uint32_t *last)
{
    if (cell) {
        if (*last) *pend = 2;
        return;
    }
    if (*last) {
        /* padding at the end of a line (&nbsp;&nbsp;, U+3000) is no text */
        const unsigned char *s = (const unsigned char *)b->data, *e = s + b->len, *ls = e;
        while (ls > s && ls[-1] != '\n') ls--;
        nb_trim(&ls, &e);
        b->len = (size_t)(e - s);
        nb_buf_putc(b, '\n');
    }
    *last = 0;
    *pend = 0;
}

void nb_lines_blank(nb_buf *b, int cell, int *pend, uint32_t *last)
{
    nb_lines_end(b, cell, pend, last);
    if (cell) return;
    size_t n = b->len;
    if (n && !(n >= 2 && b->data[n - 1] == '\n' && b->data[n - 2] == '\n')) nb_buf_putc(b, '\n');
}
