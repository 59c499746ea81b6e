/* flattable.c — rows laid flat side by side, written out as rows (flattable.h). */
#include "flattable.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "utf8.h"

enum { MAX_CELLS = 48 };

typedef struct cells {
    const unsigned char *s[MAX_CELLS], *e[MAX_CELLS]; /* trimmed */
    int n;
} cells;

/* The TAB cells of line [s, e) into c; 0 where the line has no TAB or too many cells. */
static int split(const unsigned char *s, const unsigned char *e, cells *c)
{
    if (!memchr(s, '\t', (size_t)(e - s))) return 0;
    c->n = 0;
    for (const unsigned char *p = s;;) {
        const unsigned char *q = memchr(p, '\t', (size_t)(e - p));
        if (!q) q = e;
        if (c->n == MAX_CELLS) return 0;
        const unsigned char *a = p, *b = q;
        nb_trim(&a, &b);
        c->s[c->n] = a, c->e[c->n] = b, c->n++;
        if (q == e) break;
        p = q + 1;
    }
    return 1;
}

static int blank(const cells *c, int i) { return i >= c->n || c->s[i] == c->e[i]; }

/* A value: digits (with . or , inside), or a dash for none. */
static int value(const unsigned char *s, const unsigned char *e)
{
    if (s == e) return 0;
    if ((e - s == 1 && (*s == '-' || *s == '/')) || (e - s == 3 && (!memcmp(s, "—", 3) || !memcmp(s, "－", 3))))
        return 1;
    if (*s < '0' || *s > '9') return 0;
    for (const unsigned char *p = s; p < e; p++)
        if ((*p < '0' || *p > '9') && *p != '.' && *p != ',') return 0;
    return 1;
}

/* The nearest non-blank cell of c at or left of i, but not the first (the header's label column). */
static int spanning(const cells *c, int i)
{
    for (; i >= 1; i--)
        if (!blank(c, i)) return i;
    return -1;
}

typedef struct line {
    const unsigned char *s, *e;
} line;

/* Writes the flat table whose values are line v (cells vc), its row labels line r, its column words
 * line r + 1 (== v - 1), its blocks line r - 1 where r > first: into o. 1 if it is one. */
static int write_rows(const line *L, int r, int v, int first, nb_row_label_fn row_label, nb_buf *o)
{
    cells vc, rc, cc, bc;
    if (!split(L[v].s, L[v].e, &vc) || !split(L[r].s, L[r].e, &rc) || !split(L[v - 1].s, L[v - 1].e, &cc)) return 0;
    int blocks = r > first && split(L[r - 1].s, L[r - 1].e, &bc);
    int labels = 0, values = 0;
    for (int i = 1; i < rc.n; i++) {
        if (blank(&rc, i)) continue;
        if (row_label(rc.s[i], (size_t)(rc.e[i] - rc.s[i])) != 1) return 0; /* a header word that is no row */
        labels++;
    }
    for (int i = 1; i < vc.n; i++) {
        if (blank(&vc, i)) continue;
        if (!value(vc.s[i], vc.e[i]) || spanning(&rc, i) < 0 || blank(&cc, i)) return 0;
        values++;
    }
    if (labels < 2 || values < 3) return 0;
    int prev_blk = -2, prev_first = -1, prev_n = 0; /* the block and the columns' words written last */
    for (int i = 1; i < vc.n;) {
        if (blank(&vc, i)) {
            i++;
            continue;
        }
        int row = spanning(&rc, i), blk = blocks ? spanning(&bc, i) : -1, n = 0;
        while (i + n < vc.n && spanning(&rc, i + n) == row && (blk < 0 || spanning(&bc, i + n) == blk)) n++;
        int same = n == prev_n;
        for (int k = 0; same && k < n; k++)
            same = cc.e[i + k] - cc.s[i + k] == cc.e[prev_first + k] - cc.s[prev_first + k] &&
                   !memcmp(cc.s[i + k], cc.s[prev_first + k], (size_t)(cc.e[i + k] - cc.s[i + k]));
        if (blk >= 0 && blk != prev_blk) { /* a new block: its caption */
            nb_buf_put(o, bc.s[blk], (size_t)(bc.e[blk] - bc.s[blk]));
            nb_buf_putc(o, '\n');
        }
        if (blk != prev_blk || !same) { /* its columns' words */
            nb_buf_puts(o, "信息内容");
            for (int k = i; k < i + n; k++) {
                nb_buf_putc(o, '\t');
                nb_buf_put(o, cc.s[k], (size_t)(cc.e[k] - cc.s[k]));
            }
            nb_buf_putc(o, '\n');
        }
        prev_blk = blk, prev_first = i, prev_n = n;
        nb_buf_put(o, rc.s[row], (size_t)(rc.e[row] - rc.s[row]));
        for (; n > 0; n--, i++) {
            nb_buf_putc(o, '\t');
            nb_buf_put(o, vc.s[i], (size_t)(vc.e[i] - vc.s[i]));
        }
        nb_buf_putc(o, '\n');
    }
    return 1;
}

void nb_flat_table_rows(nb_text *t, nb_row_label_fn row_label, nb_enc_diag_fn diag, void *ctx)
{
    if (!row_label || !t->len || !memchr(t->data, '\t', t->len)) return;
    const unsigned char *p = (const unsigned char *)t->data, *end = p + t->len;
    size_t nl = 0, cap = 0;
    line *L = NULL;
    for (const unsigned char *s = p; s < end;) {
        const unsigned char *e = memchr(s, '\n', (size_t)(end - s));
        if (!e) e = end;
        if (nl == cap) {
            cap = cap ? 2 * cap : 256;
            line *nv = realloc(L, cap * sizeof *L);
            if (!nv) {
                free(L);
                return;
            }
            L = nv;
        }
        L[nl].s = s, L[nl].e = e, nl++;
        s = e + 1;
    }
    nb_buf o;
    nb_buf_init(&o);
    size_t done = 0, tables = 0; /* bytes of the text written so far */
    for (size_t v = 3; v < nl; v++) {
        cells vc;
        if (!split(L[v].s, L[v].e, &vc) || vc.n < 4 || (!blank(&vc, 0) && value(vc.s[0], vc.e[0])))
            continue; /* values, their first cell a word (数量) or blank */
        int r = (int)v - 2, first = r - 1 >= 0 ? r - 1 : r;
        size_t from = (size_t)(L[first].s - p);
        if (from < done) continue;
        nb_buf part;
        nb_buf_init(&part);
        if (write_rows(L, r, (int)v, first, row_label, &part)) {
            nb_buf_put(&o, p + done, from - done);
            nb_buf_put(&o, part.data, part.len);
            done = (size_t)(L[v].e - p) + (L[v].e < end);
            tables++;
        }
        nb_buf_free(&part);
    }
    free(L);
    if (!tables) {
        nb_buf_free(&o);
        return;
    }
    nb_buf_put(&o, p + done, t->len - done);
    free(t->data);
    t->data = o.data;
    t->len = o.len;
    if (diag) {
        char msg[200];
        snprintf(msg, sizeof msg, "%zu table%s of rows laid flat (their labels side by side over one row of values) "
                 "written out as rows", tables, tables == 1 ? "" : "s");
        diag(ctx, "info", "flat-table", msg, 0);
    }
}
