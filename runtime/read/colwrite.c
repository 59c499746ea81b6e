/* colwrite.c — rows written: a row as one TAB line (the cells of the labels spanning rows, its label,
 * its unit, its numbers in their columns), a row on one line marked in place, a cluster with every
 * line kept in its place. Part of columns.c's reader (columns_int.h). */
#include "columns_int.h"

#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "numbers.h"

/* Where row r's line holds a sub-item's number in a column of its own (colnumcell.c), its label is in
 * the lines around it: where their leftmost piece right of that number starts (-1: no such row). */
static int numeral_label_x(state *st, size_t r, size_t a, size_t b)
{
    const piece *q = nb_col_last_label(st, &st->ln[r]);
    if (!q || !q->numeral) return -1;
    int x = -1;
    for (size_t j = a; j < b; j++) {
        if (st->ln[j].owner != r || j == r) continue;
        for (size_t i = 0; i < st->ln[j].np; i++)
            if (P(st, &st->ln[j], i)->x0 > q->x1 && (x < 0 || P(st, &st->ln[j], i)->x0 < x)) x = P(st, &st->ln[j], i)->x0;
    }
    return x;
}

/* The column of row r's label: its rightmost numbered piece, or the label piece on its N line. */
static int label_x(state *st, size_t r, size_t a, size_t b)
{
    int x = numeral_label_x(st, r, a, b);
    if (x >= 0) return x;
    for (size_t j = a; j < b; j++) {
        if (st->ln[j].owner != r) continue;
        const cline *l = &st->ln[j];
        size_t k = l->np - (l->kind == N_LINE ? l->nnum : 0);
        for (size_t i = 0; i < k; i++)
            if (P(st, l, i)->starter && !P(st, l, i)->over && P(st, l, i)->x0 > x) x = P(st, l, i)->x0;
    }
    if (x >= 0) return x;
    piece *p = nb_col_last_label(st, &st->ln[r]);
    while (p && p->over) p = p > P(st, &st->ln[r], 0) ? p - 1 : NULL; /* (a note beside the numbers) */
    if (p) return p->x0;
    x = -1;
    for (size_t j = a; j < b; j++) {
        if (st->ln[j].owner != r || j == r) continue;
        piece *q = nb_col_last_label(st, &st->ln[j]);
        if (q && (x < 0 || q->x0 < x)) x = q->x0;
    }
    return x < 0 ? 0 : x;
}

void nb_col_put_piece(nb_buf *o, const unsigned char *in, const piece *p, const piece *before)
{
    /* Latin words split over lines keep a blank between them; CJK text joins directly */
    if (before && in[before->e - 1] < 0x80 && in[p->s] < 0x80 && in[before->e - 1] != '-') nb_buf_putc(o, ' ');
    nb_buf_put(o, in + p->s, p->e - p->s);
}

/* The columns of the labels spanning rows beside row r (their pieces flagged `group`), left to
 * right, into cols; returns how many. */
static size_t group_columns(state *st, size_t r, size_t a, size_t b, int *cols, size_t cap)
{
    int lx = label_x(st, r, a, b);
    size_t ncols = 0;
    /* a 统计表's row (a unit before its value) has no label spanning rows: a piece left of its label
       is the label's own, wrapped to the cell's edge left of its indent (…工作人员 / 数）) */
    const cline *n = &st->ln[r];
    if (n->np > n->nnum && P(st, n, n->np - n->nnum - 1)->unit) lx = -1;
    for (size_t j = a; j < b; j++) {
        if (st->ln[j].owner != r) continue;
        const cline *l = &st->ln[j];
        size_t k = l->np - (l->kind == N_LINE ? l->nnum : 0);
        for (size_t i = 0; i < k; i++) {
            piece *p = P(st, l, i);
            p->group = !p->numeral && !p->over && p->x0 < lx - 1 && p->x1 <= lx;
            if (!p->group) continue;
            size_t c = 0;
            while (c < ncols && abs(cols[c] - p->x0) > 2) c++;
            if (c == ncols && ncols < cap) cols[ncols++] = p->x0;
        }
    }
    for (size_t i = 1; i < ncols; i++)
        for (size_t j = i; j > 0 && cols[j - 1] > cols[j]; j--) {
            int t = cols[j];
            cols[j] = cols[j - 1];
            cols[j - 1] = t;
        }
    return ncols;
}

/* Whether label piece p of a row goes in cell c of its columns (c == ncols: the row's own label). */
static int in_column(const piece *p, const int *cols, size_t ncols, size_t c)
{
    if (c == ncols) return !p->group && !p->unit && !p->over && !p->numeral;
    if (!p->group || abs(cols[c] - p->x0) > 2) return 0;
    size_t d = 0;
    while (d < ncols && abs(cols[d] - p->x0) > 2) d++;
    return d == c;
}

/* Bytes [s, e) without their blanks: pieces of a cell on one line (2 件为, colcut.c) in one cell. */
static void put_unblanked(nb_buf *o, const unsigned char *s, const unsigned char *e)
{
    for (; s < e; s++)
        if (*s != ' ') nb_buf_putc(o, (char)*s);
}

/* A number's cell; a wrapped one as its head, a marker and its continuation (and a piece above it
 * first, colcut.c): no number, and the diagnostic that says so shows every piece. */
static void put_number(nb_buf *o, const unsigned char *in, const piece *p)
{
    if (p->he > p->hs) {
        put_unblanked(o, in + p->hs, in + p->he);
        if (!p->mark) nb_buf_puts(o, "\xE2\x86\xB5"); /* ↵ (a count and its note mark are one: 797注2) */
    }
    nb_buf_put(o, in + p->s, p->e - p->s);
    if (p->wrapped) {
        if (!p->mark) nb_buf_puts(o, "\xE2\x86\xB5"); /* ↵ */
        put_unblanked(o, in + p->ts, in + p->te);
    }
    nb_buf_put(o, in + p->us, p->ue - p->us); /* (its unit, wrapped under it) */
    if (p->doubt) nb_buf_putc(o, '?'); /* (no number: its row is not known) */
}

/* The pieces of row r's lines [a, b) marked over column `over` (every marked one: 0), in their order. */
static void put_over(state *st, size_t r, size_t a, size_t b, unsigned over, nb_buf *o)
{
    const piece *before = NULL;
    for (size_t j = a; j < b; j++) {
        const cline *l = &st->ln[j];
        if (l->owner != r) continue;
        for (size_t i = 0; i < l->np; i++) {
            const piece *p = P(st, l, i);
            if (!p->over || (over && p->over != over)) continue;
            nb_col_put_piece(o, st->in, p, before);
            before = p;
        }
    }
}

/* Row r as one TAB line: the spanning labels' columns, the label, the numbers. */
static void put_row(state *st, size_t r, size_t a, size_t b, nb_buf *o)
{
    if (st->flow) {
        nb_col_put_flow_row(st, r, a, b, o);
        return;
    }
    const unsigned char *in = st->in;
    size_t over = nb_col_mark_over(st, r, a, b);
    int cols[8];
    size_t ncols = group_columns(st, r, a, b, cols, sizeof cols / sizeof cols[0]);
    size_t cells = 0;
    for (size_t c = 0; c <= ncols; c++) { /* the group columns, then (c == ncols) the label */
        const piece *before = NULL;
        size_t len0 = o->len;
        const piece *q = c == ncols ? nb_col_last_label(st, &st->ln[r]) : NULL;
        if (q && q->numeral) { /* a sub-item's number heads its label, as on one line (1 属于国家秘密) */
            if (cells) nb_buf_putc(o, '\t');
            nb_buf_put(o, in + q->s, q->e - q->s);
            nb_buf_putc(o, ' ');
        }
        for (size_t j = a; j < b; j++) {
            if (st->ln[j].owner != r) continue;
            const cline *l = &st->ln[j];
            size_t k = l->np - (l->kind == N_LINE ? l->nnum : 0);
            for (size_t i = 0; i < k; i++) {
                const piece *p = P(st, l, i);
                if (!in_column(p, cols, ncols, c)) continue;
                if (o->len == len0 && cells) nb_buf_putc(o, '\t');
                nb_col_put_piece(o, in, p, before);
                before = p;
            }
        }
        if (o->len > len0) cells++;
    }
    const cline *n = &st->ln[r];
    if (n->np > n->nnum && P(st, n, n->np - n->nnum - 1)->unit) { /* the unit, a cell of its own */
        const piece *u = P(st, n, n->np - n->nnum - 1);
        if (cells++) nb_buf_putc(o, '\t');
        nb_buf_put(o, in + u->s, u->e - u->s);
    }
    const cline *l = &st->ln[r];
    unsigned col[64], ncol = nb_col_place(st, l, col, 64);
    if (over && !ncol) ncol = nb_col_free_columns(st, r, a, b, col); /* (cells stacked around it, colstack.c) */
    if (over && !ncol) { /* text over the numbers that cannot be placed with them: one cell, no number */
        if (cells++) nb_buf_putc(o, '\t');
        put_over(st, r, a, b, 0, o);
        for (size_t i = l->np - l->nnum; i < l->np; i++) {
            nb_buf_putc(o, ' ');
            nb_buf_put(o, in + P(st, l, i)->s, P(st, l, i)->e - P(st, l, i)->s);
        }
        return;
    }
    if (ncol) { /* the numbers in their columns, a blank cell where a column has none */
        size_t i = 0;
        for (unsigned c = 0; c < ncol; c++) {
            if (cells++) nb_buf_putc(o, '\t');
            if (over) put_over(st, r, a, b, c + 1, o);
            if (i < l->nnum && col[i] == c) {
                const piece *p = P(st, l, l->np - l->nnum + i++);
                put_number(o, in, p);
            }
        }
        return;
    }
    for (size_t i = l->np - l->nnum; i < l->np; i++) {
        if (cells++) nb_buf_putc(o, '\t');
        put_number(o, in, P(st, l, i));
    }
    for (size_t i = 0; i < l->nmore; i++) { /* the rest of its values, from the next line (colgoeson.c) */
        nb_buf_putc(o, '\t');
        nb_buf_put(o, in + st->pc[l->more + i].s, st->pc[l->more + i].e - st->pc[l->more + i].s);
    }
}

/* Row r that stands on its one line (line r) marked in place: the cells put_row would write, each
 * boundary an ASCII blank of the line turned into a TAB (a TAB between pieces of one cell into a
 * blank), so that every byte keeps its offset, line and column, and the spans of its cells index
 * the input. A blank cell takes a TAB of its own; a row of blank cells first starts with their TABs.
 * Returns 0 (o untouched) where a gap has too few ASCII blanks for its TABs, or no room is left for
 * the blank cells after the last number: the line is then copied as it is. */
static int put_inline(state *st, size_t r, nb_buf *o)
{
    const cline *l = &st->ln[r];
    if (nb_col_mark_over(st, r, r, r + 1)) return 0; /* its cells are not its pieces: put_row's */
    int cols[8];
    size_t ncols = group_columns(st, r, r, r + 1, cols, sizeof cols / sizeof cols[0]);
    size_t nlab = l->np - l->nnum, cell[64 + 8 + 2], idx = 0;
    if (l->np > sizeof cell / sizeof cell[0]) return 0;
    for (size_t i = 0; i < nlab; i++) cell[i] = NONE;
    for (size_t c = 0; c <= ncols; c++) { /* group columns, then the label, as put_row counts them */
        int any = 0;
        for (size_t i = 0; i < nlab; i++)
            if (in_column(P(st, l, i), cols, ncols, c)) {
                cell[i] = idx;
                any = 1;
            }
        idx += any;
    }
    if (nlab && P(st, l, nlab - 1)->unit) cell[nlab - 1] = idx++;
    unsigned col[64], ncol = nb_col_place(st, l, col, 64);
    for (size_t i = 0; i < l->nnum; i++) cell[nlab + i] = idx + (ncol ? col[i] : i);
    size_t last = idx + (ncol ? ncol : l->nnum) - 1; /* the row's last cell */
    for (size_t i = 0; i < l->np; i++) /* a piece in no cell, or cells out of order: no such row */
        if (cell[i] == NONE || (i && cell[i] < cell[i - 1])) return 0;
    size_t len0 = o->len;
    nb_buf_put(o, st->in + l->s, l->next - l->s);
    unsigned char *line = (unsigned char *)o->data + len0;
    /* the gaps: before the first piece (its index in TABs), between pieces, after the last */
    size_t from = 0, want = cell[0];
    for (size_t i = 0; i <= l->np; i++) {
        size_t to = i < l->np ? P(st, l, i)->s - l->s : l->e - l->s;
        if (i == l->np) want = last - cell[l->np - 1];
        for (size_t k = from; k < to; k++) {
            if (line[k] != ' ' && line[k] != '\t') continue;
            line[k] = want ? '\t' : ' ';
            want -= want > 0;
        }
        if (want) {
            o->len = len0;
            return 0;
        }
        if (i < l->np) {
            from = P(st, l, i)->e - l->s;
            want = i + 1 < l->np ? cell[i + 1] - cell[i] : 0;
        }
    }
    return 1;
}

static int has_unit(state *st, const cline *l) { return l->np > l->nnum && P(st, l, l->np - l->nnum - 1)->unit; }

/* Whether a number of N line l goes on under it (a tail or a unit wrapped in its cell): written by put_row. */
static int continued(state *st, const cline *l)
{
    for (size_t i = l->np - l->nnum; i < l->np; i++)
        if (P(st, l, i)->wrapped || P(st, l, i)->doubt || P(st, l, i)->ue > P(st, l, i)->us ||
            P(st, l, i)->he > P(st, l, i)->hs)
            return 1;
    return 0;
}

/* Whether a number of N line l is grouped by a no-break space (12&nbsp;873, thousands_go_on in
 * colpieces.c): read as it stands, the line's blanks would set its groups apart. */
static int space_grouped(state *st, const cline *l)
{
    for (size_t i = l->np - l->nnum; i < l->np; i++) {
        const piece *p = P(st, l, i);
        for (size_t k = p->s; k < p->e; k++)
            if (nb_space_group_at(st->in + k, st->in + p->e)) return 1;
    }
    return 0;
}

/* Whether the row of N line r needs rebuilding: a label over several lines, spanning labels beside
 * it, or no label at all (table 四's numbers under its header). A row on one line with its label
 * reads as it is, but for a number grouped by no-break spaces (marked in place then). */
static int needs_rebuild(state *st, size_t r, size_t a, size_t b)
{
    if (st->ln[r].unplaced == 2) return 0; /* its values go on past what is known of the row (colgoeson.c) */
    /* the lines of a row are contiguous around its N line */
    if ((r > a && st->ln[r - 1].owner == r) || (r + 1 < b && st->ln[r + 1].owner == r)) return 1;
    if (st->flow) return 0; /* a flow's row on one line reads as it stands */
    const cline *l = &st->ln[r];
    if (continued(st, l)) return 1;
    if (l->np == l->nnum || space_grouped(st, l)) return 1;
    unsigned col[64];
    if (nb_col_place(st, l, col, 64)) return 1; /* blank cells to put back */
    /* a spanning label's piece before the label (a unit there is a column of its own) */
    return l->np - l->nnum - (l->np > l->nnum && P(st, l, l->np - l->nnum - 1)->unit) > 1;
}

/* Writes the cluster [a, b) to o, its rows rebuilt; returns the rows rebuilt. Every line keeps its
 * place: a row goes on its N line, its other lines become blank, padded so that the bytes after
 * the cluster keep their offsets where the row is not longer than the lines it came from. */
size_t nb_col_put_cluster(state *st, size_t a, size_t b, nb_buf *o)
{
    cline *L = st->ln;
    size_t rows = 0;
    size_t *rebuilt = NULL, nrb = 0, caprb = 0;
    for (size_t j = a; j < b; j++)
        if (L[j].kind == N_LINE && needs_rebuild(st, j, a, b)) {
            nb_grow((void **)&rebuilt, &caprb, nrb, sizeof *rebuilt);
            rebuilt[nrb++] = j;
        }
    size_t next = 0; /* index into rebuilt */
    for (size_t j = a; j < b;) {
        size_t r = L[j].owner;
        int mine = r != NONE && next < nrb && rebuilt[next] == r;
        if (!mine) {
            size_t gs = L[j].ge > L[j].gs ? L[j].gs : L[j].e, ge = L[j].ge > L[j].gs ? L[j].ge : L[j].e;
            nb_buf_put(o, st->in + L[j].s, gs - L[j].s);
            for (size_t k = gs; k < ge; k++) /* a piece of it in a row's cell: blanks there, its page break kept */
                nb_buf_putc(o, st->in[k] == '\f' ? '\f' : ' ');
            nb_buf_put(o, st->in + ge, L[j].next - ge);
            j++;
            continue;
        }
        /* the lines of row r: [j, end) */
        size_t end = j;
        while (end < b && L[end].owner == r) end++;
        if (end == j + 1 && j == r && !continued(st, &L[r])) { /* a row on one line stays where it is, marked in place */
            unsigned col[64];
            int marked = put_inline(st, r, o);
            /* or as it stands where it cannot be; but a 统计表 row (a unit before its numbers) with a
               blank cell to put back and no blank left for it after its last number (件  2, its 历年累计
               blank, as a text browser ends the line) is rebuilt */
            if (marked || ((!has_unit(st, &L[r]) || !nb_col_place(st, &L[r], col, 64)) && !nb_col_mark_over(st, r, j, end))) {
                if (marked) rows++;
                else nb_buf_put(o, st->in + L[j].s, L[j].next - L[j].s);
                next++;
                j = end;
                continue;
            }
        }
        size_t budget = 0;
        for (size_t k = j; k < end; k++) budget += L[k].e - L[k].s - (k == r && st->in[L[k].s] == '\f');
        size_t start = o->len;
        put_row(st, r, j, end, o);
        size_t row_len = o->len - start;
        char *row = malloc(row_len ? row_len : 1);
        if (!row) nb_oom();
        memcpy(row, o->data + start, row_len);
        o->len = start;
        size_t spare = budget > row_len ? budget - row_len : 0;
        for (size_t k = j; k < end; k++) {
            if (k == r) {
                if (st->in[L[k].s] == '\f') nb_buf_putc(o, '\f'); /* (its page break kept) */
                nb_buf_put(o, row, row_len);
            }
            else {
                size_t w = L[k].e - L[k].s < spare ? L[k].e - L[k].s : spare;
                spare -= w;
                for (size_t i = 0; i < w; i++) nb_buf_putc(o, i == 0 && st->in[L[k].s] == '\f' ? '\f' : ' '); /* (a page break kept) */
            }
            nb_buf_put(o, st->in + L[k].e, L[k].next - L[k].e);
        }
        if (spare) { /* what the lines above the row could not hold: blanks after it, before its line end */
            size_t le = L[end - 1].next - L[end - 1].e;
            o->len -= le;
            for (size_t i = 0; i < spare; i++) nb_buf_putc(o, ' ');
            nb_buf_put(o, st->in + L[end - 1].e, le);
        }
        free(row);
        rows++;
        next++;
        j = end;
    }
    free(rebuilt);
    return rows;
}
