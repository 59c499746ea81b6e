/* colrefs.c — what the whole text says about columns, before any cluster is read: every N line with
 * its numbers' columns (the rows a row with blank cells is placed by), and the header above each
 * stretch of rows where it gives their columns with certainty. Part of columns.c's reader
 * (columns_int.h). */
#include "columns_int.h"

#include <stdlib.h>
#include <string.h>

#include "colheader.h"
#include "grow.h"
#include "utf8.h"

/* Whether line l ends in two unit words or more, after pieces that are none (量 件 件 件: the units of
 * counts wrapped in their narrow cells, colstack.c), not a header. */
static int units_under(state *st, const cline *l)
{
    size_t k = 0;
    while (k < l->np && nb_col_unit_word(st, &st->pc[l->p0 + l->np - 1 - k])) k++;
    return k >= 2;
}

/* Every N line of the text with its numbers' columns, into st->ref. */
void nb_col_collect_refs(state *st)
{
    const unsigned char *in = st->in;
    size_t n = st->n, line = 0, page = 0;
    unsigned block = 0;
    for (size_t s = 0; s < n; line++) {
        const unsigned char *le = memchr(in + s, '\n', n - s);
        size_t e = le ? (size_t)(le - in) : n;
        if (in[s] == '\f') page++;
        cline l = {.s = s, .e = e};
        st->npc = 0;
        int row = nb_col_may_end_row(in + s, in + e);
        /* the lines after a row, up to 40, are looked at for what ends its stretch */
        int near = st->nref && line - st->ref[st->nref - 1].line <= 40;
        if (row || (near && nb_skip_blanks(in + s, in + e) != in + e)) nb_col_split_line(st, &l);
        if (row && nb_col_n_line(st, &l)) {
            if (nb_col_numeral_line(st, s)) /* a sub-item's number in a column of its own: no count */
                nb_col_set_numeral(st, &l, l.np - l.nnum);
            if (l.nnum <= 64) {
                nb_grow((void **)&st->ref, &st->capref, st->nref, sizeof *st->ref);
                st->ref[st->nref++] = (struct nref){s, line, st->nxs, (unsigned)l.nnum, (unsigned)page, block,
                                                    l.np > l.nnum ? st->pc[l.np - l.nnum - 1].x1 : -1};
                for (size_t i = l.np - l.nnum; i < l.np; i++) {
                    nb_grow((void **)&st->xs, &st->capxs, st->nxs, sizeof *st->xs);
                    st->xs[st->nxs++] = (struct span2){st->pc[i].x0, st->pc[i].x1};
                }
            }
        } else if ((l.np >= 2 && !st->pc[l.np - 1].starter && !units_under(st, &l)) ||
                   (l.np == 1 && st->pc[0].x1 - st->pc[0].x0 >= 60))
            block++; /* a header (pieces side by side, the last no numbered label) or prose: a new stretch;
                        not the units of counts wrapped in their cells (量 件 件 件, colstack.c) */
        s = le ? e + 1 : n;
    }
    st->npc = 0;
}

/* The start of the line after the one at s (n at the end). */
static size_t line_after(const unsigned char *in, size_t n, size_t s)
{
    const unsigned char *le = memchr(in + s, '\n', n - s);
    return le ? (size_t)(le - in) + 1 : n;
}

/* The start of the line before the one at s (s > 0 and at a line start). */
static size_t line_before(const unsigned char *in, size_t s)
{
    size_t p = s - 1; /* its line end */
    while (p > 0 && in[p - 1] != '\n') p--;
    return p;
}

/* The most numbers a row of refs [f, g) has. */
static unsigned stretch_most(const state *st, size_t f, size_t g)
{
    unsigned most = 0;
    for (size_t i = f; i < g; i++)
        if (st->ref[i].k > most) most = st->ref[i].k;
    return most;
}

/* Where the look for the header above row ref f starts: the row's own line, or, where the row has
 * no label on it (its numbers centred in a cell whose label wraps above and below them: 一、本年新收
 * 政府信息公开申请数 / 96 7 … / 量), the line of its label's head right above it, which then gives
 * where the labels end (*lab). */
static size_t label_head_above(state *st, size_t f, int *lab)
{
    const unsigned char *in = st->in;
    size_t s = st->ref[f].off;
    if (*lab >= 0 || s == 0 || in[s] == '\f') return s;
    size_t p = line_before(in, s), e = s - 1;
    if (e > p && in[e - 1] == '\r') e--;
    cline l = {.s = p, .e = e};
    st->npc = 0;
    nb_col_split_line(st, &l);
    if (l.np == 0 || l.nnum || st->pc[l.np - 1].x1 > st->xs[st->ref[f].x0].x0 || !st->pc[0].starter) return s;
    *lab = st->pc[l.np - 1].x1;
    return p;
}

/* The leaf columns of the header right above row ref f, the first of its stretch, into leaf: the lines
 * above it (blank lines skipped; up to a row, a line with nothing over the numbers, the top of a
 * page, six lines), their pieces right of that row's label and reaching over its numbers. Returns
 * how many, 0 where the header is not certain: a piece with a digit, or one reaching from the
 * labels over the numbers. */
static size_t header_above(state *st, size_t f, nb_hpiece *leaf, size_t cap)
{
    enum { LINES = 6, LOOK = 16, PIECES = 96 };
    const unsigned char *in = st->in;
    /* the first row's label and numbers: a later row's label may run long where a reader lost its
       positions ((二)部分公开… written at the margin) */
    int lab = st->ref[f].lab, numx = st->xs[st->ref[f].x0].x0;
    nb_hpiece hp[PIECES];
    size_t nh = 0;
    unsigned lines = 0;
    size_t s = label_head_above(st, f, &lab);
    for (unsigned look = 0; s > 0 && in[s] != '\f' && look < LOOK && lines < LINES; look++) {
        s = line_before(in, s);
        size_t e = s;
        while (e < st->n && in[e] != '\n') e++;
        if (e > s && in[e - 1] == '\r') e--;
        if (nb_skip_blanks(in + s, in + e) == in + e) continue;
        cline l = {.s = s, .e = e};
        st->npc = 0;
        nb_col_split_line(st, &l);
        if (nb_col_n_line(st, &l)) break;
        size_t over = 0, across = 0;
        for (size_t i = 0; i < l.np; i++) {
            over += st->pc[i].x0 > lab && st->pc[i].x1 > numx;
            across += st->pc[i].x0 <= lab && st->pc[i].x1 > numx;
        }
        if (!over) break; /* a heading or prose above the header (or a line of it across the table) */
        if (across) return 0;
        for (size_t i = 0; i < l.np; i++) {
            const piece *p = &st->pc[i];
            if (p->x0 <= lab || p->x1 <= numx) continue; /* the labels' column, its name (信息内容) too */
            for (size_t b = p->s; b < p->e; b++)
                if (in[b] >= '0' && in[b] <= '9') return 0;
            if (nh == PIECES) return 0;
            hp[nh++] = (nb_hpiece){p->x0, p->x1, lines};
        }
        lines++;
    }
    for (size_t i = 0; i < nh; i++) hp[i].level = lines - 1 - hp[i].level; /* 0 the top line */
    return nb_header_leaves(hp, nh, leaf, cap);
}

/* Whether leaf columns leaf[0, k) are certain for the rows refs [f, g): two columns or more, no row
 * with more numbers than columns, every row of the most numbers placing them, and every row with a
 * number in each column placing them one a column; and, unless the header is one an earlier
 * stretch was placed by (named_before: the same header, or the same printed again), each of its
 * names naming a column. */
static int header_fits(const state *st, size_t f, size_t g, const nb_hpiece *leaf, size_t k, int named_before)
{
    unsigned most = stretch_most(st, f, g), col[64], low = 0;
    unsigned char used[64] = {0};
    if (k < 2 || k < most || k > 64) return 0;
    for (size_t i = f; i < g; i++) {
        const struct nref *r = &st->ref[i];
        int placed = r->k <= k && nb_col_header_columns(leaf, (unsigned)k, &st->xs[r->x0], r->k, col);
        if (!placed && (r->k == most || r->k == k)) return 0;
        for (unsigned c = 0; c < r->k && placed; c++) {
            if (r->k == k && col[c] != c) return 0;
            /* counting characters (links2, lynx) a cell's text starts where its column's name does:
               a number beside the names, as pdftotext's narrowed names leave them, places none */
            const struct span2 *x = &st->xs[r->x0 + c];
            if (st->wide == 1 && (x->x1 <= leaf[col[c]].x0 || x->x0 >= leaf[col[c]].x1)) return 0;
            used[col[c]] = 1;
        }
    }
    /* a name above the lowest line with none under it names a column where a number is under it or
       under another such name of its line (自然人 … 其他 总计, 其他 left blank): a caption over the
       columns (第二十条第（一）项, centred between two names, on a line of its own) names none */
    for (size_t c = 0; c < k; c++) {
        if (leaf[c].level > low) low = leaf[c].level;
        /* links2 sets cells one blank apart, as it does a name's words (本年制发 件数): counting
           characters, a name of the top line with no number under it may be a word of its neighbour */
        if (st->wide == 1 && leaf[c].level == 0 && !used[c]) return 0;
    }
    for (size_t c = 0; c < k && !named_before; c++) {
        int named = leaf[c].level == low || used[c];
        for (size_t d = 0; d < k && !named; d++) named = used[d] && leaf[d].level == leaf[c].level;
        if (!named) return 0;
    }
    return 1;
}

/* Whether leaves leaf[0, k) are those of a header taken before in the text, column for column (a
 * table's header rows printed again at the top of a page): the names were checked there. */
static int header_seen(const state *st, const nb_hpiece *leaf, size_t k)
{
    for (size_t h = 0; h < st->nhd; h++) {
        const nb_hpiece *x = &st->hx[st->hd[h].x0];
        size_t c = 0;
        if (st->hd[h].k != k) continue;
        while (c < k && abs(x[c].x0 - leaf[c].x0) <= 1 && abs(x[c].x1 - leaf[c].x1) <= 1) c++;
        if (c == k) return 1;
    }
    return 0;
}

/* Whether the lines between the rows of two stretches, [from, to), lie left of column x on one page:
 * the tails of labels wrapped (数量, （三） 法权益), which end a stretch and no table. */
static int left_of(state *st, size_t from, size_t to, int x)
{
    for (size_t s = from; s < to;) {
        const unsigned char *le = memchr(st->in + s, '\n', to - s);
        size_t e = le ? (size_t)(le - st->in) : to;
        if (st->in[s] == '\f') return 0;
        cline l = {.s = s, .e = e};
        st->npc = 0;
        nb_col_split_line(st, &l);
        if (l.np && st->pc[l.np - 1].x1 > x) return 0;
        s = le ? e + 1 : to;
    }
    return 1;
}

/* The leaf columns of each stretch of rows that has a header (header_above), or whose rows follow
 * those of the stretch before, which had, with only label lines between (elinks wraps labels in a narrow table):
 * the header's columns, where certain (header_fits). In pdftotext's grid a wide character takes
 * one column: a header's names are narrower than their columns there, and give none; links2 lays a
 * page out counting characters, a wide one a column, and its header's names stand over their
 * columns so (a text whose numbers line up counting so and that has no pages). */
void nb_col_stretch_headers(state *st)
{
    if (st->wide != 2 && st->paged) return;
    nb_hpiece leaf[64];
    size_t last = NONE; /* the previous stretch's header, in st->hd */
    for (size_t f = 0, g; f < st->nref; f = g) {
        for (g = f + 1; g < st->nref && st->ref[g].block == st->ref[f].block; g++) {}
        size_t k = header_above(st, f, leaf, 64), x0 = st->nhx;
        if (k && header_fits(st, f, g, leaf, k, header_seen(st, leaf, k)))
            for (size_t c = 0; c < k; c++) {
                nb_grow((void **)&st->hx, &st->caphx, st->nhx, sizeof *st->hx);
                st->hx[st->nhx++] = leaf[c];
            }
        else if (last != NONE && st->hd[last].page == st->ref[f].page &&
                 left_of(st, line_after(st->in, st->n, st->ref[f - 1].off), st->ref[f].off, st->hx[st->hd[last].x0].x0) &&
                 header_fits(st, f, g, &st->hx[st->hd[last].x0], st->hd[last].k, 1)) {
            k = st->hd[last].k;
            x0 = st->hd[last].x0;
        } else
            k = 0;
        last = NONE;
        if (!k) continue;
        nb_grow((void **)&st->hd, &st->caphd, st->nhd, sizeof *st->hd);
        st->hd[st->nhd++] = (struct nhead){st->ref[f].block, st->ref[f].page, x0, (unsigned)k};
        last = st->nhd - 1;
    }
    st->npc = 0;
}
