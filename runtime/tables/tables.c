/* tables.c — rows into canonical cells (the table grammar's actions), and their JSON.
 *
 * A cell lands under its key or not at all: a row whose cells do not match its arity gets no
 * values and a diagnostic; glued cells are split only where the arithmetic leaves one way. */
#include "tables.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "celltok.h"
#include "cjkscan.h"
#include "colunit.h"
#include "combined.h"
#include "cutnum.h"
#include "flow_order.h"
#include "flow_rows.h"
#include "gluedrun.h"
#include "grow.h"
#include "heads_above.h"
#include "numbers.h"
#include "partvalue.h"
#include "piecelabel.h"
#include "printed.h"
#include "remarkcol.h"
#include "report_year.h"
#include "rowrepeat.h"
#include "rows.h"
#include "rowyear.h"
#include "rowstart.h"
#include "splitter.h"
#include "tablehead.h"
#include "tableparts.h"
#include "threecols.h"
#include "utf8.h"

nb_tspan nb_tspan_add(nb_tspan s, size_t tok)
{
    if (s.count == 0) s.first = tok;
    s.count++;
    return s;
}

int nb_tables_place(const nb_tables *t, const char *key)
{
    for (int k = 0; k < t->keys.n; k++)
        if (!strcmp(t->keys.rows[k]->key, key)) return k;
    return -1;
}

nb_tables *nb_tables_get(nb_report *r, const nb_edition *ed)
{
    if (!r->tables) {
        r->tables = nb_arena_alloc(&r->arena, sizeof *r->tables);
        r->tables->ed = ed;
        nb_edition_keys_init(&r->tables->keys, ed);
        r->tables->cells_tail = &r->tables->cells;
    }
    return r->tables;
}

/* "row.column", the cell's key (by hand: printf was most of the time a table row took) */
const char *nb_cell_key(nb_arena *a, const char *row, const char *col)
{
    size_t nr = strlen(row), nc = strlen(col);
    char *key = nb_arena_alloc(a, nr + nc + 2);
    memcpy(key, row, nr);
    key[nr] = '.';
    memcpy(key + nr + 1, col, nc + 1);
    return key;
}

void nb_row_reorder(nb_report *r, nb_tables *t, int row, const int *order)
{
    const nb_rowdef *d = t->keys.rows[row];
    nb_tcell *was[NB_MAX_COLS];
    memcpy(was, t->grid[row], sizeof was);
    for (int i = 0; i < d->arity; i++) {
        nb_tcell *c = was[i];
        t->grid[row][order[i]] = c;
        if (!c) continue;
        c->key = nb_cell_key(&r->arena, d->key, d->cols[order[i]]);
        c->column = d->col_labels[order[i]];
    }
}

/* Cell col of d, the row at place row or a part of it (rowparts.h): its columns start where the
 * part's do in the row. */
static nb_tcell *add_cell_of(nb_report *r, int row, int col, const nb_rowdef *d, nb_str label, nb_str raw,
                             nb_span span)
{
    nb_tables *t = r->tables;
    nb_tcell **slot = &t->grid[row][col + (int)(d->cols - t->keys.rows[row]->cols)];
    if (*slot) { /* a row read again where its first copy was not (unread): the cell keeps its place */
        nb_tcell *next = (*slot)->next;
        memset(*slot, 0, sizeof **slot);
        (*slot)->next = next;
    } else {
        *slot = nb_arena_alloc(&r->arena, sizeof **slot);
        *t->cells_tail = *slot;
        t->cells_tail = &(*slot)->next;
        t->ncells++;
    }
    nb_tcell *c = *slot;
    c->key = nb_cell_key(&r->arena, d->key, d->cols[col]);
    c->row = nb_arena_strndup(&r->arena, label.p, label.n);
    c->column = d->col_labels[col];
    c->unit = d->unit;
    c->raw = raw;
    c->span = span;
    return c;
}

nb_tcell *nb_table_add_cell(nb_report *r, int row, int col, nb_str label, nb_str raw, nb_span span)
{
    return add_cell_of(r, row, col, r->tables->keys.rows[row], label, raw, span);
}

static nb_tcell *add_cell(nb_report *r, int row, int col, const nb_rowdef *d, const nb_ctok *label,
                          nb_str raw, nb_span span)
{
    return add_cell_of(r, row, col, d, label->raw, raw, span);
}

/* The row's cells, all null (a diagnostic said why): each keeps its key, its labels and the row
 * label's place, so a reader sees the row was found and not read. */
static void null_row(nb_report *r, int row, const nb_rowdef *d, const nb_ctok *label)
{
    for (int i = 0; i < d->arity; i++) add_cell(r, row, i, d, label, label->raw, label->span);
    r->tables->unread[row] = 1;
}

/* Whether some of d's columns in the row hold a number (d the row, or a part of it). */
static int columns_valued(const nb_tables *t, int row, const nb_rowdef *d)
{
    int at = (int)(d->cols - t->keys.rows[row]->cols);
    for (int i = 0; i < d->arity; i++)
        if (t->grid[row][at + i] && t->grid[row][at + i]->has_value) return 1;
    return 0;
}

/* null_row, and a warning at span at that says why (code, then the message as printf writes it). */
static void null_because(nb_report *r, int row, const nb_rowdef *d, const nb_ctok *label, const char *code,
                         const nb_span *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;
static void null_because(nb_report *r, int row, const nb_rowdef *d, const nb_ctok *label, const char *code,
                         const nb_span *at, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    nb_diag_add(r, "warning", code, at, "%s", msg);
    null_row(r, row, d, label);
}

/* A column header that states a money unit in its note (本年收费金额（单位：元）, 采购总金额（万元）):
 * the unit of the cells under it that write none. */
void nb_table_header(nb_tparse *tp, const nb_ctok *t)
{
    const unsigned char *s = (const unsigned char *)t->raw.p, *e = s + t->raw.n;
    const unsigned char *note = nb_find(s, e, "（");
    if (!note) note = nb_find(s, e, "(");
    if (!note) return;
    tp->col_unit = nb_find(note, e, "万元") ? "万元" : nb_find(note, e, "元") ? "元" : tp->col_unit;
}

/* v, written in 万元 (to 元) or in 元 (to 万元): the product's last bit of error (0.35 × 10^4 is
 * 3500.0000000000005) is dropped at the 15 digits a written number has at most. */
static double convert(double v, const char *to)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%.15g", !strcmp(to, "万元") ? v / 10000 : v * 10000);
    return strtod(buf, NULL);
}

/* A value in the column's unit: 251000元 in a 万元 column is 25.1, and so is 251000 under a header
 * that says 元. The column's unit is the template's, else the one its header states (采购总金额（万元）):
 * what the header says of its column binds a cell that writes another unit, as the template does. A
 * column with no unit keeps the value as written, and a unit written is said, since another report may
 * write the same amount in another. A count with a fraction, or a number beyond what a double holds
 * exactly, is kept as written, and said. */
static void set_value(nb_tparse *tp, nb_tcell *c, const nb_rowdef *d, int col, double v, const char *unit)
{
    nb_report *r = tp->r;
    c->has_value = 1;
    c->value = v;
    int money = d->flags && (d->flags[col] & NB_CELL_DECIMAL);
    const char *head = money && !d->unit && !tp->col_unit && unit && d->col_labels
                           ? nb_header_unit_before(r, c->span.byte, d->col_labels[col]) /* a header read as text */
                           : NULL;
    /* the template's 万元 column under a header read as text that says 元 (本年收费金额（单位：元）): the
       value is in 元, as a header read as such would say (tp->col_unit) */
    const char *said = NULL;
    if (money && d->unit && !tp->col_unit && !unit && d->col_labels) {
        char word[64]; /* the label without the template's own unit note: 本年收费金额 */
        const char *l = d->col_labels[col], *note = strstr(l, "（");
        size_t n = note ? (size_t)(note - l) : strlen(l);
        if (n && n < sizeof word) {
            memcpy(word, l, n);
            word[n] = 0;
            said = nb_header_unit_before(r, c->span.byte, word);
        }
    }
    const char *u = unit ? unit : money ? (tp->col_unit ? tp->col_unit : said) : NULL;
    const char *cu = d->unit ? d->unit : money ? (tp->col_unit ? tp->col_unit : head) : NULL;
    if (cu && u && strcmp(cu, u) && (!strcmp(u, "元") || !strcmp(u, "万元")) && (!strcmp(cu, "元") || !strcmp(cu, "万元"))) {
        c->value = convert(v, cu);
        if (!unit)
            nb_diag_add(r, "info", "column-unit", &c->span, "%s: the column header gives %s; %.*s is %.15g %s", c->key, u,
                        (int)(c->raw.n > 40 ? 40 : c->raw.n), c->raw.p, c->value, cu);
        else
            nb_diag_add(r, "info", "column-unit", &c->span, "%s: \"%.*s\" written in %s, in a column %s gives in %s: %.15g %s",
                        c->key, (int)(c->raw.n > 40 ? 40 : c->raw.n), c->raw.p, u, d->unit ? "the template" : "its header",
                        cu, c->value, cu);
    } else if (!d->unit && u) {
        nb_diag_add(r, "info", "cell-unit", &c->span, "%s: written in %s, kept as written (the template names no unit)",
                    c->key, u);
    }
    if (!money && v != floor(v))
        nb_diag_add(r, "warning", "cell-fraction", &c->span, "%s is a count, but \"%.*s\" has a fraction; kept as written",
                    c->key, (int)(c->raw.n > 40 ? 40 : c->raw.n), c->raw.p);
    else if (fabs(v) >= 9007199254740992.0) /* 2^53 */
        nb_diag_add(r, "warning", "cell-precision", &c->span,
                    "%s: \"%.*s\" is past 2^53, where a JSON number is no longer exact; the value may be rounded",
                    c->key, (int)(c->raw.n > 40 ? 40 : c->raw.n), c->raw.p);
}

void nb_table_set_value(nb_tparse *tp, nb_tcell *c, const nb_rowdef *d, int col, double v, const char *unit)
{
    set_value(tp, c, d, col, v, unit);
}

/* A glued run [s, s + n) that holds a number grouped by a thousands comma (行政许可12,417第…: celltok.c
 * keeps it whole): the one cell of a row of one, read whole; among several cells, where that number
 * starts in the digits before its comma is not known (the splitter cuts at no comma), left null, said.
 * 0 when the run has no such comma. */
static int grouped_run(nb_tparse *tp, int row, const nb_rowdef *d, const nb_ctok *label, const nb_ctok *first,
                       const char *s, size_t n, const char *unit)
{
    const unsigned char *us = (const unsigned char *)s, *ue = us + n;
    if (!memchr(s, ',', n) && !nb_find(us, ue, "，")) return 0;
    nb_report *r = tp->r;
    double v;
    int is_null;
    const char *u;
    if (d->arity == 1 && nb_parse_number(us, ue, &v, &is_null, &u) && !is_null && !u) {
        nb_tcell *c = add_cell(r, row, 0, d, label, (nb_str){s, n}, first->span);
        set_value(tp, c, d, 0, v, unit);
        c->recovered = 1;
        nb_diag_add(r, "info", "cells-recovered", &first->span,
                    "%s: its one cell glued to the text around it, \"%.*s\", a number grouped by thousands", d->key,
                    (int)n, s);
        return 1;
    }
    nb_diag_add(r, "warning", "cells-ambiguous", &first->span,
                "%s: cells glued as \"%.*s\", a number grouped by thousands among them: where it starts in the "
                "digits glued before it is not known; left null", d->key, (int)n, s);
    for (int i = 0; i < d->arity; i++) add_cell(r, row, i, d, label, first->raw, first->span);
    return 1;
}

/* Whether tok is ASCII digits alone (nb_token_digits), n of them (lo <= n <= hi), the first no 0
 * where lead is set. */
static int digit_group(const nb_ctok *tok, size_t lo, size_t hi, int lead)
{
    return nb_token_digits(tok) && tok->raw.n >= lo && tok->raw.n <= hi && !(lead && tok->raw.p[0] == '0');
}

/* The one cell of a row of one, a number a page grouped by thousands with a blank (12&nbsp;873, as
 * TRS's editor writes it: 12 873 in every text a tool makes of the page): numbers one blank apart on
 * one line, the first of one to three digits and no leading 0, each after it of three, read as one
 * and said. Only in a row of one cell: where a row has more, the blank parts two cells, and no other
 * cell of the row can be the second group. Returns whether it was read. */
static int grouped_by_blanks(nb_tparse *tp, int row, const nb_rowdef *d, const nb_ctok *label, nb_tspan cells)
{
    if (d->arity != 1 || cells.count < 2 || cells.count > 5) return 0;
    const nb_ctok *v = &tp->toks.v[cells.first];
    if (!digit_group(&v[0], 1, 3, 1)) return 0;
    double value = 0;
    for (size_t i = 0; i < cells.count; i++) {
        if (i && (!digit_group(&v[i], 3, 3, 0) || v[i].raw.p != v[i - 1].raw.p + v[i - 1].raw.n + 1 ||
                  v[i - 1].raw.p[v[i - 1].raw.n] != ' '))
            return 0;
        value = value * 1000 + v[i].value;
    }
    nb_str raw = {v[0].raw.p, (size_t)(v[cells.count - 1].raw.p + v[cells.count - 1].raw.n - v[0].raw.p)};
    nb_tcell *c = add_cell(tp->r, row, 0, d, label, raw, v[0].span);
    set_value(tp, c, d, 0, value, NULL);
    c->recovered = 1;
    nb_diag_add(tp->r, "info", "cells-recovered", &v[0].span,
                "%s: its one cell \"%.*s\", a number grouped by thousands with blanks, read as one", d->key,
                (int)raw.n, raw.p);
    return 1;
}

/* Glued cells: split where the row's arithmetic allows exactly one way. lead: numbers glued to the
 * label's cell (lead_value), the row's first run; else empty. */
/* Whether a run glued onto its label goes on, after a count's unit, with a sentence's comma or stop,
 * or the label follows one (行政许可3418件，…，行政强制74件: a sentence that gives the counts, as an
 * image's alt text or a section's prose does, not a table's row run together). */
static int run_in_sentence(const nb_report *r, const nb_ctok *label, const nb_ctok *run)
{
    static const char *const units[] = {"件", "条", "个", "项", "次", "人", "万元", "元", ""};
    static const char *const stops[] = {"，", "；", "。", "、", ","};
    const unsigned char *t = (const unsigned char *)r->text.data, *e = t + r->text.len;
    const unsigned char *p = (const unsigned char *)run->raw.p + run->raw.n, *l = (const unsigned char *)label->raw.p;
    if (p < t || p > e) return 0;
    /* the label after a sentence's comma (…，行政强制74件 at the line's end) */
    for (size_t k = 0; l > t && l <= e && k < sizeof stops / sizeof stops[0]; k++)
        if ((size_t)(l - t) >= strlen(stops[k]) && !memcmp(l - strlen(stops[k]), stops[k], strlen(stops[k]))) return 1;
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t un = strlen(units[u]);
        if ((size_t)(e - p) < un || memcmp(p, units[u], un)) continue;
        for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++)
            if ((size_t)(e - p - un) >= strlen(stops[k]) && !memcmp(p + un, stops[k], strlen(stops[k]))) return 1;
    }
    return 0;
}

static void split_row(nb_tparse *tp, int row, const nb_rowdef *d, const nb_ctok *label, nb_tspan cells, nb_str lead)
{
    nb_report *r = tp->r;
    const nb_ctok *first = &tp->toks.v[cells.first];
    if (cells.count == 1 && !lead.n && run_in_sentence(r, label, first)) {
        null_because(r, row, d, label, "row-in-sentence", &first->span,
                     "%s: \"%.*s\" after its label goes on as a sentence (a count the text gives, an image's "
                     "caption or the prose, not a cell of the table); its cells are left null",
                     d->key, (int)(first->raw.n > 20 ? 20 : first->raw.n), first->raw.p);
        return;
    }
    const char *s = first->raw.p;
    size_t n = first->raw.n;
    if (cells.count > 1 || lead.n) { /* several runs: join them with blanks, which stay boundaries */
        nb_buf b;
        nb_buf_init(&b);
        nb_buf_put(&b, lead.p, lead.n);
        for (size_t i = 0; i < cells.count; i++) {
            const nb_ctok *t = &tp->toks.v[cells.first + i];
            if (t->kind == NB_C_EMPTY) continue;
            if (b.len) nb_buf_putc(&b, ' ');
            nb_buf_put(&b, t->raw.p, t->raw.n);
        }
        s = nb_arena_strndup(&r->arena, b.data ? b.data : "", b.len);
        n = b.len;
        nb_buf_free(&b);
    }
    /* a unit after the run applies to the last cell (政府集中采购…2895.90元) */
    const char *unit = NULL;
    if (n) /* from s + 1: a unit alone is no amount */
        n -= nb_money_unit((const unsigned char *)s + 1, (const unsigned char *)s + n, 1, &unit);
    if (grouped_run(tp, row, d, label, first, s, n, unit)) return;
    nb_split_result *res = malloc(sizeof *res);
    if (!res) nb_oom();
    int st = nb_split(s, n, d->arity, (nb_split_rule)d->split, d->group, d->flags, res);
    char cand[256];
    if (st == NB_SPLIT_UNIQUE) {
        nb_split_format(s, res, 0, d->arity, cand, sizeof cand);
        nb_diag_add(r, "info", "cells-recovered", &first->span,
                    "%s: cells glued as \"%.*s\" split as %s, the only split the row's arithmetic allows",
                    d->key, (int)n, s, cand);
        for (int i = 0; i < d->arity; i++) {
            nb_str raw = {s + res->cand[0][i].off, res->cand[0][i].len};
            nb_span sp = first->span;
            if (cells.count == 1 && !lead.n) {
                sp.byte += res->cand[0][i].off; /* full-width digits are three bytes, one column */
                sp.col += (uint32_t)nb_u8count((const unsigned char *)s, (const unsigned char *)s + res->cand[0][i].off);
            }
            nb_tcell *c = add_cell(r, row, i, d, label, raw, sp);
            set_value(tp, c, d, i, res->cand[0][i].value, i == d->arity - 1 ? unit : NULL);
            c->recovered = 1;
        }
    } else {
        nb_buf msg;
        nb_buf_init(&msg);
        for (int i = 0; i < res->ncandidates; i++) {
            nb_split_format(s, res, i, d->arity, cand, sizeof cand);
            nb_buf_printf(&msg, "%s%s", i ? ", " : "", cand);
        }
        if (st == NB_SPLIT_AMBIGUOUS && d == nb_tables_get(r, tp->ed)->keys.rows[row]) { /* colglued.h */
            int in_text = first->span.byte < r->text.len && s == r->text.data + first->span.byte;
            tp->glued[row] = (nb_glued_run){s, n, first->span, in_text};
        }
        if (st == NB_SPLIT_AMBIGUOUS)
            nb_diag_add(r, "warning", "cells-ambiguous", &first->span,
                        "%s: cells glued as \"%.*s\" split %lld ways (%s%s); left null", d->key, (int)n, s,
                        res->nsolutions, msg.data ? msg.data : "", res->nsolutions > res->ncandidates ? ", …" : "");
        else
            nb_diag_add(r, "warning", "cells-unsplittable", &first->span,
                        "%s: cells glued as \"%.*s\" admit %s split into %d cells; left null", d->key, (int)n, s,
                        st == NB_SPLIT_IMPOSSIBLE ? "no" : "no affordable", d->arity);
        nb_buf_free(&msg);
        for (int i = 0; i < d->arity; i++) add_cell(r, row, i, d, label, first->raw, first->span);
        if (st != NB_SPLIT_AMBIGUOUS) r->tables->unread[row] = 1; /* (an ambiguous run is the sums' to read, colglued.h) */
    }
    free(res);
}

/* A blank line between the bytes from and to of the text: where a copy made of blocks of lines (Word,
 * PDF: one line a cell, a blank line after each row) ends a row. */
static int blank_line_between(const nb_report *r, size_t from, size_t to)
{
    const unsigned char *p = (const unsigned char *)r->text.data + from, *e = (const unsigned char *)r->text.data + to;
    while (p < e && (p = memchr(p, '\n', (size_t)(e - p))) != NULL) {
        const unsigned char *q = nb_skip_blanks(p + 1, e);
        if (q < e && (*q == '\n' || (*q == '\r' && q + 1 < e && q[1] == '\n'))) return 1;
        p = q;
    }
    return 0;
}

/* A short text that stands where a number should (无, 2 629): a cell that has no number. A text that
 * opens with a numbering mark (3.要求提供公开出, （五）不) is a piece of a row's label, never a cell: a
 * row's values taken across it would be another row's. A unit alone (件) is no cell either: the end of
 * a cell whose number wrapped before it (444 / 件 of 444件). */
static int is_text_cell(const nb_ctok *t)
{
    const unsigned char *s = (const unsigned char *)t->raw.p, *e = s + t->raw.n;
    return t->kind == NB_C_TEXT && nb_u8count(s, e) <= 12 && !nb_row_starter(s, e) && !nb_unit_word(s, e);
}

static int is_cell(const nb_ctok *t, int texts)
{
    return t->kind == NB_C_NUM || t->kind == NB_C_EMPTY || t->kind == NB_C_GLUED || (texts && is_text_cell(t));
}

/* The end of the block of cells that follows a row's label up to a blank line, the next label or
 * anything else; texts: short texts count as cells. SIZE_MAX when no blank line ends it: then the
 * copy is not made of blocks, and the block says nothing. */
static size_t row_block_end(const nb_tparse *tp, size_t label_tok, int texts)
{
    size_t i = label_tok + 1;
    for (; i < tp->toks.n; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        if (blank_line_between(tp->r, tp->toks.v[i - 1].span.byte, t->span.byte)) return i;
        if (!is_cell(t, texts)) break;
    }
    return i < tp->toks.n ? SIZE_MAX : i; /* the end of the tables ends a block too */
}

/* Whether the last of cells is blank and on a line after last_line (the row's last value's). */
static int blank_after(const nb_tparse *tp, nb_tspan cells, uint32_t last_line)
{
    const nb_ctok *x = cells.count ? &tp->toks.v[cells.first + cells.count - 1] : NULL;
    return x && x->kind == NB_C_EMPTY && x->span.line > last_line;
}

/* When the grammar's cells do not match the row's arity, but the block of lines the label heads
 * does, the block is the row: a stray line after it (a page number, a note) is no cell of the row,
 * nor is an empty cell after it (the next row's first column), and a text in it is a cell without a
 * number. Returns the cells, or the grammar's when the block does not fit either. */
static nb_tspan row_cells(nb_tparse *tp, size_t label_tok, const nb_rowdef *d, nb_tspan cells)
{
    if (tp->toks.v[label_tok].label.kind != NB_L_ROW || (cells.count && cells.first != label_tok + 1) ||
        cells.count == (size_t)d->arity)
        return cells;
    int deficit = cells.count < (size_t)d->arity;
    size_t end = row_block_end(tp, label_tok, deficit);
    if (end == SIZE_MAX || end - (label_tok + 1) != (size_t)d->arity) return cells;
    for (size_t i = end; i < cells.first + cells.count; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        if (t->kind == NB_C_EMPTY) continue;
        nb_diag_add(tp->r, "warning", "cell-unplaced", &t->span,
                    "a value \"%.*s\" after the row %s and a blank line is not one of its cells (a page "
                    "number?); left out", (int)(t->raw.n > 60 ? 60 : t->raw.n), t->raw.p, d->key);
        /* no row's: alone on its line right above the next row's label, the head of one of its numbers
           wrapped in its cell (１，/ ６１８, head_above); not a sub-item's number before its label */
        size_t k = i + 1;
        while (k < tp->toks.n && tp->toks.v[k].kind == NB_C_EMPTY && tp->toks.v[k].span.line == t->span.line) k++;
        if (k < tp->toks.n && tp->toks.v[k].span.line > t->span.line) tp->stray = i + 1;
    }
    if (end > tp->taken) tp->taken = end;
    cells.first = label_tok + 1;
    cells.count = (size_t)d->arity;
    return cells;
}

/* The cell of a table with known cells (a line with TABs, as the readers write a drawn table's row, or
 * with pipes, as a drawn table left as it is keeps them) that byte off is in, counted from the line's
 * start, -1 on a line without either; *after: the separators after it on its line. */
static int grid_cell(const nb_report *r, size_t off, int *after)
{
    const char *t = r->text.data;
    size_t s = off;
    while (s > 0 && t[s - 1] != '\n') s--;
    int k = 0;
    *after = 0;
    for (size_t i = s; i < off; i++) k += t[i] == '\t' || t[i] == '|';
    for (size_t i = off; i < r->text.len && t[i] != '\n'; i++) *after += t[i] == '\t' || t[i] == '|';
    return k || *after ? k : -1;
}

/* A value on a later line of a drawn table, in the cell of the row's label or one left of it, where
 * the label's line has cells right of the label (where the row's values would stand: a grid, not a
 * copy of a cell a line): the grid's lines are its rows, and that value is another row's of it, or a
 * table's nested in the label's cell (pandoc -t plain of a page whose tables sit in a layout table:
 * 规范性文件 alone in its cell, then 3, then 1 and 17 each a line of that cell); which cell it is is
 * not known. */
static int value_under_label(const nb_tparse *tp, size_t label_tok, nb_tspan cells)
{
    const nb_ctok *l = &tp->toks.v[label_tok];
    if (l->label.kind != NB_L_ROW) return 0; /* a header's row (table 四): its values come under it */
    int lc = -2, after;
    for (size_t i = 0; i < cells.count; i++) {
        const nb_ctok *v = &tp->toks.v[cells.first + i];
        if (v->kind == NB_C_EMPTY || v->span.line <= l->span.line) continue;
        if (lc == -2) lc = grid_cell(tp->r, l->span.byte, &after);
        if (lc < 0 || !after) return 0;
        int vc = grid_cell(tp->r, v->span.byte, &after);
        if (vc >= 0 && vc <= lc) return 1;
    }
    return 0;
}

size_t nb_next_filled(const nb_tparse *tp, size_t i)
{
    while (i < tp->toks.n && tp->toks.v[i].kind == NB_C_EMPTY) i++;
    return i;
}

size_t nb_values_before(const nb_tparse *tp, size_t tok, int blanks)
{
    size_t n = 0;
    for (size_t i = tok; i > 0; i--) {
        nb_ctok_kind k = tp->toks.v[i - 1].kind;
        if (k == NB_C_NUM || k == NB_C_GLUED || (blanks && k == NB_C_EMPTY)) n++;
        else if (k != NB_C_EMPTY) break;
    }
    return n;
}

/* Whether the token right after the row's last cell, on its line, is text in a grid's column of
 * remarks (remarkcol.h): no cell of the row, and no sign of one more. */
static int remark_after(const nb_tparse *tp, nb_tspan cells)
{
    size_t end = cells.first + cells.count;
    if (!cells.count || end >= tp->toks.n) return 0;
    const nb_ctok *t = &tp->toks.v[end];
    return t->kind == NB_C_TEXT && t->span.line == tp->toks.v[end - 1].span.line &&
           nb_in_remarks_column(tp->r->text.data, tp->r->text.len, t->span.byte);
}

/* A row of table 三 in three columns (threecols.h): 自然人 and 总计 read, the legal persons' cells null. */
static int three_columns(nb_tparse *tp, int row, const nb_rowdef *d, const nb_ctok *label, nb_tspan cells)
{
    const unsigned char *hs, *he;
    const nb_ctok *v[3];
    if (!tp->applicants_at) return 0;
    nb_header_text(tp->r, tp->applicants_at - 1, &hs, &he);
    if (!nb_three_columns(tp, d, cells, hs, he, v)) return 0;
    nb_diag_add(tp->r, "info", "row-three-columns", &label->span,
                "%s: its three values are 自然人, 法人或其他组织 (\"%.*s\", the five legal persons added, no cell of "
                "the template) and 总计, as the header names them; the five legal persons' cells are null",
                d->key, (int)(v[1]->raw.n > 20 ? 20 : v[1]->raw.n), v[1]->raw.p);
    for (int i = 0; i < d->arity; i++) {
        const nb_ctok *x = i == 0 ? v[0] : i == d->arity - 1 ? v[2] : NULL;
        nb_tcell *c = add_cell(tp->r, row, i, d, label, x ? x->raw : label->raw, x ? x->span : label->span);
        if (x && !x->is_null) set_value(tp, c, d, i, x->value, x->unit);
    }
    return 1;
}

/* Whether the row's one value more than its template's, its last, is a share of the total (a dash, or a
 * number of 100 at most) in a grid's column of shares, or in table 三 whose header names shares last
 * (remarkcol.h). */
static int share_last(const nb_tparse *tp, const nb_rowdef *d, nb_tspan cells)
{
    if (cells.count != (size_t)d->arity + 1) return 0;
    const nb_ctok *t = &tp->toks.v[cells.first + cells.count - 1];
    if (t->kind != NB_C_NUM || (!t->is_null && (t->value < 0 || t->value > 100))) return 0;
    if (nb_in_share_column(tp->r->text.data, tp->r->text.len, t->span.byte)) return 1;
    if (d->cols != nb_cols_applicants || !tp->applicants_at) return 0;
    const unsigned char *hs, *he;
    nb_header_text(tp->r, tp->applicants_at - 1, &hs, &he);
    return nb_header_share_last(hs, he);
}

/* A text cell right after a row's last cell, on its line: the row has a cell more than its template
 * where that text is a number cut at a page's edge (87…) or holds digits, or where one of the row's
 * cells is blank (12（含修订3件）, blank, 12, 87…: a blank the layout made, and the text a value), and
 * which cell is which is not known. A text without digits after full cells is a remark (备注). */
static int text_after_row(const nb_tparse *tp, nb_tspan cells)
{
    size_t end = cells.first + cells.count;
    if (!cells.count || end >= tp->toks.n) return 0;
    const nb_ctok *t = &tp->toks.v[end];
    if (t->kind != NB_C_TEXT || t->span.line != tp->toks.v[end - 1].span.line || remark_after(tp, cells)) return 0;
    for (size_t i = 0; i < cells.count; i++)
        if (tp->toks.v[cells.first + i].kind == NB_C_EMPTY) return 1;
    const unsigned char *s = (const unsigned char *)t->raw.p, *e = s + t->raw.n;
    for (; s < e; s++)
        if (nb_digit_at(s, e, NULL)) return 1; /* a digit, or a full-width one (０-９) */
    return 0;
}

/* Whether every cell is a number, none a dash. */
static int all_numbers(const nb_tparse *tp, nb_tspan cells)
{
    for (size_t i = 0; i < cells.count; i++) {
        const nb_ctok *v = &tp->toks.v[cells.first + i];
        if (v->kind != NB_C_NUM || v->is_null) return 0;
    }
    return cells.count > 0;
}

/* How many values a print's row of numbers shows where its template has more, a value the page's edge
 * cut after its cells (37…) counted: the template's cells but its total (a table cut before 总计), or,
 * in table 三, any fewer (cut before 其他 or a column further left: shorttotal.h asks the header);
 * 0 for any other row. */
static int short_values(const nb_tparse *tp, const nb_rowdef *d, nb_tspan cells)
{
    if (!tp->print || (d->split != NB_SPLIT_SUM_LAST && d->split != NB_SPLIT_GROUPS) || !all_numbers(tp, cells))
        return 0;
    int shown = (int)cells.count;
    if (shown + 1 == d->arity) return shown;
    shown += nb_short_cut_after(tp, cells);
    if (shown + 1 == d->arity || (d->split == NB_SPLIT_SUM_LAST && shown + 1 < d->arity)) return shown;
    return 0;
}

/* A text cell among a print's values spread over several lines: in reading order a piece of a
 * label cut by its narrow cell (（三）不 / 予公开) comes among the values as a cell would, while a
 * blank cell comes as nothing, so the count can be whole with one value too few. */
static int text_among_lines(const nb_tparse *tp, nb_tspan cells)
{
    int text = 0, lines = 0;
    for (size_t i = 0; i < cells.count; i++) {
        const nb_ctok *t = &tp->toks.v[cells.first + i];
        text |= t->kind == NB_C_TEXT;
        lines |= t->span.line != tp->toks.v[cells.first].span.line;
    }
    return text && lines && tp->print;
}

/* A row's values over several lines are in reading order where a line wraps at the margin; a value
 * of a later line that stands right of where the first line's values begin stands among their columns
 * (pdftotext of a cell whose number wrapped: 797 9946 over 3), and which column it is in is not known.
 * A print's text laid out by position wraps no line at a margin (printed.h): there a later line's
 * value set in from the line's start but left of the line before's last one is out of the columns'
 * order (758, the 总计 of a row printed at its top, above 753 and the row's other numbers); text in
 * reading order starts its lines at the margin. So it is where the label's line holds two values or
 * more, in any text: a print's lines copied without its page breaks (3.其他  0 0 0 / 4 0 0 4, the 4 and
 * the 总计 padded lower: 4 0 0 0 0 0 4), while a text browser indents the lines it wraps (lynx's form
 * fields, a row of values alone). In the PDF reader's own text any later line is. */
/* The column where value v's text begins, as its line lays cells out (a cell of aligned text keeps
 * the blanks before it; the PDF reader's columns count a CJK character two wide: printed.h). */
static uint32_t text_col(const nb_tparse *tp, const nb_ctok *v)
{
    const unsigned char *s = (const unsigned char *)v->raw.p;
    return nb_text_col(tp->r, (const char *)nb_skip_blanks(s, s + v->raw.n));
}

/* Whether each value stands alone at the start of a line of its own: no table's row but a cell a line
 * (a table of div cells that a word processor made paragraphs, printed), in the text's order. */
static int values_a_line_each(const nb_tparse *tp, nb_tspan cells)
{
    uint32_t line = 0;
    for (size_t i = 0; i < cells.count; i++) {
        const nb_ctok *v = &tp->toks.v[cells.first + i];
        if (v->kind == NB_C_EMPTY) continue;
        if (v->span.line == line || text_col(tp, v) != 1) return 0;
        line = v->span.line;
    }
    return line != 0;
}

static int values_interleave(const nb_tparse *tp, const nb_ctok *label, nb_tspan cells)
{
    uint32_t first_line = 0, first_col = 0, line = 0, last_col = 0;
    int on_first = 0;
    int a_line_each = tp->print == 2 && values_a_line_each(tp, cells);
    for (size_t i = 0; i < cells.count; i++) {
        const nb_ctok *v = &tp->toks.v[cells.first + i];
        if (v->kind == NB_C_EMPTY) continue;
        if (!first_line) first_line = line = v->span.line, first_col = v->span.col;
        if (v->span.line == first_line) {
            on_first++;
            if (v->span.col < first_col) first_col = v->span.col;
        } else if (v->span.line != line) { /* a later line's first value: where that line begins */
            line = v->span.line;
            if (on_first >= 2 && v->span.col > first_col) return 1;
            uint32_t at = text_col(tp, v); /* (placed by its position: a line of pdftotext -layout is indented) */
            if (at > 1 && at < last_col && (tp->print || (on_first >= 2 && label->span.line == first_line)))
                return 1;
            /* the PDF reader writes a row's cells on its line: a value on another came from a cell
               taller than the line (a number wrapped, or over its unit: 531 / 件, the head of the
               next row's 总计), and which cell it is is not known (printed.h) */
            if (tp->print == 2 && !a_line_each) return 1;
        }
        last_col = text_col(tp, v);
    }
    return 0;
}

/* Whether the row's values are followed by the header of one of its own columns (采购总金额) and then a
 * value: text in reading order set the block's header among its values (政府集中采购 0 94 采购总金额 7
 * 126.3, the 0 and 94 another row's). */
static int own_header_after(const nb_tparse *tp, const nb_rowdef *d, nb_tspan cells)
{
    size_t h = nb_next_filled(tp, cells.first + cells.count);
    if (h >= tp->toks.n || !d->col_labels) return 0;
    const nb_ctok *t = &tp->toks.v[h];
    if (t->kind != NB_C_LABEL && t->kind != NB_C_TEXT) return 0;
    int own = 0;
    for (int c = 0; c < d->arity && !own; c++) own = nb_token_is_word(t, d->col_labels[c], strlen(d->col_labels[c]), 1);
    size_t v = nb_next_filled(tp, h + 1);
    return own && v < tp->toks.n && tp->toks.v[v].kind == NB_C_NUM;
}

/* The year the label's cell goes on with, and nothing else (（一）予以公开2023年: a print joined a 年度
 * column's cell to the label beside it), or 0. */
static int rest_year(const nb_ctok *label)
{
    if (!label->rest.n) return 0;
    const unsigned char *s = (const unsigned char *)label->rest.p, *e = s + label->rest.n, *end;
    nb_trim(&s, &e);
    int y;
    if (s == e || nb_find_year(s, e, &y, &end) != s) return 0;
    if (e - end >= 3 && !memcmp(end, "度", 3)) end += 3;
    return end == e ? y : 0;
}

/* Whether the text after a label in its cell is numbers only (77５ of 3.补正后申请内容仍不明确    77  ５,
 * squeezed): values, not a note (（其中修订2件）). */
static int rest_is_values(const nb_ctok *label)
{
    if (!label->rest.n) return 0; /* no rest: its pointer may be NULL */
    const unsigned char *p = (const unsigned char *)label->rest.p, *e = p + label->rest.n;
    if (!nb_digit_at(p, e, NULL)) return 0;
    for (size_t k; p < e; p += k ? k : 1)
        if (!(k = nb_digit_at(p, e, NULL)) && *p != ',' && *p != '.') return 0;
    return 1;
}

/* Whether the label's cell goes on with numbers and then the label of another row or group (（二）部分公开
 * 13 2 0 0 0 0 15 （三）不予公开 1.属于国家秘密 0 0 …, a line of a table flattened into lines of several
 * rows each, SVG text a browser ran together): the numbers that end the line are the last row's on it,
 * not this one's. The rest is squeezed (its blanks out): a label there starts right after a digit. */
static int rest_runs_on(const nb_edition *ed, const nb_ctok *label)
{
    if (!label->rest.n) return 0;
    const unsigned char *s = (const unsigned char *)label->rest.p, *e = s + label->rest.n, *end;
    for (const unsigned char *p = s; p < e; p += nb_u8len(p, e)) {
        const unsigned char *b = p > s ? nb_u8before(s, p) : NULL;
        if (!b || !nb_digit_at(b, p, NULL)) continue;
        nb_label l = ed->label(p, e, &end);
        if ((l.kind == NB_L_ROW || l.kind == NB_L_GROUP) && !l.piece && end > p) return 1;
    }
    return 0;
}

/* Whether the label's cell goes on with one number and the row's other cells are numbers, one fewer
 * than the template's: the row's first value set close to its label (a <pre>'s TAB that reached the
 * next tab stop a few points on: 3.危及"三安全一稳定"1	0	0 …). Each column then has one run, the
 * rest's the first; the row's arithmetic must still allow it (split_row). Runs of several numbers
 * (77  ５: a blank cell among them may be written as nothing) are not such. */
static int lead_value(const nb_tparse *tp, const nb_rowdef *d, const nb_ctok *label, nb_tspan cells)
{
    if (!rest_is_values(label) || !cells.count || cells.count + 1 != (size_t)d->arity) return 0;
    for (size_t k = 0; k < label->rest.n; k++)
        if (label->rest.p[k] == ' ' || label->rest.p[k] == '\t') return 0;
    for (size_t i = 0; i < cells.count; i++) {
        const nb_ctok *v = &tp->toks.v[cells.first + i];
        if (v->kind != NB_C_NUM || v->is_null) return 0;
    }
    return 1;
}

/* Token i is a piece of text or a group's label alone on its line (nothing else on it). */
static int piece_alone(const nb_tparse *tp, size_t i)
{
    const nb_ctok *t = &tp->toks.v[i];
    if (t->kind != NB_C_TEXT && !(t->kind == NB_C_LABEL && t->label.kind == NB_L_GROUP)) return 0;
    return (i == 0 || tp->toks.v[i - 1].span.line != t->span.line) &&
           (i + 1 >= tp->toks.n || tp->toks.v[i + 1].span.line != t->span.line);
}

/* A number no row took, alone on its line right above the row's label (or on the label's own): the
 * head of one of the row's numbers that wrapped inside its narrow cell, printed at the top of the row
 * while the label and the other values stand lower and the tail among them (pdftotext of a Writer
 * print in reading order: 125 / label / 4991 1443 / 602 1003 / 833 / 10127 / 5, where 1255 is one
 * cell). The row then may have its count of values and still be shifted. Returns 1 + the number's
 * token, or 0. */
/* Whether the value token v ends a run of values (nothing else between) as long as a row of the
 * table: a whole row's values, its label read or not (3.危及“三安全一稳 / 14 0 0 56 0 0 70 / 定”), v
 * its last and no head of another's. */
static int ends_whole_row(const nb_tparse *tp, size_t v, int arity)
{
    int values = 0;
    for (size_t i = v + 1; i-- > 0 && (tp->toks.v[i].kind == NB_C_NUM || tp->toks.v[i].kind == NB_C_GLUED);) values++;
    return values == arity;
}

static size_t head_above(const nb_tparse *tp, size_t label_tok, nb_tspan cells, int arity)
{
    /* past the pieces of a group's label printed a line each between them (三、本年度办理结果 as 办理 /
       结果 beside the rows: ３４ / 办理 / 3.补正后申请内容仍不明确 / 77 ５ 1 — 9 252 / ４), where the
       row's values stand on more than one line (on one, they are a whole row's: the number above is
       the tail of another's, as of a label's tail 具已获取信息 printed there) */
    size_t k = label_tok;
    while (k >= 2 && label_tok - k < 3 && piece_alone(tp, k - 1) && nb_flow_values_apart(tp, cells)) k--;
    if (k == 0 || tp->stray != k || (k < label_tok && ends_whole_row(tp, k - 1, arity))) return 0;
    const nb_ctok *s = &tp->toks.v[k - 1], *label = &tp->toks.v[label_tok];
    if (s->kind != NB_C_NUM || (s->is_null && !s->cut) || label->span.line > s->span.line + 1 + (label_tok - k) ||
        label->span.byte < s->span.byte)
        return 0;
    if (k >= 2 && tp->toks.v[k - 2].kind != NB_C_LABEL && tp->toks.v[k - 2].span.line == s->span.line)
        return 0; /* not alone on its line: the values of a row whose label was not read */
    const char *t = tp->r->text.data;
    return memchr(t + s->span.byte, '\f', label->span.byte - s->span.byte) ? 0 : k; /* a page number before a new page */
}

/* Whether a row has a number wrapped inside its cell (80↵1: its numbers wrap in their cells) and a
 * blank cell, and values no row took follow it on later lines before the next row's label: the
 * row's other numbers, or their tails, set lower in its cells (a print centres a cell's lines; a
 * one-page print's text has no page break to tell it from a copy), and which of its cells they belong
 * to is not known (93 over 2, 932, read as 93). */
static int values_under(const nb_tparse *tp, nb_tspan cells, uint32_t last_line)
{
    int wrapped = 0, blank = 0;
    for (size_t i = 0; i < cells.count; i++) {
        const nb_ctok *c = &tp->toks.v[cells.first + i];
        wrapped |= c->kind == NB_C_TEXT && nb_find_cjk((const unsigned char *)c->raw.p,
                                                      (const unsigned char *)c->raw.p + c->raw.n, "\xE2\x86\xB5", 3);
        blank |= c->kind == NB_C_EMPTY;
    }
    /* (without a wrapped number, a value under a blank cell is likely that cell's, 302 / 4 around its
       row; without a blank cell, the pieces around the row are its cells' heads and tails, every cell
       holding some, which the sums read: sumjoin.h) */
    if (!wrapped || !blank) return 0;
    for (size_t k = cells.first + cells.count; k < tp->toks.n; k++) {
        const nb_ctok *t = &tp->toks.v[k];
        if (t->kind == NB_C_NUM) return t->span.line > last_line;
        if (t->kind == NB_C_LABEL && t->label.kind != NB_L_GROUP) return 0;
        if (t->kind != NB_C_EMPTY && t->kind != NB_C_TEXT && t->kind != NB_C_LABEL) return 0;
        if (t->kind == NB_C_TEXT && nb_row_starter((const unsigned char *)t->raw.p,
                                                   (const unsigned char *)t->raw.p + t->raw.n))
            return 0; /* the next row's label, cut short past reading (3.要求提供公开出 / 版物 0 …) */
    }
    return 0;
}

/* Whether the row's label follows another row's label on its line, with no cell between: two rows'
 * labels run together (行政处罚行政强制 4418: a PDF's lines merged, a copy that lost a line break), and
 * the values after them may be either row's. A row printed as one over the rows under it (（六）其他处理)
 * has no cells of its own there and is no such row. */
static int labels_merged(const nb_tparse *tp, size_t label_tok)
{
    if (label_tok == 0) return 0;
    const nb_ctok *p = &tp->toks.v[label_tok - 1], *l = &tp->toks.v[label_tok];
    return p->kind == NB_C_LABEL && p->label.kind == NB_L_ROW && l->label.kind == NB_L_ROW &&
           p->span.line == l->span.line && !nb_row_is_combined(p->label.key);
}

/* Whether the row's cells stop before a text or a label on the line of its last value: its right end
 * is not its last column (a number wrapped inside its cell, 3 / 6件, joined as a text), and blank
 * cells after the label cannot be told from the row's own by counting. */
static int row_cut(const nb_tparse *tp, nb_tspan cells, uint32_t last_line)
{
    size_t after = cells.first + cells.count;
    if (after >= tp->toks.n || tp->toks.v[after].span.line != last_line) return 0;
    return tp->toks.v[after].kind == NB_C_LABEL || (tp->toks.v[after].kind == NB_C_TEXT && !remark_after(tp, cells));
}

/* Whether a row with more cells than its template's has blank ones both right after its label and
 * at its end, and one of them may be its own: [blank, 0, blank] for two columns is a label over two
 * columns with the last cell blank, or a blank first cell and a column more in the table (a Word
 * table's phantom column); which, the cells do not say. Where the cells from its first one written
 * to its last are as many as the template's ([blank, 318, …, 377, blank]: pandoc -t gfm of a label
 * over three columns, a cell of the span lost and one put at the end), no blank can be one of them:
 * they are all spans. */
static int blanks_both_sides(const nb_tparse *tp, nb_tspan cells, int arity)
{
    if (cells.count <= (size_t)arity) return 0;
    size_t lead = 0, trail = 0;
    while (lead < cells.count && tp->toks.v[cells.first + lead].kind == NB_C_EMPTY) lead++;
    if (!lead || lead == cells.count) return 0;
    while (tp->toks.v[cells.first + cells.count - 1 - trail].kind == NB_C_EMPTY) trail++;
    return trail > 0 && cells.count - lead - trail != (size_t)arity;
}

/* A value that writes a money unit (2480.75万元) in a column of counts: the row's values are not in
 * their columns (reading order set the amount before the count); the index of that cell, or -1. */
static int money_in_count(const nb_tparse *tp, const nb_rowdef *d, nb_tspan cells)
{
    for (int i = 0; i < d->arity && (size_t)i < cells.count; i++) {
        const nb_ctok *v = &tp->toks.v[cells.first + (size_t)i];
        int decimal = d->flags && (d->flags[i] & NB_CELL_DECIMAL);
        if (v->kind == NB_C_NUM && v->unit && !decimal && (!strcmp(v->unit, "元") || !strcmp(v->unit, "万元")))
            return i;
    }
    return -1;
}

void nb_table_row(nb_tparse *tp, size_t label_tok, nb_tspan cells)
{
    nb_report *r = tp->r;
    const nb_ctok *label = &tp->toks.v[label_tok];
    nb_tables *t = nb_tables_get(r, tp->ed);
    int row = nb_edition_row_at(&t->keys, label->label.key, strlen(label->label.key));
    const nb_rowdef *d = row >= 0 ? t->keys.rows[row] : NULL;
    if (row < 0 || d->arity > NB_MAX_COLS) {
        nb_diag_add(r, "error", "row-unknown", &label->span, "no row %s in edition %s", label->label.key, tp->ed->name);
        return;
    }
    if (cells.count == 0 && label->label.kind == NB_L_HEADROW) return; /* a header named, no row */
    nb_rowdef part;
    if (nb_table_part_view(tp, &t->keys, t->seen, label_tok, cells, row, d, &part)) d = &part; /* a table printed in parts */
    nb_table_cells(tp, label_tok, cells, row, d);
}

/* Whether some of d's columns in the row hold a cell already (d the row, or a part of it). */
static int columns_taken(const nb_tables *t, int row, const nb_rowdef *d)
{
    int at = (int)(d->cols - t->keys.rows[row]->cols);
    for (int i = 0; i < d->arity; i++)
        if (t->grid[row][at + i]) return 1;
    return 0;
}

void nb_table_nulls(nb_tparse *tp, size_t label_tok, int row, const nb_rowdef *d)
{
    nb_tables *t = nb_tables_get(tp->r, tp->ed);
    if (columns_taken(t, row, d)) return;
    t->seen[row] = 1;
    null_row(tp->r, row, d, &tp->toks.v[label_tok]);
}

/* Whether the text after a label holds a sub-item's numbering marker (1. 2、 ①): the label of a row
 * its group's label is joined to (（六）其他处理-1.申), not that group's own. */
static int names_item(nb_str rest)
{
    if (!rest.n) return 0; /* no rest: its pointer may be NULL, as rest_year and rest_is_values ask first */
    const unsigned char *p = (const unsigned char *)rest.p, *e = p + rest.n;
    for (; p < e; p += nb_u8len(p, e))
        if (nb_row_starter(p, e)) return 1;
    return 0;
}

/* A number inside a label's words, between two ideographs (只10计这一情形): no label has one, and a
 * print's text that joins a label's lines has taken in a value set among them (the head of a number
 * wrapped in its cell, 10 over 1 of 101). Its start, or NULL. */
static const unsigned char *number_inside(const nb_ctok *label)
{
    const unsigned char *s = (const unsigned char *)label->raw.p, *e = s + label->raw.n;
    for (const unsigned char *p = s; p < e;) {
        size_t w = nb_digit_at(p, e, NULL);
        if (!w) {
            p += nb_u8len(p, e);
            continue;
        }
        const unsigned char *q = p;
        while (q < e && (w = nb_digit_at(q, e, NULL)) != 0) q += w;
        if (p - s >= 3 && nb_is_han(p - 3, e) && nb_is_han(q, e)) return p;
        p = q;
    }
    return NULL;
}

void nb_table_cells(nb_tparse *tp, size_t label_tok, nb_tspan cells, int row, const nb_rowdef *d)
{
    nb_report *r = tp->r;
    const nb_ctok *label = &tp->toks.v[label_tok];
    nb_tables *t = nb_tables_get(r, tp->ed);
    if (nb_row_is_combined(d->key)) {
        int any = 0; /* without a cell it is the label of the rows under it (（六）其他处理) */
        for (size_t i = 0; i < cells.count; i++) any |= tp->toks.v[cells.first + i].kind != NB_C_EMPTY;
        if (!any) return;
        /* （六）其他处理-1.申请人…: a path to one of the rows under it; （六）其他处理 逾期不补正: a row under
           it in a cell beside it, its label cut short past reading */
        if (names_item(label->rest) || (label->rest.n && nb_is_han((const unsigned char *)label->rest.p,
                                                                    (const unsigned char *)label->rest.p + label->rest.n))) {
            nb_diag_add(r, "warning", "row-cells", &label->span,
                        "%.*s goes on with words of a row under it (\"%.*s\": a label that joins its group's "
                        "and its row's, cut short?): which of those rows its cells are is not known; not read",
                        (int)(label->raw.n > 60 ? 60 : label->raw.n), label->raw.p,
                        (int)(label->rest.n > 30 ? 30 : label->rest.n), label->rest.p);
            return;
        }
        if (!t->seen[row])
            nb_diag_add(r, "warning", "row-combined", &label->span,
                        "%.*s is printed as one row, where the %s template splits it into the rows under it: "
                        "its cells are under %s, and those rows stay null",
                        (int)(label->raw.n > 60 ? 60 : label->raw.n), label->raw.p, tp->ed->name, d->key);
    }
    if (rest_runs_on(tp->ed, label)) {
        size_t n = label->rest.n > 40 ? 40 : label->rest.n; /* whole characters */
        while (n < label->rest.n && n > 0 && ((unsigned char)label->rest.p[n] & 0xC0) == 0x80) n--;
        null_because(r, row, d, label, "row-cells", &label->span,
                     "%s: its label's cell goes on with numbers and other rows' labels (\"%.*s\": a table run "
                     "together into lines of several rows?): the numbers that end its line are not certainly its "
                     "own; its cells are left null",
                     d->key, (int)n, label->rest.p);
        return;
    }
    if (label->label.piece && !nb_piece_row_whole(tp, cells, d)) {
        /* not marked seen: the template's own label, where a wrapped one stands elsewhere, is the row's */
        nb_diag_add(r, "warning", "row-piece-label", &label->span,
                    "\"%.*s\", a short label that is also a piece of %s's template label, has no whole row of "
                    "counts that adds up after it (a wrapped label's line beside pieces of numbers?): not read",
                    (int)(label->raw.n > 60 ? 60 : label->raw.n), label->raw.p, d->key);
        return;
    }
    int values = 0;
    for (size_t i = 0; i < cells.count; i++) values += tp->toks.v[cells.first + i].kind != NB_C_EMPTY;
    if (t->seen[row] && t->unread[row] && values == d->arity && !columns_valued(t, row, d)) {
        /* its first copy not read (a count in the prose above the table, 其中予以公开98件): this one, a
           value for each of the row's cells, is (one short of them is left to the readers of cut tables) */
        t->unread[row] = 0;
        t->reread[row] = 1;
        nb_diag_add(r, "info", "row-reread", &label->span,
                    "%s appears again, where its first copy was not read (see above): its cells are read here", d->key);
        for (int i = 0; i < d->arity; i++) { /* its cells null until this copy sets them */
            nb_tcell *c = t->grid[row][(int)(d->cols - t->keys.rows[row]->cols) + i];
            if (c) add_cell(r, row, i, d, label, label->raw, label->span);
        }
    } else if (t->seen[row] && columns_taken(t, row, d)) {
        nb_diag_add(r, "warning", "row-duplicate", &label->span, "%s appears again; the first one is kept", d->key);
        if (nb_row_repeat(tp, cells, d, &t->grid[row][d->cols - t->keys.rows[row]->cols])) /* null where they disagree */
            t->differs[row] = 1;
        return;
    }
    t->seen[row] = 1;
    if (d->cols == nb_cols_applicants && !tp->applicants_at) tp->applicants_at = label->span.byte + 1;
    int year = rest_year(label);
    if (year && r->year && year != r->year) {
        null_because(r, row, d, label, "row-other-year", &label->span,
                     "%s: its values are labelled %d年, not the report's year %d (a table printing last year's row "
                     "beside this year's, the label between them): its cells are left null", d->key, year, r->year);
        return;
    }
    if (!values) { /* a 年度 column: runs of values after the label, each labelled with a year (rowyear.h) */
        int by_year = nb_row_years_after(tp, label_tok, &cells);
        if (by_year < 0) {
            null_row(r, row, d, label);
            return;
        }
    }
    const unsigned char *inside = values ? number_inside(label) : NULL;
    if (inside) {
        const unsigned char *q = inside, *le = (const unsigned char *)label->raw.p + label->raw.n;
        for (size_t w; (w = nb_digit_at(q, le, NULL)) != 0;) q += w;
        null_because(r, row, d, label, "row-cells", &label->span,
                     "%s: its label holds a number among its words (\"%.*s\"): a print's value set among the "
                     "label's lines (a number wrapped in its cell?) and taken into it; which of the row's cells it "
                     "belongs to is not certain; its cells are left null", d->key, (int)(q - inside), (const char *)inside);
        return;
    }
    cells = row_cells(tp, label_tok, d, cells);
    if (remark_after(tp, cells)) {
        const nb_ctok *x = &tp->toks.v[cells.first + cells.count];
        size_t n = x->raw.n;
        while (n > 90 || (n < x->raw.n && ((unsigned char)x->raw.p[n] & 0xC0) == 0x80)) n--; /* whole characters */
        nb_diag_add(r, "info", "row-remark", &x->span, "%s: \"%.*s\" after its cells stands in the 备注 column: a remark, no value",
                    d->key, (int)n, x->raw.p);
    }
    /* Blank cells beyond the row's own are spans: right after the label, the rest of a label that
     * spans columns (HTML colspan); at the end, the next row's spanned label cells. Those on a line
     * after the row's last value go first: they are the next row's (a rowspan column), while a blank
     * right after the label may be the row's own first cell. */
    uint32_t last_line = label->span.line;
    for (size_t i = 0; i < cells.count; i++)
        if (tp->toks.v[cells.first + i].kind != NB_C_EMPTY) last_line = tp->toks.v[cells.first + i].span.line;
    while (cells.count > (size_t)d->arity && blank_after(tp, cells, last_line)) cells.count--;
    /* in a table of TAB or pipe rows a row is its line: blank cells that start a later line are the next
       row's spanned label columns even where they make up the row's count (six values and one of them).
       Not in a print's rows, which columns.c made of positions: a blank there is a place, not a cell.
       (grid_cell reads the line: asked only of such a blank, a row's line may be a whole flattened page.) */
    int after;
    if (!tp->print && blank_after(tp, cells, last_line) && grid_cell(r, label->span.byte, &after) >= 0)
        while (blank_after(tp, cells, last_line) &&
               grid_cell(r, tp->toks.v[cells.first + cells.count - 1].span.byte, &after) == 0)
            cells.count--;
    if (cells.count >= (size_t)d->arity && tp->toks.v[cells.first].kind == NB_C_EMPTY && row_cut(tp, cells, last_line)) {
        null_because(r, row, d, label, "row-cells", &label->span,
                     "%s: its cells stop at text on their line that is no cell (a number wrapped inside its "
                     "cell: 3 6件?), so which of its blank cells belong to its label is not known; its cells "
                     "are left null", d->key);
        return;
    }
    if (blanks_both_sides(tp, cells, d->arity)) {
        null_because(r, row, d, label, "row-cells", &label->span,
                     "%s has %zu cells where the template has %d, blank ones both right after its label and at "
                     "its end: whether the first are its label's (a label over two columns) or its own blank "
                     "cells is not known; its cells are left null rather than shifted",
                     d->key, cells.count, d->arity);
        return;
    }
    while (cells.count > (size_t)d->arity && tp->toks.v[cells.first].kind == NB_C_EMPTY) {
        cells.first++;
        cells.count--;
    }
    while (cells.count > (size_t)d->arity && tp->toks.v[cells.first + cells.count - 1].kind == NB_C_EMPTY)
        cells.count--;
    if (share_last(tp, d, cells)) {
        const nb_ctok *x = &tp->toks.v[cells.first + cells.count - 1];
        nb_diag_add(r, "info", "row-share", &x->span, "%s: \"%.*s\" after its cells stands in the 占比 column: a share "
                    "of the total, no cell of the template", d->key, (int)(x->raw.n > 20 ? 20 : x->raw.n), x->raw.p);
        cells.count--;
    }
    if (cells.count > (size_t)d->arity) tp->surplus = cells.first + cells.count; /* flow_rows.h */
    for (size_t i = 0; i < cells.count; i++) /* (in a grid, TABs or pipes, a cell is known: cell-text below) */
        if (tp->toks.v[cells.first + i].cut && grid_cell(r, tp->toks.v[cells.first + i].span.byte, &after) < 0) {
            const nb_ctok *c = &tp->toks.v[cells.first + i];
            null_because(r, row, d, label, "row-cells", &c->span,
                         "%s: \"%.*s\", a number cut inside its cell, is one of its cells: its tail may be among the "
                         "others, read as a number of its own; its cells are left null",
                         d->key, (int)(c->raw.n > 20 ? 20 : c->raw.n), c->raw.p);
            return;
        }
    int glued = 0;
    for (size_t i = 0; i < cells.count; i++) glued |= tp->toks.v[cells.first + i].kind == NB_C_GLUED;
    if (glued) {
        split_row(tp, row, d, label, cells, (nb_str){NULL, 0});
        return;
    }
    size_t head = cells.count ? head_above(tp, label_tok, cells, d->arity) : 0;
    if (!head && cells.count) head = nb_heads_above(tp, label_tok, d->arity); /* heads_above.h */
    if (head) {
        /* a whole row of values right above the label, not a number's head: the rows after it may
           stand after their own values as this one does (flow_chain.c) */
        if (nb_values_before(tp, label_tok, 0) == (size_t)d->arity && nb_flow_row_after_orphans(tp, label_tok, cells, &t->keys))
            tp->after_orphans[row] = label_tok + 1;
        const nb_ctok *s = &tp->toks.v[head - 1];
        null_because(r, row, d, label, "row-cells", &label->span,
                     "%s: the value \"%.*s\" right above its label belongs to no row (the head of one of its "
                     "numbers, wrapped inside its cell?): which of its cells it is part of is not certain; its "
                     "cells are left null", d->key, (int)(s->raw.n > 20 ? 20 : s->raw.n), s->raw.p);
        return;
    }
    if (values_under(tp, cells, last_line)) {
        null_because(r, row, d, label, "row-cells", &label->span,
                     "%s: its line has a number wrapped inside its cell and blank cells, and values on the lines "
                     "under it, before the next row, belong to no row (its numbers, or their tails, set lower in "
                     "their cells?): which of its cells they are is not certain; its cells are left null", d->key);
        return;
    }
    size_t piece = nb_pieces_beside(tp, label_tok, cells); /* heads_above.h */
    if (piece != SIZE_MAX) {
        const char *x = tp->r->text.data + piece, *end = tp->r->text.data + tp->r->text.len, *xe;
        while (x < end && *x == ' ') x++;
        for (xe = x; xe < end && *xe != '\n'; xe++) {}
        null_because(r, row, d, label, "row-cells", &label->span,
                     "%s: \"%.*s\", numbers alone on the line right %s its line and in no row, may be pieces "
                     "of its numbers wrapped a digit a line inside their narrow cells: which of its cells they "
                     "are part of is not certain; its cells are left null", d->key, (int)(xe - x > 20 ? 20 : xe - x),
                     x, piece < label->span.byte ? "above" : "below");
        return;
    }
    if (value_under_label(tp, label_tok, cells)) {
        null_because(r, row, d, label, "row-cells", &label->span,
                     "%s: a value on a line after its label stands in the label's column of the table (a table "
                     "nested in the label's cell, or another row's value): which cell it is is not certain; its "
                     "cells are left null", d->key);
        return;
    }
    if (cells.count == (size_t)d->arity && text_after_row(tp, cells)) {
        const nb_ctok *x = &tp->toks.v[cells.first + cells.count];
        null_because(r, row, d, label, "row-cells", &x->span,
                     "%s: \"%.*s\" after its last cell, on its line, may be a value of it (a number cut short, or "
                     "beside a blank cell): the row has more cells than the template's, and which is which is not "
                     "certain; its cells are left null",
                     d->key, (int)(x->raw.n > 40 ? 40 : x->raw.n), x->raw.p);
        return;
    }
    if (lead_value(tp, d, label, cells)) {
        split_row(tp, row, d, label, cells, label->rest);
        return;
    }
    nb_str vraw;
    nb_span vspan;
    double v;
    if (rest_is_values(label) && d != t->keys.rows[row] &&
        nb_part_value_in_label(tp, &t->keys, t->seen, label_tok, cells, row, d, &vraw, &vspan, &v)) {
        set_value(tp, add_cell(r, row, 0, d, label, vraw, vspan), d, 0, v, NULL); /* a one-column part (partvalue.h) */
        tp->toks.v[label_tok].rest_read = 1; /* the values after the next label are not this row's (flow_rows.c) */
        return;
    }
    if (rest_is_values(label) && !(cells.count && tp->toks.v[cells.first].kind == NB_C_EMPTY)) {
        /* a print's cells set close run into one (3.补正后申请内容仍不明确    77  ５): the values after
           the label's cell may be the row's from the second or third on; where a blank cell follows
           the label, their column was kept (columns.c placed 9,6, no number, beside the label) */
        if (!cells.count && d == t->keys.rows[row]) nb_glued_rest(tp, row, label); /* colglued.h */
        null_because(r, row, d, label, "row-cells", &label->span,
                     "%s: its label's cell goes on with numbers (\"%.*s\": cells set close, read as one?): which "
                     "values are its cells is not certain; its cells are left null",
                     d->key, (int)(label->rest.n > 20 ? 20 : label->rest.n), label->rest.p);
        return;
    }
    if (cells.count == (size_t)d->arity && values_interleave(tp, label, cells)) {
        null_because(r, row, d, label, "row-cells", &label->span,
                     "%s: its values stand on several lines, a later one among the columns of the first "
                     "(a number wrapped inside its cell?): the order is not certain; its cells are left null",
                     d->key);
        return;
    }
    if (labels_merged(tp, label_tok)) {
        const nb_ctok *p = &tp->toks.v[label_tok - 1];
        null_because(r, row, d, label, "row-labels-merged", &label->span,
                     "%s: its label runs on from the label of %s on one line, with no cell between (two rows "
                     "merged?): its values may be that row's; its cells are left null",
                     d->key, p->label.key);
        return;
    }
    const char *other = nb_flow_row_after_label(tp, label_tok, cells);
    if (other) {
        null_because(r, row, d, label, "row-label-apart", &label->span,
                     "%s: its values come on the lines after it, right after the label of %s (column and group labels aside), which has none: in "
                     "reading order they may be that row's; its cells are left null", d->key, other);
        return;
    }
    other = nb_flow_row_before_label(tp, label_tok, cells);
    if (other) {
        null_because(r, row, d, label, "row-label-apart", &label->span,
                     "%s: its values come on the lines after it, right before the label of %s, which has none: in "
                     "reading order they may be that row's, printed before its label; its cells are left null",
                     d->key, other);
        return;
    }
    other = nb_flow_row_after_short(tp, label_tok, cells, &t->keys);
    if (other) {
        null_because(r, row, d, label, "row-label-apart", &label->span,
                     "%s: its values come on the lines after it, after %s, which has fewer values than its cells: "
                     "in reading order a column may come apart, after the next row's other values, so these may "
                     "hold that row's; its cells are left null", d->key, other);
        return;
    }
    size_t tail = nb_flow_label_tail_after(tp, label_tok, cells);
    if (tail) {
        const char *x = r->text.data + tail - 1, *xe = memchr(x, '\n', r->text.len - (tail - 1));
        int xn = xe ? (int)(xe - x) : (int)(r->text.len - (tail - 1));
        null_because(r, row, d, label, "row-label-apart", &label->span,
                     "%s: its label ends after its values (\"%.*s\"): in reading order they came by the heights of "
                     "their cells, not in their columns; its cells are left null",
                     d->key, xn > 60 ? 60 : xn, x);
        return;
    }
    if (nb_flow_row_after_orphans(tp, label_tok, cells, &t->keys)) tp->after_orphans[row] = label_tok + 1;
    if (nb_flow_values_below(tp, label_tok, cells)) tp->below[row] = label_tok + 1; /* flow_chain.h */
    int money = cells.count == (size_t)d->arity ? money_in_count(tp, d, cells) : -1;
    if (money >= 0) {
        const nb_ctok *v = &tp->toks.v[cells.first + (size_t)money];
        null_because(r, row, d, label, "row-cells", &v->span,
                     "%s: \"%.*s\", an amount of money, stands where its %s, a count, goes: its values are not in "
                     "their columns (out of order?); its cells are left null",
                     d->key, (int)(v->raw.n > 40 ? 40 : v->raw.n), v->raw.p, d->cols[money]);
        return;
    }
    if (cells.count == (size_t)d->arity && own_header_after(tp, d, cells)) {
        const nb_ctok *h = &tp->toks.v[nb_next_filled(tp, cells.first + cells.count)];
        null_because(r, row, d, label, "row-order", &label->span,
                     "%s: its values are followed by its own column's header (\"%.*s\") and more values: in reading "
                     "order the values before the header may be another row's; its cells are left null",
                     d->key, (int)(h->raw.n > 30 ? 30 : h->raw.n), h->raw.p);
        return;
    }
    if (cells.count == (size_t)d->arity && nb_flow_order_unsure(tp, d, cells)) {
        null_because(r, row, d, label, "row-order", &label->span,
                     "%s: in a PDF's text in reading order its values stand a line each and do not add up as "
                     "the template's row does: a PDF may draw a row's cells out of their order, so which value "
                     "is in which column is not certain; its cells are left null", d->key);
        return;
    }
    if (cells.count == (size_t)d->arity && text_among_lines(tp, cells)) {
        null_because(r, row, d, label, "row-cells", &label->span,
                     "%s: a print's text puts its values on several lines with text among them (a piece of a "
                     "label its narrow cell cut?), and a blank cell there would be written as nothing: which "
                     "value is which cell is not certain; its cells are left null", d->key);
        return;
    }
    if (cells.count != (size_t)d->arity && grouped_by_blanks(tp, row, d, label, cells)) return;
    if (cells.count != (size_t)d->arity && three_columns(tp, row, d, label, cells)) return;
    if (cells.count != (size_t)d->arity) {
        t->bare[row] = !cells.count;
        int shown = short_values(tp, d, cells);
        if (shown) {
            tp->short_row[row] = cells.first + 1; /* its total, or more columns, may be cut off (shorttotal.h) */
            tp->short_n[row] = shown;
        }
        if (tp->print && d->split == NB_SPLIT_GROUPS && d == t->keys.rows[row] && cells.count >= (size_t)d->group &&
            all_numbers(tp, cells)) {
            tp->groups_short = cells; /* its right side may be cut off (cutgroups.h) */
            tp->groups_short_row = row + 1;
        }
        if (cells.count < (size_t)d->arity && d == t->keys.rows[row]) nb_glued_cells(tp, row, cells); /* colglued.h */
        null_because(r, row, d, label, "row-cells", &label->span,
                     "%s has %zu cells where the template has %d; its cells are left null rather than shifted",
                     d->key, cells.count, d->arity);
        return;
    }
    for (int i = 0; i < d->arity; i++) {
        const nb_ctok *v = &tp->toks.v[cells.first + (size_t)i];
        nb_tcell *c = add_cell(r, row, i, d, label, v->raw, v->span);
        if (v->kind == NB_C_NUM && !v->is_null) set_value(tp, c, d, i, v->value, v->unit);
        if (v->kind == NB_C_TEXT || v->cut)
            nb_diag_add(r, "warning", "cell-text", &v->span, "%s: \"%.*s\" where a number goes; left null", c->key,
                        (int)v->raw.n, v->raw.p);
    }
}

void nb_table_value(nb_tparse *tp, nb_tcell *c, const nb_rowdef *d, int col, const nb_ctok *v)
{
    if (c->has_value) return; /* read already (a table printed twice): the reading that stands is kept */
    c->raw = v->raw;
    c->span = v->span;
    set_value(tp, c, d, col, v->value, v->unit);
}

void nb_table_stray(nb_tparse *tp, size_t tok)
{
    if (tok < tp->taken) return; /* a row took it (row_cells) */
    const nb_ctok *t = &tp->toks.v[tok];
    tp->stray = tok + 1;
    int n = (int)(t->raw.n > 60 ? 60 : t->raw.n);
    nb_diag_add(tp->r, "warning", "cell-unplaced", &t->span, "a value \"%.*s\" with no row label before it",
                n, t->raw.p);
}

/* Rows [i, j) are one table (its key's first seg bytes). A row read from a later copy (row-reread) is
 * the report's only while the copies are one table printed twice: where another row's copies disagree,
 * the text holds other tables like it (a district's report, then each department's table 三), and the
 * later copy may be one of theirs. Such a row's cells are left null. */
static void void_rereads(nb_report *r, nb_tables *t, int i, int j, int seg)
{
    int differ = -1;
    for (int k = i; k < j && differ < 0; k++)
        if (t->differs[k]) differ = k;
    if (differ < 0) return;
    for (int k = i; k < j; k++) {
        if (!t->reread[k]) continue;
        const nb_tcell *first = NULL;
        for (int c = 0; c < NB_MAX_COLS; c++) {
            nb_tcell *x = t->grid[k][c];
            if (!x) continue;
            if (!first) first = x;
            x->has_value = 0;
        }
        nb_diag_add(r, "warning", "row-reread-doubt", first ? &first->span : NULL,
                    "%s was read from a later copy of its row, but the copies of %s disagree: the text holds more "
                    "than one table %.*s, and which one that copy is of is not known: its cells are left null",
                    t->keys.rows[k]->key, t->keys.rows[differ]->key, seg, t->keys.rows[k]->key);
    }
}

/* A cell written as a change in words (增加3项, 无变化) was read as a number wherever it stood
 * (nb_cell_prepare does not know the column): it is a value in a change column only; elsewhere it
 * is text, and null. */
static void worded_changes(nb_report *r, nb_tables *t)
{
    for (nb_tcell *c = t->cells; c; c = c->next) {
        double v;
        const unsigned char *s = (const unsigned char *)c->raw.p;
        if (!c->has_value || !nb_change_in_words(s, s + c->raw.n, &v)) continue;
        size_t n = strlen(c->key);
        int n_raw = (int)(c->raw.n > 40 ? 40 : c->raw.n);
        if (n > 7 && !strcmp(c->key + n - 7, ".change")) {
            nb_diag_add(r, "info", "cell-worded", &c->span, "%s: \"%.*s\", a change in words, read as %g", c->key,
                        n_raw, c->raw.p, c->value);
        } else {
            c->has_value = 0;
            nb_diag_add(r, "warning", "cell-text", &c->span, "%s: \"%.*s\" where a number goes; left null", c->key,
                        n_raw, c->raw.p);
        }
    }
}

/* The edition's rows the report lacks: their cells stay null, and a reader is told which (a table is
 * the rows under one first key segment: applications, review_litigation …). */
void nb_table_end(nb_tparse *tp)
{
    nb_tables *t = nb_tables_get(tp->r, tp->ed);
    worded_changes(tp->r, t);
    unsigned char *counts = t->counts;
    nb_rows_counting(tp->ed, t->seen, counts);
    const nb_rowdef *const *rows = t->keys.rows;
    int n = t->keys.n;
    for (int i = 0; i < n;) {
        size_t seg = strcspn(rows[i]->key, ".");
        int j = i, missing = 0;
        int expected = 0; /* the rows the report should have: a family printed as one row counts once */
        for (; j < n && !strncmp(rows[j]->key, rows[i]->key, seg) && rows[j]->key[seg] == rows[i]->key[seg]; j++) {
            expected += counts[j];
            missing += counts[j] && !t->seen[j];
        }
        if (missing == expected) {
            nb_diag_add(tp->r, "warning", "table-missing", NULL,
                        "no row of the %s template's table %.*s was found; its cells are null", tp->ed->name,
                        (int)seg, rows[i]->key);
        } else if (missing > 3) { /* a report cut short: one message, not twenty */
            nb_buf b;
            nb_buf_init(&b);
            for (int k = i, shown = 0; k < j && shown < 3; k++)
                if (!t->seen[k] && counts[k])
                    nb_buf_printf(&b, "%s%s", shown++ ? ", " : "", rows[k]->key);
            nb_diag_add(tp->r, "warning", "row-missing", NULL,
                        "%d of the %d rows of the %s template's table %.*s were not found (%s, …); their cells are null",
                        missing, expected, tp->ed->name, (int)seg, rows[i]->key, b.data);
            nb_buf_free(&b);
        } else {
            for (int k = i; k < j; k++)
                if (!t->seen[k] && counts[k])
                    nb_diag_add(tp->r, "warning", "row-missing", NULL,
                                "%s: the %s template has this row, the report does not; its cells are null",
                                rows[k]->key, tp->ed->name);
        }
        void_rereads(tp->r, t, i, j, (int)seg);
        int bare = 0; /* rows found with their label alone */
        for (int k = i; k < j; k++) bare += t->seen[k] && t->bare[k];
        if (bare >= 3 && bare == expected - missing) /* what the rows' own warnings cannot say */
            nb_diag_add(tp->r, "warning", "table-values-missing", NULL,
                        "the %d rows of table %.*s found have their labels and no value at all: the text holds no "
                        "column of values (a print that cut the table at the page's edge, a table given as an "
                        "image?); its cells are null",
                        bare, (int)seg, rows[i]->key);
        i = j;
    }
}
