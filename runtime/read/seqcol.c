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

/* From the header row at h (its first cell 序号 / 编号), the TAB rows after it: the start of the
 * line after the column's last row when their first cells are empty or run 1, 2, 3 … (three at
 * least), else NULL. */
static const char *column_end(const char *h, const char *lim)
{
    int next = 1;
    const char *p = line_end(h, lim);
    while (p < lim) {
        const char *s = p + 1, *e = line_end(s, lim);
        const char *tab = memchr(s, '\t', (size_t)(e - s));
        if (!tab) break;
        int v = row_number(s, tab);
        if (v < 0 || (v && v != next)) return NULL;
        if (v) next++;
        p = e;
    }
    return next > 3 ? (p < lim ? p + 1 : p) : NULL;
}

void nb_seqcol_blank(nb_text *t, nb_enc_diag_fn diag, void *ctx)
{
    if (!t->data || !memchr(t->data, '\t', t->len)) return;
    char *lim = t->data + t->len;
    for (char *p = t->data; p < lim;) {
        char *e = (char *)line_end(p, lim);
        char *tab = memchr(p, '\t', (size_t)(e - p));
        char *end = tab && seq_header(p, tab) ? (char *)column_end(p, lim) : NULL;
        if (!end) {
            p = e < lim ? e + 1 : e;
            continue;
        }
        size_t rows = 0, first = (size_t)(p - t->data);
        for (char *s = p; s < end; rows++) {
            char *le = (char *)line_end(s, lim);
            char *c = memchr(s, '\t', (size_t)(le - s));
            for (; s <= c; s++)
                if (*s != '\r') *s = ' ';
            s = le < lim ? le + 1 : le;
        }
        if (diag) {
            char msg[160];
            snprintf(msg, sizeof msg, "a leading column of row numbers (序号) over %zu table rows dropped: no counts", rows);
            diag(ctx, "info", "row-numbers-dropped", msg, first);
        }
        p = end;
    }
}
