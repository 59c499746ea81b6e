/* tableparts.c — a table printed as two tables or more, each with some of its columns; see tableparts.h. */
#include "tableparts.h"

#include <string.h>

#include "partcols.h"
#include "splitter.h"

enum { HEADER_TOKENS = 128 }; /* a part's header: a caption, its column labels, a note; no more */

/* d as its columns [first, first + count). The row's sum is over all its columns, not a part's: glued
 * cells of a part are split by their syntax alone (a part of one column would be 0 by the sum's rule). */
static nb_rowdef columns_of(const nb_rowdef *d, int first, int count)
{
    nb_rowdef v = *d;
    v.split = NB_SPLIT_NONE;
    v.arity = count;
    v.cols = d->cols + first;
    v.col_labels = d->col_labels + first;
    v.flags = d->flags ? d->flags + first : NULL;
    return v;
}

/* The first token of the header before the label at label_tok: back over text, up to the values of the
 * rows before (the previous part's, or another table's). A row label stops nothing: a header's 总计 reads
 * as one (（七）总计), and more text only shows more columns. Nor does the value no row took last (a
 * first row whose label a narrow column wrapped a word a line, 一、 / 本年 / 新收 …, its value beside
 * a middle line): it is no row's before the header. */
static size_t header_start(const nb_tparse *tp, size_t label_tok)
{
    size_t i = label_tok;
    while (i > 0 && label_tok - i < HEADER_TOKENS) {
        const nb_ctok *t = &tp->toks.v[i - 1];
        if ((t->kind == NB_C_NUM || t->kind == NB_C_GLUED) && i != tp->stray) break;
        i--;
    }
    return i;
}

/* Whether row (declared d) is the first of a table of several rows: the one each part repeats first. */
static int opens_table(const nb_edition_keys *keys, int row, const nb_rowdef *d)
{
    return (row == 0 || keys->rows[row - 1]->cols != d->cols) && row + 1 < keys->n &&
           keys->rows[row + 1]->cols == d->cols;
}

/* Whether row (declared d) is the first of its table's rows the text gives: no row of the table came
 * before it (seen: by the rows' places), the table's first one lost (its label scattered over lines). */
static int first_given(const nb_edition_keys *keys, const unsigned char *seen, const nb_rowdef *d)
{
    for (int k = 0; k < keys->n && k < NB_MAX_ROWS; k++)
        if (keys->rows[k]->cols == d->cols && seen[k]) return 0;
    return 1;
}

/* The part the header in tokens [from, to) shows of d's columns: the one run of columns whose labels
 * it holds, the columns beside the run not held, fewer than all; 0 where there is no such one run. */
static int part_shown(const nb_tparse *tp, size_t from, size_t to, const nb_rowdef *d, int *first, int *count)
{
    int runs = 0, a = 0, n = 0;
    if (nb_columns_shown(tp, from, to, d)) return 0; /* all of them: a whole table (the usual one), at once */
    for (int c = 0; c < d->arity;) {
        nb_rowdef one = columns_of(d, c, 1);
        if (!nb_columns_shown(tp, from, to, &one)) {
            c++;
            continue;
        }
        int e = c + 1;
        for (; e < d->arity; e++) {
            one = columns_of(d, e, 1);
            if (!nb_columns_shown(tp, from, to, &one)) break;
        }
        runs++, a = c, n = e - c;
        c = e;
    }
    if (runs != 1 || n == d->arity) return 0;
    nb_rowdef run = columns_of(d, a, n); /* labels sharing characters (机构 twice) need them as often */
    if (!nb_columns_shown(tp, from, to, &run)) return 0;
    *first = a, *count = n;
    return 1;
}

/* The cells that hold something: a blank one may be a span of the label (a grid's colspan). */
static size_t filled(const nb_tparse *tp, nb_tspan cells)
{
    size_t n = 0;
    for (size_t i = cells.first; i < cells.first + cells.count; i++) n += tp->toks.v[i].kind != NB_C_EMPTY;
    return n;
}

/* The cells from the first that holds something on: blank ones before it are the label's span. */
static size_t own_cells(const nb_tparse *tp, nb_tspan cells)
{
    size_t i = 0;
    while (i < cells.count && tp->toks.v[cells.first + i].kind == NB_C_EMPTY) i++;
    return cells.count - i;
}

/* Whether label token t may be a header's word rather than a row's label: its text one of d's column
 * labels (总计, which reads as （七）总计). */
static int header_word(const nb_ctok *t, const nb_rowdef *d)
{
    for (int c = 0; c < d->arity; c++) {
        const char *l = nb_column_words(d->col_labels[c]);
        if (t->raw.n == strlen(l) && !memcmp(t->raw.p, l, t->raw.n)) return 1;
    }
    return 0;
}

/* Whether the rows of d's table come again after label_tok: some row's label twice from there on (the
 * next part repeats the row labels). A cut print, a header repeated at a page break, rows in reading
 * order: each row's label comes once. */
static int rows_repeat(const nb_tparse *tp, const nb_edition_keys *keys, size_t label_tok, const nb_rowdef *d)
{
    unsigned char seen[NB_MAX_ROWS] = {0};
    for (size_t i = label_tok; i < tp->toks.n; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        if (t->kind != NB_C_LABEL || !t->label.key || header_word(t, d)) continue;
        int row = nb_edition_row_at(keys, t->label.key, strlen(t->label.key));
        if (row < 0 || row >= NB_MAX_ROWS || keys->rows[row]->cols != d->cols) continue;
        if (seen[row]++) return 1;
    }
    return 0;
}

int nb_table_part_view(nb_tparse *tp, const nb_edition_keys *keys, const unsigned char *seen, size_t label_tok,
                       nb_tspan cells, int row, const nb_rowdef *d, nb_rowdef *view)
{
    if (d->split != NB_SPLIT_SUM_LAST) return 0; /* a table whose rows end in their total (table 三) */
    if (opens_table(keys, row, d) || (tp->part_of != d->cols && first_given(keys, seen, d))) {
        int next = tp->part_of == d->cols ? tp->part_next : 0;
        tp->part_of = NULL;
        int first, count;
        if (!part_shown(tp, header_start(tp, label_tok), label_tok, d, &first, &count) ||
            own_cells(tp, cells) > (size_t)count)
            return 0; /* the part's first row has no more cells than its columns (blank ones too) */
        /* A part is one of the parts: it begins where the one before ended (the first at the first
         * column), and one after it repeats the rows. Else it is a print cut at the page's edge, or a
         * header that lost a label (自然 / 人 wrapped apart), its rows a column short. */
        if (first != next || (first + count < d->arity && !rows_repeat(tp, keys, label_tok, d))) return 0;
        tp->part_of = d->cols, tp->part_first = first, tp->part_count = count, tp->part_next = first + count;
        nb_diag_add(tp->r, "info", "table-part", &tp->toks.v[label_tok].span,
                    "the table of %s is printed in parts, each a table of its own with the row labels: the one "
                    "from here gives its columns %s … %s, the ones its header shows",
                    d->key, d->cols[first], d->cols[first + count - 1]);
    }
    if (tp->part_of != d->cols || filled(tp, cells) >= (size_t)d->arity) return 0; /* a row of the whole table */
    *view = columns_of(d, tp->part_first, tp->part_count);
    return 1;
}
