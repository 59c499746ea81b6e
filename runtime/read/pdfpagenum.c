/* pdfpagenum.c — the page numbers at the pages' feet, told from a table's last value (pdfrows_int.h). */
#include <limits.h>
#include <stdlib.h>

#include "pdfrows_int.h"

/* A page number alone on a page's last line: - 3 -, 3, 第3页, 3/12. */
static int page_number(const glyph *g, const line *l)
{
    size_t digits = 0, other = 0;
    for (size_t j = 0; j < l->n; j++) {
        uint32_t c = g[l->g + j].c;
        if (c >= '0' && c <= '9') digits++;
        else if (!(c == '-' || c == '/' || c == 0x2014 || c == 0x2013 || c == 0x7B2C /* 第 */ ||
                   c == 0x9875 /* 页 */ || c == 0x5171 /* 共 */))
            other++;
    }
    return digits > 0 && digits <= 4 && other == 0;
}

/* The first number of such a line (第3页 共8页: 3), less the page's index: 1 on every page of a
 * document numbered from its first page. */
long nb_pdf_page_number_offset(const glyph *g, const line *l)
{
    long v = 0;
    size_t j = 0;
    while (j < l->n && (g[l->g + j].c < '0' || g[l->g + j].c > '9')) j++;
    for (; j < l->n && g[l->g + j].c >= '0' && g[l->g + j].c <= '9'; j++) v = v * 10 + (long)(g[l->g + j].c - '0');
    return v - l->page;
}

static int cmp_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/* Whether line i is its page's last and a page number's shape alone in one cell. */
int nb_pdf_foot_number(const glyph *g, const line *lv, size_t nl, const size_t *ncell, size_t i)
{
    return (i + 1 == nl || lv[i + 1].page != lv[i].page) && ncell[i] == 1 && page_number(g, &lv[i]);
}

/* The page numbers' offset (page_number_offset) that the one-number lines at the foot of the pages
 * share, or LONG_MIN for none: a table's last value printed at a page's foot has that shape too, and
 * only numbers that count the pages are theirs. Most of such lines must share it (two at least), or
 * the one there is must number its page from 1. */
long nb_pdf_page_numbering(const glyph *g, const line *lv, size_t nl, const size_t *ncell)
{
    long *off = malloc((nl + 1) * sizeof *off), best = LONG_MIN;
    if (!off) nb_oom();
    size_t m = 0, run = 0, most = 0;
    for (size_t i = 0; i < nl; i++)
        if (nb_pdf_foot_number(g, lv, nl, ncell, i)) off[m++] = nb_pdf_page_number_offset(g, &lv[i]);
    qsort(off, m, sizeof *off, cmp_long);
    for (size_t i = 0; i < m; i++) {
        run = i > 0 && off[i] == off[i - 1] ? run + 1 : 1;
        if (run > most) most = run, best = off[i];
    }
    free(off);
    if (m == 1 && best == 1) return best;
    return most >= 2 && 2 * most > m ? best : LONG_MIN;
}
