/* seqcol.c — a leading column of row numbers in a table's TAB rows, blanked; see seqcol.h. */
#include "seqcol.h"

#include <stdio.h>
#include <string.h>

/* The length of the blank at p (< e): a space, \r, NBSP or an ideographic space; 0 for none. */
static size_t blank_at(const char *p, const char *e)
{
    if (*p == ' ' || *p == '\r') return 1;
    if (e - p >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0) return 2;
    if (e - p >= 3 && (unsigned char)p[0] == 0xE3 && (unsigned char)p[1] == 0x80 && (unsigned char)p[2] == 0x80)
        return 3;
    return 0;
}

/* Whether [s, e) is the header of a row-number column: 序号 or 编号, blanks around or between. */
static int seq_header(const char *s, const char *e)
{
    char w[16];
    size_t n = 0;
    while (s < e) {
        size_t b = blank_at(s, e);
        if (b) {
            s += b;
            continue;
        }
        if (n == sizeof w) return 0;
        w[n++] = *s++;
    }
    return (n == 6 && (!memcmp(w, "序号", 6) || !memcmp(w, "编号", 6)));
}

/* The first cell of [s, e) trimmed: its value as a row number (ASCII digits, 1 to 999), 0 when it
 * is empty, -1 when it is anything else. */
static int row_number(const char *s, const char *e)
{
    size_t b;
    while (s < e && (b = blank_at(s, e))) s += b;
    while (e > s && (e[-1] == ' ' || e[-1] == '\r')) e--;
    if (s == e) return 0;
    if (e - s > 3 || *s == '0') return -1;
    int v = 0;
    for (; s < e; s++) {
        if (*s < '0' || *s > '9') return -1;
        v = v * 10 + (*s - '0');
    }
    return v;
}

/* The end of the line at p (its \n or the text's end). */
static const char *line_end(const char *p, const char *lim)
{
    const char *nl = memchr(p, '\n', (size_t)(lim - p));
    return nl ? nl : lim;
}

/* The end of the first cell of the line [s, e): its TAB, or for a line without one (lynx writes a
 * header row in blanks) the end of its first word, blanks before it skipped. */
static const char *first_cell_end(const char *s, const char *e)
{
    const char *tab = memchr(s, '\t', (size_t)(e - s));
    if (tab) return tab;
    size_t b;
    while (s < e && (b = blank_at(s, e))) s += b;
    while (s < e && !blank_at(s, e)) s++;
    return s;
}

/* Header rows a reader may write under the 序号 row before the first numbered one (申请人情况's
 * second and third rows; html2text and lynx write them with their own cells only, no empty first). */
enum { HEAD_ROWS = 4 };

/* Whether, in the lines from s to the next blank one, a TAB row's first cell is the row number
 * next: the numbers go on after a line that is no row. */
static int resumes(const char *s, const char *lim, int next)
{
    while (s < lim) {
        const char *e = line_end(s, lim), *f = s;
        size_t b;
        while (f < e && (b = blank_at(f, e))) f += b;
        if (f == e) return 0;
        if (memchr(s, '\t', (size_t)(e - s)) && row_number(s, first_cell_end(s, e)) == next) return 1;
        s = e + 1;
    }
    return 0;
}

/* From the header row at h (its first cell 序号 / 编号), the rows after it: the start of the line
 * after the column's last row when, after at most HEAD_ROWS header rows, TAB rows follow whose first
 * cells are empty or run 1, 2, 3 … (three at least), to the first line without a TAB; else NULL. */
static const char *column_end(const char *h, const char *lim)
{
    int next = 1, head = 0;
    const char *p = line_end(h, lim);
    while (p < lim) {
        const char *s = p + 1, *e = line_end(s, lim);
        int tab = memchr(s, '\t', (size_t)(e - s)) != NULL;
        int v = row_number(s, first_cell_end(s, e));
        if (next == 1 && v != 1) { /* a header row (TAB or not, its first cell text or empty) */
            if (++head > HEAD_ROWS || s == e) return NULL;
        } else if (!tab) {
            if (resumes(s, lim, next)) return NULL; /* a wrapped label's line, not the table's end */
            break;
        } else if (v < 0 || (v && v != next)) {
            return NULL;
        } else if (v) {
            next++;
        }
        p = e;
    }
    return next > 3 ? (p < lim ? p + 1 : p) : NULL;
}

/* Blanks the first cell of the line at s (to lim), with its TAB: the header's word, a row's number,
 * an empty cell; a header row's first cell that is text is another column's and stays. */
static void blank_first_cell(char *s, const char *lim, int header)
{
    char *e = (char *)line_end(s, lim), *c = (char *)first_cell_end(s, e);
    if (!header && row_number(s, c) < 0) return;
    if (c < e && *c == '\t') c++;
    for (; s < c; s++)
        if (*s != '\r') *s = ' ';
}

void nb_seqcol_blank(nb_text *t, nb_enc_diag_fn diag, void *ctx)
{
    if (!t->data || !memchr(t->data, '\t', t->len)) return;
    char *lim = t->data + t->len;
    for (char *p = t->data; p < lim;) {
        char *e = (char *)line_end(p, lim);
        char *end = seq_header(p, first_cell_end(p, e)) ? (char *)column_end(p, lim) : NULL;
        if (!end) {
            p = e < lim ? e + 1 : e;
            continue;
        }
        size_t rows = 0, first = (size_t)(p - t->data);
        for (char *s = p; s < end; rows++) {
            blank_first_cell(s, lim, s == p);
            s = (char *)line_end(s, lim);
            s = s < lim ? s + 1 : s;
        }
        if (diag) {
            char msg[160];
            snprintf(msg, sizeof msg, "a leading column of row numbers (序号) over %zu table rows dropped: no counts", rows);
            diag(ctx, "info", "row-numbers-dropped", msg, first);
        }
        p = end;
    }
}
