/* grid_simple.c — pandoc's simple and multiline tables (pandoc -t plain, Markdown) and
 * reStructuredText's simple tables (pandoc -t rst: ===== ===== =====): columns given by a rule of
 * dash groups (----- ------ ---), cells by where their text stands under the groups.
 *
 *   headless:  rule, rows, the same rule            with a header: header, rule, rows, empty line
 *   multiline: a full-width rule, header, rule, rows separated by empty lines, a full-width rule
 *
 * A row of a multiline table is its lines up to an empty line; a cell's lines are joined. Text that
 * stands between two groups belongs to neither: then the table is left as it was. */
#include <stdio.h>
#include <string.h>

#include "grid_int.h"

enum { MAXGROUPS = 64, MAXROWLINES = 400 };

typedef struct groups { size_t n, c0[MAXGROUPS], c1[MAXGROUPS]; } groups;

static int empty_line(const gtext *t, size_t i)
{
    for (size_t p = t->lines[i].start; p < t->lines[i].end; p++)
        if (t->s[p] != ' ') return 0;
    return 1;
}

/* A fence of pandoc's Markdown around a <div> (::: class, :::): no header line of the table after it. */
static int div_fence(const gtext *t, size_t i)
{
    size_t p = t->lines[i].start;
    while (p < t->lines[i].end && t->s[p] == ' ') p++;
    return t->lines[i].end - p >= 3 && !memcmp(t->s + p, ":::", 3);
}

/* A rule of dash groups and blanks: its groups into g (ASCII only, so columns need no measure). pandoc draws an empty narrow column's group with one or two dashes; a group of three or more makes the rule. reStructuredText's simple tables (pandoc -t rst) draw the groups with = instead. */
static int dash_rule(gtext *t, size_t i, groups *g)
{
    if (!t->lines[i].cand) return 0;
    size_t n = nb_gel_line(t, i), longs = 0;
    char d = 0; /* the rule's character: - or =, the same in every group */
    g->n = 0;
    for (size_t k = 0; k < n; k++) {
        const gel *e = &t->el[k];
        if (e->tok == NB_G_BLANK || e->tok == NB_G_CR) continue;
        if (g->n == MAXGROUPS) return 0;
        char c = t->s[e->off];
        if (c != '-' && c != '=') return 0;
        if (!d) d = c;
        if (c != d) return 0;
        if (e->tok == NB_G_CHAR) { /* a group of one or two: an empty column's */
            size_t j = k;
            while (j + 1 < n && t->el[j + 1].tok == NB_G_CHAR && t->s[t->el[j + 1].off] == d) j++;
            g->c0[g->n] = e->chars, g->c1[g->n] = t->el[j].chars + 1, g->n++;
            k = j;
            continue;
        }
        if (e->tok != NB_G_RULE || memchr(t->s + e->off, '+', e->len)) return 0;
        g->c0[g->n] = e->chars, g->c1[g->n] = e->chars + e->n, g->n++;
        longs++;
    }
    return longs > 0;
}

static int same(const groups *a, const groups *b)
{
    if (a->n != b->n) return 0;
    for (size_t k = 0; k < a->n; k++)
        if (a->c0[k] != b->c0[k] || a->c1[k] != b->c1[k]) return 0;
    return 1;
}

/* The pieces of the tokens of a line (t->el, n of them): runs of text between blanks, as columns. */
typedef struct piece { size_t k, j, c0, c1; int digit; } piece;

static size_t pieces(const gtext *t, size_t n, piece *p, size_t cap)
{
    size_t np = 0;
    for (size_t k = 0; k < n;) {
        if (t->el[k].tok == NB_G_BLANK || t->el[k].tok == NB_G_CR || t->el[k].tok == NB_G_TAB) { k++; continue; }
        size_t j = k;
        int digit = 0;
        for (; j < n && t->el[j].tok != NB_G_BLANK && t->el[j].tok != NB_G_CR && t->el[j].tok != NB_G_TAB; j++)
            digit |= t->el[j].tok == NB_G_CHAR && t->s[t->el[j].off] >= '0' && t->s[t->el[j].off] <= '9';
        if (np < cap)
            p[np] = (piece){k, j, nb_gel_col(&t->el[k], NB_M_NARROW),
                            nb_gel_col(&t->el[j - 1], NB_M_NARROW) + nb_gel_width(&t->el[j - 1], NB_M_NARROW), digit};
        np++;
        k = j;
    }
    return np;
}

/* Whether the pieces holding digits stand inside the groups, each within one: a tool sizes a group
 * to its widest value, and digits have one width in every measure. A number across a group's edge
 * (16|7) or in the gap between two groups is a line the rule does not describe. */
static int numbers_fit(const piece *p, size_t np, const groups *g)
{
    for (size_t i = 0; i < np; i++) {
        if (!p[i].digit) continue;
        size_t col = 0;
        while (col + 1 < g->n && p[i].c0 >= g->c0[col + 1]) col++;
        if (p[i].c0 < g->c0[col] || p[i].c1 > g->c1[col]) return 0;
    }
    return 1;
}

/* A line the rule does not describe, read one piece a group when that is certain: as many pieces
 * as groups, each right of its group by a shift that only grows along the line and no wider than
 * its group shifted so. pandoc -t rst writes a row with a spanned cell so: the spanned columns,
 * empty, have no group in the rule but a blank each in the line (一、本年新收…数量   167 under a
 * rule whose group for 167 starts two columns left). An empty cell, or a cell of two words, gives
 * another count of pieces: not read. */
static int realigned(const gtext *t, const piece *p, size_t np, const groups *g, nb_buf *cells)
{
    if (np != g->n) return 0;
    size_t shift = 0;
    for (size_t i = 0; i < np; i++) {
        if (p[i].c0 < g->c0[i] + shift || p[i].c1 > g->c1[i] + (p[i].c0 - g->c0[i])) return 0;
        shift = p[i].c0 - g->c0[i];
    }
    for (size_t i = 0; i < np; i++) {
        const char *ws = t->s + t->el[p[i].k].off, *we = t->s + t->el[p[i].j - 1].off + t->el[p[i].j - 1].len;
        nb_gcell_join(&cells[i], ws, nb_gcell_hard_break(ws, we));
    }
    return 1;
}

/* Adds the text of lines [s, e) to the cells under the groups; 0 when text stands between groups,
 * -1 when a number does not fit its group and the line cannot be realigned (one line rows only). */
static int put_lines(greader *gr, gtext *t, size_t s, size_t e, const groups *g, nb_buf *cells, int one)
{
    for (size_t i = s; i < e; i++) {
        size_t n = nb_gel_line(t, i);
        piece p[MAXGROUPS + 1];
        size_t np = pieces(t, n, p, MAXGROUPS + 1);
        if (np <= MAXGROUPS && !numbers_fit(p, np, g)) {
            if (!one || !realigned(t, p, np, g, cells)) return -1;
            if (gr->diag) {
                char msg[160];
                snprintf(msg, sizeof msg, "line %zu: its %zu cells stand right of the rule's columns: read one a column",
                         i + 1, np);
                gr->diag(gr->ctx, "info", "table-drawn-realigned", msg, t->lines[i].start);
            }
            continue;
        }
        for (size_t k = 0; k < n;) {
            if (t->el[k].tok == NB_G_BLANK || t->el[k].tok == NB_G_CR) { k++; continue; }
            size_t c = nb_gel_col(&t->el[k], NB_M_NARROW), col = 0;
            while (col + 1 < g->n && c >= g->c0[col + 1]) col++;
            if (c >= g->c1[col] && col + 1 < g->n) return 0; /* between two groups */
            size_t j = k;          /* the words up to the next group's start */
            while (j < n && (col + 1 >= g->n || nb_gel_col(&t->el[j], NB_M_NARROW) < g->c0[col + 1])) j++;
            const char *ws = t->s + t->el[k].off, *we = t->s + t->el[j - 1].off + t->el[j - 1].len;
            while (we > ws && (we[-1] == ' ' || we[-1] == '\r')) we--;
            we = nb_gcell_hard_break(ws, we); /* a <br> in the cell: the cell goes on */
            nb_gcell_join(&cells[col], ws, we);
            k = j;
        }
    }
    return 1;
}

static int emit(greader *gr, grepl *r, gtext *t, size_t s, size_t e, const groups *g)
{
    nb_buf cells[MAXGROUPS];
    for (size_t k = 0; k < g->n; k++) nb_buf_init(&cells[k]);
    int ok = put_lines(gr, t, s, e, g, cells, e == s + 1);
    if (ok > 0) nb_grepl_row(r, cells, g->n);
    for (size_t k = 0; k < g->n; k++) nb_buf_free(&cells[k]);
    return ok;
}

/* The rows of lines [s, e): a line each, or, with empty lines among them, a block of lines each. */
static int rows(greader *gr, grepl *r, gtext *t, size_t s, size_t e, const groups *g, int blocks)
{
    for (size_t i = s; i < e;) {
        if (empty_line(t, i)) { i++; continue; }
        size_t j = i + 1;
        if (blocks)
            while (j < e && !empty_line(t, j)) j++;
        int ok = emit(gr, r, t, i, j, g);
        if (ok <= 0) return ok;
        i = j;
    }
    return 1;
}

void nb_grid_simple(greader *g)
{
    gtext *t = g->t;
    for (size_t i = 0; i < t->nlines; i++) {
        groups gr, other;
        if (!dash_rule(t, i, &gr) || gr.n < 2) continue;
        size_t first = i, last = 0, body = i + 1, end = 0, mid = 0; /* mid: the rule under an rst header */
        int blocks = 0;
        size_t head = i;
        while (head > 0 && i - head < 6 && !empty_line(t, head - 1) && !dash_rule(t, head - 1, &other) &&
               !div_fence(t, head - 1))
            head--;
        if (head == i) { /* headless: up to the same rule */
            /* an empty line between rows makes them blocks of lines; one before the closing rule
               only is a row of empty cells (Word's last row) of a table a line a row */
            int gap = 0;
            for (size_t j = i + 1; j < t->nlines && j - i < MAXROWLINES && !last; j++) {
                if (dash_rule(t, j, &other)) {
                    if (!same(&gr, &other)) break;
                    last = j + 1, end = j;
                } else if (empty_line(t, j)) {
                    gap = 1;
                } else if (gap) {
                    blocks = 1;
                }
            }
            /* reStructuredText's header: the rule under it is the top one again, and the rows
               follow up to a third (rule, header, rule, rows, rule) */
            for (size_t j = last; last && !blocks && j < t->nlines && j - i < MAXROWLINES && !empty_line(t, j); j++)
                if (dash_rule(t, j, &other)) {
                    if (same(&gr, &other) && j > last) mid = end, last = j + 1, end = j;
                    break;
                }
        } else if (head > 0 && dash_rule(t, head - 1, &other) && other.n == 1) { /* multiline */
            first = head - 1;
            for (size_t j = i + 1; j < t->nlines && j - i < MAXROWLINES && !last; j++)
                if (dash_rule(t, j, &other) && other.n == 1) last = j + 1, end = j;
            blocks = 1;
        } else { /* a header, the rule, rows up to an empty line */
            first = head;
            size_t j = i + 1;
            while (j < t->nlines && !empty_line(t, j) && j - i < MAXROWLINES) j++;
            if (j > i + 1) last = j, end = j;
        }
        if (!last) continue;
        grepl *r = nb_grepl_new(g, first, last, "pandoc table");
        if (!r) continue;
        int ok = head == i ? 1 : emit(g, r, t, head, i, &gr);
        if (ok > 0 && mid) ok = rows(g, r, t, body, mid, &gr, 0);
        if (ok > 0) ok = rows(g, r, t, mid ? mid + 1 : body, end, &gr, mid ? 0 : blocks);
        if (ok <= 0)
            nb_grepl_drop(g, ok < 0 ? "a number stands across its columns (a row's cells not where its rule puts them)"
                                    : "text stands between its columns");
        i = last - 1;
    }
}
