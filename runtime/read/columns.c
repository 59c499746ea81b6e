/* columns.c — rows of a table in aligned columns, rebuilt from the lines they are spread over
 * (see columns.h).
 *
 * The text is read a run of non-blank lines at a time (a "cluster": aligned layouts leave a blank
 * line between rows, never inside one). A line whose last pieces are numbers holds a row's values
 * (an N line). The lines around it whose pieces all stand left of the numbers are the pieces of its
 * label; a line with a piece over the numbers (a header, prose) ends the rows. Which N line a label
 * line belongs to: the lines after an N line are its label's tail up to the line that starts a new
 * label (a numbering marker: 1. （一） 三、), which begins the next row's. Within a row, the label
 * is the column of its numbered piece and what lies right of it; pieces left of that column are
 * the labels that span rows (三、本 / 年度办), kept as cells before it.
 *
 * This file reads the text a cluster at a time; the parts of the reader are in col*.c, which share
 * columns_int.h: colpieces.c (a line's pieces), colrefs.c (the text's rows and headers), colrows.c
 * (which lines make each row), colblank.c (blank cells), colwrapped.c (wrapped numbers), colcut.c
 * (numbers cut a digit a line, notes wrapped around a row), colgoeson.c
 * (a row's values going on on the next line), colsplit.c (a row's numbers set on two lines),
 * colflow.c (lynx's flow), colwrite.c (rows written),
 * colnolabel.c (table 四's header), colfold.c (a table folded in two). */
#include "columns.h"
#include "columns_int.h"

#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "pagenum.h"
#include "rowstart.h"
#include "rule.h"
#include "tablenote.h"
#include "utf8.h"

/* A page number that is no bare number (- 2 -, 第 2 页): the foot of a page that pdftotext -raw
 * sets right under a table's last row on it, no piece of that row's label. (A bare 2 may be a
 * number's wrapped tail.) */
static int page_foot(const unsigned char *s, const unsigned char *e)
{
    if (!nb_page_number_line(s, e)) return 0;
    for (const unsigned char *p = s; p < e; p++)
        if (*p > ' ' && (*p < '0' || *p > '9')) return 1;
    return 0;
}

/* The cluster [a, b): classify its lines, assign label lines to rows, write it. */
static size_t do_cluster(state *st, size_t a, size_t b, nb_buf *o)
{
    cline *L = st->ln;
    for (size_t j = a; j < b; j++) {
        nb_col_split_line(st, &L[j]);
        L[j].owner = NONE;
        L[j].cont = 0;
        L[j].unplaced = 0;
        L[j].nmore = 0;
        L[j].joined = 0;
        L[j].byorder = 0;
        L[j].split = NONE;
        L[j].gs = L[j].ge = 0;
        L[j].kind = nb_col_n_line(st, &L[j]) ? N_LINE : 0;
    }
    nb_col_doubt_after_break(st, a, b);
    nb_col_note_marks(st, a, b);
    size_t folded = nb_col_folded(st, a, b, o); /* a table folded in two, its halves side by side */
    if (folded || st->folding) return folded; /* (blank lines in the cluster: no other reader's) */
    nb_col_spaced_labels(st, a, b);
    nb_col_numeral_cells(st, a, b);
    int m = nb_col_flow_margin(st, a, b);
    if (m >= 0 && nb_col_flow_assign(st, a, b, m)) {
        st->flow = 1;
        size_t rows = nb_col_put_cluster(st, a, b, o);
        st->flow = 0;
        return rows;
    }
    nb_columns_wrapped(st, a, b);
    nb_columns_wrapped_around(st, a, b);
    nb_col_cut_apart(st, a, b);
    nb_col_cut_cells(st, a, b);
    nb_col_lone_number(st, a, b);
    nb_col_stacked_cells(st, a, b);
    int labx = nb_col_near_numbers(st, a, b);
    for (size_t j = a; j < b; j++) {
        if (L[j].kind == N_LINE || L[j].stacked != NONE) continue;
        int numx = L[j].numx;
        if (L[j].cont) { /* what is left of a continuation line: pieces of spanning labels */
            L[j].kind = LABEL_LINE;
            continue;
        }
        L[j].kind = nb_col_ends_left_of(st, &L[j], numx) &&
                                (labx < 0 || P(st, &L[j], L[j].np - 1)->x0 <= labx) && !nb_col_unit_row(st, &L[j]) &&
                                !nb_dash_rule(st->in + L[j].s, st->in + L[j].e) && /* (under a <pre> table's last row) */
                                !nb_table_note(st->in + L[j].s, st->in + L[j].e) && /* 注：… under the last row */
                                !page_foot(st->in + L[j].s, st->in + L[j].e) &&
                                (st->tabs || !memchr(st->in + L[j].s, '\t', L[j].e - L[j].s))
                        ? LABEL_LINE
                        : OTHER_LINE;
    }
    nb_col_split_rows(st, a, b);
    nb_col_card_pairs(st, a, b);
    nb_col_values_go_on(st, a, b);
    /* N lines whose label reaches over the numbers of the others are no rows of this table */
    for (size_t j = a; j < b;) {
        if (L[j].kind == OTHER_LINE) {
            j++;
            continue;
        }
        size_t e = j;
        while (e < b && L[e].kind != OTHER_LINE) e++;
        nb_col_assign(st, j, e);
        j = e;
    }
    nb_col_values_own(st, a, b);
    nb_col_split_own(st, a, b);
    nb_col_numeral_own(st, a, b);
    nb_col_stacked_own(st, a, b);
    nb_col_lone_units(st, a, b);
    return nb_col_put_cluster(st, a, b, o);
}

/* Whether the last byte of [s, e), blanks trimmed, can end a number's piece (nb_col_numeric: a digit,
 * ASCII or full-width ０-９, a placeholder - / — – － ／, a cut number's …, a note's ) or ）). */
static int may_end_number(const unsigned char *s, const unsigned char *e)
{
    nb_trim(&s, &e);
    if (s == e) return 0;
    unsigned char c = e[-1];
    if (c < 0x80) return (c >= '0' && c <= '9') || c == '-' || c == '/' || c == ')';
    return (c >= 0x90 && c <= 0x99) || c == 0x89 || c == 0x8D || c == 0x8F || c == 0x93 || c == 0x94 || c == 0xA6;
}

/* Whether a line of the cluster ends in a number piece (nnum): the rows of a cluster are its N lines
 * (and a lone number, colrows.c), which all do, so a cluster with none gives no row. Found before
 * do_cluster cuts every line into pieces: most clusters tried are prose, and a crawled page's whole
 * text on one line under its header (ending in 2021-03-05 08:58) was cut each time for nothing. Only
 * the lines whose last byte may end a number are cut to find out; st's pieces are left empty. */
static int cluster_ends_in_number(state *st)
{
    int found = 0;
    for (size_t j = 0; j < st->nln && !found; j++) {
        cline *l = &st->ln[j];
        /* (or a row's end another way: 无 for a 0, nb_col_may_end_row) */
        if (!may_end_number(st->in + l->s, st->in + l->e) && !nb_col_may_end_row(st->in + l->s, st->in + l->e))
            continue;
        nb_col_split_line(st, l);
        found = l->nnum != 0;
        st->npc = 0;
    }
    return found;
}

/* The end column of the last number of each line with a wide-character label and two numbers or
 * more, counted with wide characters 1 and 2 columns wide: how many lines share the most common one,
 * into best[0] and best[1]. A line's pieces do not depend on the width, only their columns: a line is
 * split again with the other width only when it is such a line (few are; prose lines are long). */
static void aligned_ends(const unsigned char *in, size_t n, int tabs, size_t best[2])
{
    enum { SLOTS = 512 };
    unsigned short count[2][SLOTS] = {{0}};
    best[0] = best[1] = 0;
    state st = {.in = in, .n = n, .wide = 1, .tabs = tabs};
    cline l;
    for (size_t s = 0; s < n;) {
        const unsigned char *le = memchr(in + s, '\n', n - s);
        size_t e = le ? (size_t)(le - in) : n;
        if (nb_col_may_end_row(in + s, in + e)) {
            l = (cline){.s = s, .e = e};
            st.npc = 0;
            st.wide = 1;
            nb_col_split_line(&st, &l);
            int wide_label = 0;
            for (size_t i = 0; i + l.nnum < l.np && !wide_label; i++) /* a label with a wide character */
                for (size_t b = st.pc[i].s; b < st.pc[i].e && !wide_label; b++) wide_label = in[b] >= 0xE0;
            for (int w = 1; w <= 2 && l.nnum >= 2 && wide_label; w++) {
                if (w == 2) {
                    st.npc = 0;
                    st.wide = 2;
                    nb_col_split_line(&st, &l);
                }
                int x = st.pc[l.np - 1].x1;
                if (x >= 0 && x < SLOTS && ++count[w - 1][x] > best[w - 1]) best[w - 1] = count[w - 1][x];
            }
        }
        s = le ? e + 1 : n;
    }
    free(st.pc);
}

/* The line at p, after a form feed, is the wrapped end of the label of the row on the cluster's last
 * line, which the page break cut (（一）接受公众现场咨  人次  1432 / ↡询人次): short text with no number
 * or numbering marker, starting where that row's label starts. The cluster then goes on over the break. */
static int tail_over_break(const state *st, const unsigned char *in, size_t p, size_t n)
{
    const cline *last = &st->ln[st->nln - 1];
    if (st->tabs || !nb_col_may_end_row(in + last->s, in + last->e)) return 0;
    const unsigned char *le = memchr(in + p, '\n', n - p);
    const unsigned char *e = le ? le : in + n, *q = nb_skip_blanks(in + p, e);
    if (q == e || nb_col_may_end_row(q, e) || nb_row_starter(q, e) || nb_u8count(q, e) > 12) return 0;
    for (const unsigned char *c = q; c < e; c += nb_u8len(c, e))
        if (nb_blank_at(c, e)) return 0; /* one piece */
    return abs(nb_col_indent(st, in + p, e) - nb_col_indent(st, in + last->s, in + last->e)) <= 1;
}

size_t nb_columns(const unsigned char *in, size_t n, int positioned_tabs, nb_buf *out)
{
    /* pdftotext -layout puts a character a column whatever its width (and a form feed between
       pages); a terminal two for CJK, and so does the PDF reader; otherwise the width under which
       the rows' numbers line up */
    int tabs = positioned_tabs != 0;
    size_t ends[2] = {0, 0};
    if (!tabs && !memchr(in, '\f', n)) aligned_ends(in, n, tabs, ends);
    int wide = tabs ? 2 : memchr(in, '\f', n) ? 1 : ends[0] > ends[1] ? 1 : 2;
    state st = {.in = in, .n = n, .tabs = tabs, .wide = wide, .paged = memchr(in, '\f', n) != NULL};
    size_t rows = 0, copied = 0, start_len = out->len;
    nb_buf o, tmp;
    nb_buf_init(&o);
    nb_buf_init(&tmp);
    nb_col_find_numerals(&st);
    nb_col_collect_refs(&st);
    nb_col_stretch_headers(&st);
    size_t s = 0, line = 0; /* the line number at s */
    while (s < n) {
        /* a cluster: non-blank lines from s */
        st.nln = 0;
        st.npc = 0;
        size_t p = s, cand = 0;
        while (p < n) {
            if (in[p] == '\f' && !(st.nln == 0 && p > s && in[p - 1] != '\n')) {
                /* a form feed (pdftotext's page break) ends a cluster, but for label lines
                   whose row's numbers went to the next page, and a folded table's rows */
                if (st.nln && cand && !tail_over_break(&st, in, p, n) && !nb_col_fold_goes_on(&st, p)) break;
            }
            const unsigned char *ls = in + p, *le = memchr(ls, '\n', n - p);
            size_t next = le ? (size_t)(le - in) + 1 : n;
            size_t e = le ? (size_t)(le - in) : n;
            if (e > p && in[e - 1] == '\r') e--;
            int blank = nb_skip_blanks(in + p, in + e) == in + e;
            if (blank && st.nln == 0) { /* blank lines between clusters */
                p = next;
                s = next;
                line++;
                continue;
            }
            if (blank && !nb_col_fold_goes_on(&st, p)) break;
            if (st.nln == 0) {
                st.folding = 0;
                st.line0 = line;
            }
            line++;
            nb_grow((void **)&st.ln, &st.capln, st.nln, sizeof *st.ln);
            st.ln[st.nln++] = (cline){.s = p, .e = e, .next = next};
            cand += nb_col_may_end_row(in + p, in + e);
            p = next;
        }
        if (st.nln == 0) break;
        size_t cs = st.ln[0].s, ce = st.ln[st.nln - 1].next;
        if (cand && cluster_ends_in_number(&st)) {
            /* the cluster into tmp first: the text before it is copied only when a row was
               rebuilt (copying it for every cluster tried would be quadratic) */
            tmp.len = 0;
            size_t k = do_cluster(&st, 0, st.nln, &tmp);
            if (k) {
                size_t row = nb_col_nolabel_row(&st); /* its header above it, in this cluster or before */
                if (row != NONE) nb_col_put_header_above(in, copied, row, &o);
                else nb_buf_put(&o, in + copied, cs - copied);
                nb_buf_put(&o, tmp.data + (row != NONE ? row - cs : 0), tmp.len - (row != NONE ? row - cs : 0));
                rows += k;
                copied = ce;
            }
        }
        s = ce;
    }
    if (rows) {
        nb_buf_put(&o, in + copied, n - copied);
        nb_buf_put(out, o.data, o.len);
    }
    (void)start_len;
    nb_buf_free(&o);
    nb_buf_free(&tmp);
    free(st.pc);
    free(st.ln);
    free(st.ref);
    free(st.xs);
    free(st.nml);
    free(st.hd);
    free(st.hx);
    return rows;
}
