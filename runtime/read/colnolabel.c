/* colnolabel.c — a row of numbers without a label (table 四, under its header): the header lines
 * above it written as TAB rows. Part of columns.c's reader (columns_int.h). */
#include "columns_int.h"

#include <string.h>

#include "rowstart.h"
#include "utf8.h"

/* A line of a header above a row of numbers without a label (table 四: 行政复议 / 行政诉讼 / 结果
 * 维持 …): short pieces, none a number or a numbered label. Returns the number of pieces, 0 if it is
 * no such line. */
static size_t header_line(const unsigned char *s, const unsigned char *e)
{
    size_t pieces = 0;
    for (const unsigned char *p = nb_skip_blanks(s, e); p < e; p = nb_skip_blanks(p, e)) {
        const unsigned char *q = p;
        size_t chars = 0;
        while (q < e && !nb_blank_at(q, e)) {
            q += nb_u8len(q, e);
            chars++;
        }
        if (chars > 12 || nb_col_numeric(p, q) || nb_row_starter(p, q) || *p < 0x80) return 0;
        pieces++;
        p = q;
    }
    return pieces;
}

/* Copies in[from, to) to o, the header lines right above to as TAB rows: the first blank of each
 * gap becomes a TAB, so the line keeps its length. */
void nb_col_put_header_above(const unsigned char *in, size_t from, size_t to, nb_buf *o)
{
    size_t h = to, lines = 0;
    while (h > from && lines < 24) { /* h: the start of the header */
        size_t ls = h - 1;           /* h - 1 is the '\n' ending the line before */
        while (ls > from && in[ls - 1] != '\n') ls--;
        size_t le = h - 1;
        if (le > ls && in[le - 1] == '\r') le--;
        if (nb_skip_blanks(in + ls, in + le) != in + le) {
            if (!header_line(in + ls, in + le)) break;
            lines++;
        }
        h = ls;
    }
    while (h < to && (in[h] == '\n' || in[h] == '\r' || nb_blank_at(in + h, in + to))) h++; /* from its first piece */
    while (h > from && in[h - 1] != '\n') h--;
    nb_buf_put(o, in + from, h - from);
    if (nb_col_stacked_header(in, h, to, o)) return;
    for (size_t p = h; p < to;) {
        const unsigned char *le = memchr(in + p, '\n', to - p);
        size_t e = le ? (size_t)(le - in) : to;
        const unsigned char *q = nb_skip_blanks(in + p, in + e);
        nb_buf_put(o, in + p, (size_t)(q - (in + p)));
        size_t pieces = 0;
        while (q < in + e) {
            const unsigned char *r = q;
            while (r < in + e && !nb_blank_at(r, in + e)) r += nb_u8len(r, in + e);
            nb_buf_put(o, q, (size_t)(r - q));
            pieces++;
            const unsigned char *t = nb_skip_blanks(r, in + e);
            if (t == in + e) { /* a header of one piece still is a row: a TAB after it */
                if (pieces == 1 && t > r && *r == ' ') {
                    nb_buf_putc(o, '\t');
                    r++;
                }
                nb_buf_put(o, r, (size_t)(t - r));
            } else if (t > r) {
                nb_buf_putc(o, *r == ' ' ? '\t' : (char)*r);
                nb_buf_put(o, r + 1, (size_t)(t - r - 1));
            }
            q = t;
        }
        nb_buf_put(o, in + e, (le ? e + 1 : to) - e);
        p = le ? e + 1 : to;
    }
}

/* Where the cluster's first row stands when it is a row of numbers without a label (table 四) with
 * nothing before it in the cluster but lines of its header, left as they are: that line's offset,
 * or NONE. A header printed a character a line (colstackhead.c) may follow lines of no row (the
 * section's title, set close above the table). */
size_t nb_col_nolabel_row(const state *st)
{
    size_t head = 0; /* the first line of the header */
    for (size_t j = 0; j < st->nln; j++) {
        const cline *l = &st->ln[j];
        if (l->kind == N_LINE) {
            if (l->nnum < 3 || l->nnum != l->np) return NONE;
            if (head == 0 || (j > head && nb_col_header_stacked(st->in, st->ln[head].s, l->s))) return l->s;
            return NONE;
        }
        if (l->owner != NONE) return NONE;
        if (!header_line(st->in + l->s, st->in + l->e)) head = j + 1;
    }
    return NONE;
}
