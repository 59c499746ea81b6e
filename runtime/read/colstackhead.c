/* colstackhead.c — a header printed a character a line (行 / 政 / 复 / 议, 结 / 果 / 维 / 持): a
 * narrow print (Chromium at A5) breaks each word of table 四's header cells where the cell ends, so no
 * line holds a word the table's labels know. Each column's pieces are joined top to bottom into the
 * word they spell. Part of columns.c's reader (columns_int.h). */
#include "columns_int.h"

#include <stdlib.h>
#include <string.h>

#include "utf8.h"

enum { MAX_PIECES = 256 };

/* A piece of a header line: bytes [s, e), columns [x0, x1) (a character or blank a column, as in
 * pdftotext's grid), its line among the nonblank lines, its characters, the piece under it. */
typedef struct hp {
    size_t s, e;
    int x0, x1;
    unsigned line, chars;
    int next, prev;
} hp;

static int overlaps(const hp *a, const hp *b) { return a->x0 < b->x1 && b->x0 < a->x1; }

/* The pieces of the nonblank lines of in[h, to) into p; their count, or 0 where there are too many. */
static size_t cut(const unsigned char *in, size_t h, size_t to, hp *p, unsigned *lines)
{
    size_t n = 0;
    unsigned line = 0;
    for (size_t ls = h; ls < to;) {
        const unsigned char *nl = memchr(in + ls, '\n', to - ls);
        size_t le = nl ? (size_t)(nl - in) : to;
        const unsigned char *q = in + ls, *e = in + le;
        int x = 0, any = 0;
        while (q < e) {
            size_t k = nb_blank_at(q, e);
            if (k) {
                q += k;
                x++;
                continue;
            }
            if (n == MAX_PIECES) return 0;
            hp *c = &p[n++];
            c->s = (size_t)(q - in);
            c->x0 = x;
            c->chars = 0;
            while (q < e && !nb_blank_at(q, e)) {
                q += nb_u8len(q, e);
                x++;
                c->chars++;
            }
            c->e = (size_t)(q - in);
            c->x1 = x;
            c->line = line;
            c->next = c->prev = -1;
            any = 1;
        }
        line += any;
        ls = nl ? le + 1 : to;
    }
    *lines = line;
    return n;
}

/* The one piece of line `line` overlapping a, or -1 (none or several). */
static int only_overlap(const hp *p, size_t n, const hp *a, unsigned line)
{
    int hit = -1;
    for (size_t i = 0; i < n; i++)
        if (p[i].line == line && overlaps(a, &p[i])) {
            if (hit >= 0) return -1;
            hit = (int)i;
        }
    return hit;
}

/* Cuts in[h, to) into p and links each column's pieces; whether some column is a character a line. */
static int stacked(const unsigned char *in, size_t h, size_t to, hp *p, size_t *np)
{
    unsigned lines;
    size_t n = *np = cut(in, h, to, p, &lines);
    /* a piece of one or two characters continues in the one such piece under it that stands under it
       alone */
    for (size_t i = 0; i < n; i++) {
        if (p[i].chars > 2) continue;
        int j = only_overlap(p, n, &p[i], p[i].line + 1);
        if (j < 0 || p[j].chars > 2 || only_overlap(p, n, &p[j], p[i].line) != (int)i) continue;
        p[i].next = j;
        p[j].prev = (int)i;
    }
    /* a character a line: some column of three or more single characters one under another */
    for (size_t i = 0; i < n; i++) {
        unsigned run = 0;
        for (int j = (int)i; j >= 0 && p[j].chars == 1; j = p[j].next) run++;
        if (p[i].prev < 0 && run >= 3) return 1;
    }
    return 0;
}

int nb_col_header_stacked(const unsigned char *in, size_t h, size_t to)
{
    hp p[MAX_PIECES];
    size_t n;
    return stacked(in, h, to, p, &n);
}

int nb_col_stacked_header(const unsigned char *in, size_t h, size_t to, nb_buf *o)
{
    hp p[MAX_PIECES];
    size_t n;
    if (!stacked(in, h, to, p, &n)) return 0;
    /* each column's word on the line of its top piece, its cells a TAB apart; the header keeps its
       bytes and lines, the text after it its offsets */
    size_t start = o->len;
    unsigned line = 0;
    for (size_t ls = h; ls < to;) {
        const unsigned char *nl = memchr(in + ls, '\n', to - ls);
        size_t le = nl ? (size_t)(nl - in) : to;
        int any = nb_skip_blanks(in + ls, in + le) != in + le, cells = 0;
        for (size_t i = 0; any && i < n; i++) {
            if (p[i].line != line || p[i].prev >= 0) continue;
            if (cells++) nb_buf_putc(o, '\t');
            for (int j = (int)i; j >= 0; j = p[j].next) nb_buf_put(o, in + p[j].s, p[j].e - p[j].s);
        }
        if (cells == 1) nb_buf_putc(o, '\t'); /* a header of one piece still is a row */
        line += any;
        if (nl) nb_buf_putc(o, '\n');
        ls = nl ? le + 1 : to;
    }
    size_t wrote = o->len - start;
    if (wrote > to - h) { /* cannot be: the words are the pieces, with fewer blanks */
        o->len = start;
        return 0;
    }
    /* the blanks saved, at the end of the header's last line */
    int nl = wrote > 0 && o->data[o->len - 1] == '\n';
    o->len -= (size_t)nl;
    for (size_t k = 0; k < to - h - wrote; k++) nb_buf_putc(o, ' ');
    if (nl) nb_buf_putc(o, '\n');
    return 1;
}
