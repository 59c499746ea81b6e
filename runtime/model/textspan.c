/* textspan.c — spans of bytes inside a text whose own span is known: a cell's lines, a paragraph's
 * tokens. A paragraph cleaned of Word's HTML leftovers is a copy whose bytes sit elsewhere, and a span
 * counted in the copy would point before the cell it names: nb_para_source goes back to the input. */
#include "model.h"
#include "utf8.h"

nb_span nb_span_in(const nb_span *base, const unsigned char *start, const unsigned char *p)
{
    nb_span s = *base;
    const unsigned char *line = start, *eol;
    while ((eol = nb_line_end(line, p)) < p) {
        s.line++;
        s.col = 1;
        line = eol + 1 + (*eol == '\r' && eol + 1 < p && eol[1] == '\n');
    }
    s.col += (uint32_t)nb_u8count(line, p);
    s.byte += (size_t)(p - start);
    return s;
}

const unsigned char *nb_para_source(const nb_para *p, const char *q)
{
    if (!p->pieces) return (const unsigned char *)q;
    size_t lo = 0, hi = p->npieces; /* the last piece that starts at or before q (pieces[0] starts the copy) */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (p->pieces[mid].at <= q) lo = mid;
        else hi = mid;
    }
    return p->pieces[lo].src + (q - p->pieces[lo].at);
}
