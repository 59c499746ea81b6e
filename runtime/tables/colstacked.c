/* colstacked.c — a header's labels stacked over lines, placed by their columns (colstacked.h). */
#include "colstacked.h"

#include <string.h>

#include "columns.h"
#include "utf8.h"

enum { MAX_PIECES = 512 };

/* A piece of a line: its bytes [s, e) between blanks, display columns [x0, x1), nonblank line. */
typedef struct piece {
    const unsigned char *s, *e;
    int x0, x1;
    unsigned line;
} piece;

static int char_width(uint32_t c, int wide)
{
    /* the PDF reader counts punctuation (“ ” — …, U+2010-206F) two columns as well (pdfrows.c) */
    return nb_display_width(c) == 2 || (wide == 2 && c >= 0x2010 && c <= 0x206F) ? wide : 1;
}

/* The pieces of the nonblank lines of [s, e) into p, in line order; their count, or 0 where there are
 * too many. */
static size_t cut(const unsigned char *s, const unsigned char *e, int wide, piece *p)
{
    size_t n = 0;
    unsigned line = 0;
    for (const unsigned char *ls = s; ls < e;) {
        const unsigned char *le = memchr(ls, '\n', (size_t)(e - ls));
        if (!le) le = e;
        int x = 0, any = 0;
        for (const unsigned char *q = ls; q < le;) {
            size_t k = nb_blank_at(q, le);
            if (k) {
                x += k == 3 ? wide : 1; /* the ideographic space is wide (others of 3 bytes are rare) */
                q += k;
                continue;
            }
            if (n == MAX_PIECES) return 0;
            piece *c = &p[n++];
            c->s = q;
            c->x0 = x;
            while (q < le && !nb_blank_at(q, le)) {
                size_t u = nb_u8len(q, le);
                x += char_width(nb_u8decode(q, u), wide);
                q += u;
            }
            c->e = q;
            c->x1 = x;
            c->line = line;
            any = 1;
        }
        line += any;
        ls = le + 1;
    }
    return n;
}

static int overlaps(const piece *a, const piece *b) { return a->x0 < b->x1 && b->x0 < a->x1; }

/* The piece under piece i: the one piece overlapping it on the first line below it that has any;
 * -1 where that line has several or none is below. */
static long under(const piece *p, size_t n, size_t i)
{
    long hit = -1;
    for (size_t j = i + 1; j < n; j++) {
        if (p[j].line == p[i].line) continue;
        if (hit >= 0 && p[j].line != p[hit].line) break;
        if (!overlaps(&p[i], &p[j])) continue;
        if (hit >= 0) return -1;
        hit = (long)j;
    }
    return hit;
}

/* Whether piece q is the start of the bytes [r, re). */
static int starts(const piece *q, const unsigned char *r, const unsigned char *re)
{
    size_t k = (size_t)(q->e - q->s);
    return k <= (size_t)(re - r) && memcmp(q->s, r, k) == 0;
}

/* Whether the stack of pieces from piece i down spells label [r, re) whole; its columns into *out. */
static int spells(const piece *p, size_t n, size_t i, const unsigned char *r, const unsigned char *re,
                  nb_label_span *out)
{
    int x0 = p[i].x0, x1 = p[i].x1;
    for (long at = (long)i;;) {
        if (!starts(&p[at], r, re)) return 0;
        r += p[at].e - p[at].s;
        if (p[at].x0 < x0) x0 = p[at].x0;
        if (p[at].x1 > x1) x1 = p[at].x1;
        if (r == re) break;
        if ((at = under(p, n, (size_t)at)) < 0) return 0;
    }
    out->x0 = x0;
    out->x1 = x1;
    return 1;
}

void nb_stacked_labels(const unsigned char *s, const unsigned char *e, int wide, const char *const *labels, int n,
                       nb_label_span *out)
{
    piece p[MAX_PIECES];
    size_t np = cut(s, e, wide, p);
    for (int l = 0; l < n; l++) {
        const unsigned char *r = (const unsigned char *)labels[l], *re = r + strlen(labels[l]);
        out[l] = (nb_label_span){0, 0, 0};
        for (size_t i = 0; i < np && out[l].found < 2; i++) {
            nb_label_span at = {0, 0, 0};
            if (spells(p, np, i, r, re, &at)) {
                if (!out[l].found) out[l] = at;
                out[l].found++;
            }
        }
    }
}

void nb_stacked_widths(const nb_report *r, int *lo, int *hi)
{
    int pdf = r->format && strcmp(r->format, "pdf") == 0;
    int grid = !pdf && r->text.data && memchr(r->text.data, '\f', r->text.len);
    *lo = pdf ? 2 : 1;
    *hi = grid ? 1 : 2;
}
