/* rowparts.c — a row printed in parts, each under its own header; see rowparts.h. */
#include "rowparts.h"

#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "grouporder.h"
#include "partcols.h"
#include "rowpieces.h"
#include "rowyear.h"
#include "rowturned.h"
#include "splitter.h"
#include "tables.h"
#include "utf8.h"

enum { MAX_WORDS = 8 }; /* a header names a part's groups and the header over them: a few words */

static int is_word(const nb_ctok *t, const char *w) { return nb_token_is_word(t, w, strlen(w), 0); }

const nb_rowpart *nb_part_opened(const nb_edition *ed, const nb_ctok *t)
{
    for (const nb_rowpart *p = ed->parts; p && p->row; p++)
        if ((p->over && is_word(t, p->over)) || is_word(t, p->groups[0])) return p;
    return NULL;
}

/* The header word of one of row key's parts that token t is (its header over its groups, or one of
 * those), or NULL. */
static const char *part_word(const nb_edition *ed, const char *key, const nb_ctok *t)
{
    for (const nb_rowpart *p = ed->parts; p && p->row; p++) {
        if (strcmp(p->row, key)) continue;
        if (p->over && is_word(t, p->over)) return p->over;
        for (const char *const *g = p->groups; *g; g++)
            if (is_word(t, *g)) return *g;
    }
    return NULL;
}

/* Whether the words a header names, in order, are exactly part p's: its groups, after the header
 * over them or not. */
static int names_part(const nb_rowpart *p, const char *const *words, int n)
{
    int i = 0;
    if (p->over && n > 0 && words[0] == p->over) i = 1;
    for (const char *const *g = p->groups; *g; g++, i++)
        if (i >= n || words[i] != *g) return 0;
    return i == n;
}

/* The characters of the text and labels among tokens from..to-1, blanks aside. */
static int text_chars(const nb_tparse *tp, size_t from, size_t to)
{
    int n = 0;
    nb_header_chars w = nb_header_chars_of(tp, from, to);
    for (uint32_t c; nb_header_char_next(&w, &c);) n += c != ' ' && c != '\t' && c != 0x3000;
    return n;
}

/* The characters of the labels of d's columns after their group's word (结果维持 …). */
static int column_chars(const nb_rowdef *d)
{
    int n = 0;
    for (int i = 0; i < d->arity; i++) {
        const unsigned char *p = (const unsigned char *)nb_column_words(d->col_labels[i]);
        n += (int)nb_u8count(p, p + strlen((const char *)p));
    }
    return n;
}

/* Whether each group of columns the part's cells fill whole (view: the part's columns of d) keeps its
 * sum. A print's text in reading order breaks a row where its gaps fall ("18 25 3" / "30 76 0 9 16 24
 * 49 18 10 9" / "5 42"): values after a part's header may then begin inside another part's group. */
static int part_groups_hold(const nb_tparse *tp, nb_tspan cells, const nb_rowdef *view, const nb_rowdef *d)
{
    if (d->split != NB_SPLIT_GROUPS || d->group < 2 || cells.count != (size_t)view->arity) return 1;
    int first = (int)(view->cols - d->cols);
    for (int g = first / d->group; (g + 1) * d->group <= first + view->arity; g++) {
        if (g * d->group < first) continue; /* a group the part holds only the end of */
        double sum = 0, total = 0;
        for (int k = 0; k < d->group; k++) {
            const nb_ctok *t = &tp->toks.v[cells.first + (size_t)(g * d->group + k - first)];
            if (t->kind != NB_C_NUM || t->is_null) return 0;
            if (k + 1 < d->group) sum += t->value;
            else total = t->value;
        }
        if (sum != total) return 0;
    }
    return 1;
}

/* A header row over two tables side by side (行政复议 | 行政诉讼, each over a table of its own: Word's
 * nested tables), which reading order prints as the header row, then the first table whole, then the
 * second: the words are part p's, then only the header over another part of the row (its groups would
 * be that part's own table, after p's values). The token of that header, or 0; the caller then wants
 * nothing after it but p's column labels before the values. */
static size_t header_beside(const nb_tparse *tp, size_t head, nb_tspan cells, const nb_rowpart *p,
                            const char *const *words, int n)
{
    if (n < 2 || !names_part(p, words, n - 1)) return 0;
    const nb_rowpart *q = tp->ed->parts;
    while (q->row && (q == p || strcmp(q->row, p->row) || !q->over || words[n - 1] != q->over)) q++;
    if (!q->row) return 0;
    size_t at = cells.first;
    while (at > head && !is_word(&tp->toks.v[at - 1], q->over)) at--;
    if (at <= head) return 0;
    for (size_t i = head + 1; i + 1 < at; i++) /* p's group words alone before it */
        if ((tp->toks.v[i].kind == NB_C_TEXT || tp->toks.v[i].kind == NB_C_LABEL) && !part_word(tp->ed, p->row, &tp->toks.v[i]))
            return 0;
    return at - 1;
}

int nb_part_of(nb_tparse *tp, size_t head, nb_tspan cells, const nb_rowdef *d, nb_rowdef *view)
{
    if (!tp->ed->parts || !cells.count) return 0;
    const char *words[MAX_WORDS];
    int n = 0;
    for (size_t i = head; i < cells.first; i++) {
        const char *w = part_word(tp->ed, d->key, &tp->toks.v[i]);
        if (!w) continue;
        if (n == MAX_WORDS) return 0;
        words[n++] = w;
    }
    const nb_rowpart *p = tp->ed->parts;
    while (p->row && (strcmp(p->row, d->key) || !names_part(p, words, n))) p++;
    size_t beside = 0; /* the token of another part's header beside this part's, or 0 */
    if (!p->row && !tp->print) { /* a print's reading order breaks a whole table's rows so too: not there */
        p = tp->ed->parts;
        while (p->row && (strcmp(p->row, d->key) || !(beside = header_beside(tp, head, cells, p, words, n)))) p++;
    }
    if (!p->row || p->first < 0 || p->first + p->count > d->arity) return 0;
    *view = *d;
    view->arity = p->count;
    view->cols = d->cols + p->first;
    view->col_labels = d->col_labels + p->first;
    view->flags = d->flags ? d->flags + p->first : NULL;
    if (beside && text_chars(tp, beside + 1, cells.first) != column_chars(view)) return 0;
    if (!nb_columns_shown(tp, head + 1, cells.first, view)) {
        nb_diag_add(tp->r, "warning", "row-part-unsure", &tp->toks.v[head].span,
                    "%s: the values under %s, a part of the row printed as a table of its own, come before its "
                    "header shows its columns (%s …): in reading order they may be another table's; left null",
                    d->key, p->over && words[0] == p->over ? p->over : p->groups[0], view->col_labels[0]);
        return 2;
    }
    /* in a print, a part's values are its own only where they keep its groups' sums (reading order breaks
       a row where its gaps fall: they may begin in another part's group) and stand under their own
       columns' labels (a blank cell, written as nothing, puts a value of the table beside it) */
    const char *unsure = !tp->print                                     ? NULL
                         : !part_groups_hold(tp, cells, view, d)        ? "do not keep the sums of its groups of columns"
                         : nb_part_values_astray(tp, head, cells, view) ? "do not stand under the labels of their columns one by one"
                                                                        : NULL;
    if (unsure) {
        nb_diag_add(tp->r, "warning", "row-part-unsure", &tp->toks.v[head].span,
                    "%s: the values under %s, a part of the row printed as a table of its own, %s; left null", d->key,
                    p->over && words[0] == p->over ? p->over : p->groups[0], unsure);
        return 2;
    }
    nb_buf b; /* the header as it names the part: 行政诉讼: 未经复议直接起诉, 复议后起诉 */
    nb_buf_init(&b);
    for (int i = 0; i < n; i++) nb_buf_printf(&b, "%s%s", words[i], i + 1 == n ? "" : i == 0 && words[0] == p->over ? ": " : ", ");
    nb_diag_add(tp->r, "info", "row-part", &tp->toks.v[head].span,
                "%s is printed in parts: the table under %s gives its columns %s … %s", d->key, b.data,
                view->cols[0], view->cols[view->arity - 1]);
    nb_buf_free(&b);
    return 1;
}

/* Whether the cells all stand on one line of the input. */
static int one_line(const nb_tparse *tp, nb_tspan cells)
{
    for (size_t i = cells.first + 1; i < cells.first + cells.count; i++)
        if (tp->toks.v[i].span.line != tp->toks.v[cells.first].span.line) return 0;
    return 1;
}

/* The cells after a header that are the whole row's (row at place row, declared d; d NULL: no
 * cells): the report year's row where its values are labelled with years (rowyear.h), in the order
 * its header names its columns (grouporder.h). */
static void whole_row(nb_tparse *tp, size_t head, nb_tspan cells, int row, const nb_rowdef *d)
{
    if (!d) {
        nb_table_row(tp, head, cells);
        return;
    }
    size_t first = cells.first; /* the header ends here, whichever year's row is read */
    int order[NB_MAX_COLS], how = NB_ORDER_TEMPLATE;
    if (!nb_row_of_year(tp, head, &cells) || (how = nb_group_order(tp, head, first, cells, d, order)) == NB_ORDER_NULL) {
        nb_table_nulls(tp, head, row, d);
        return;
    }
    nb_tables *t = nb_tables_get(tp->r, tp->ed);
    int fresh = !t->seen[row];
    nb_table_cells(tp, head, cells, row, d);
    if (how == NB_ORDER_NAMED && fresh) nb_row_reorder(tp->r, t, row, order);
}

/* The cells after a header that is no piece of a wrapped row (nb_table_part). */
static void part_read(nb_tparse *tp, size_t head, nb_tspan cells)
{
    if (nb_turned_cells(tp, head, cells)) return; /* one group of the row's columns, as a turned table prints it */
    const nb_ctok *h = &tp->toks.v[head];
    int headrow = h->label.kind == NB_L_HEADROW;
    nb_tables *t = nb_tables_get(tp->r, tp->ed);
    const nb_rowpart *p = headrow ? NULL : nb_part_opened(tp->ed, h);
    const char *key = headrow ? h->label.key : p ? p->row : NULL;
    int row = key && cells.count ? nb_edition_row_at(&t->keys, key, strlen(key)) : -1;
    const nb_rowdef *d = row >= 0 ? t->keys.rows[row] : NULL;
    nb_rowdef view;
    int part = d && cells.count != (size_t)d->arity ? nb_part_of(tp, head, cells, d, &view) : 0;
    if (part) {
        if (part == 1) nb_table_cells(tp, head, cells, row, &view);
        else nb_table_nulls(tp, head, row, &view);
        return;
    }
    if (headrow) { /* the row's own header: its cells are the whole row's */
        whole_row(tp, head, cells, row, d);
        return;
    }
    if (!cells.count) return; /* a part's header, no values */
    if (d && cells.count == (size_t)d->arity && one_line(tp, cells)) {
        /* as many values as the whole row has, on one printed line, under a header that named one part
           of it (行政诉讼, the rest of the header cut into pieces, as a table of div cells prints it): no
           part has so many, and a printed row gives them in the template's order (two tables' rows
           would be two lines) */
        whole_row(tp, head, cells, row, d);
        return;
    }
    nb_diag_add(tp->r, "warning", "row-part-unsure", &h->span,
                "values under the header %.*s, which does not name the groups of columns of one part of %s "
                "(as a table of its own): which columns they are in is not certain; left null",
                (int)(h->raw.n > 60 ? 60 : h->raw.n), h->raw.p, key ? key : "a row");
    for (size_t i = cells.first; i < cells.first + cells.count; i++)
        if (tp->toks.v[i].kind != NB_C_EMPTY) nb_table_stray(tp, i);
}

void nb_pieces_release(nb_tparse *tp)
{
    nb_rowpiece held[NB_MAX_PIECES];
    int n = tp->nheld;
    memcpy(held, tp->held, sizeof held);
    tp->nheld = 0;
    for (int i = 0; i < n; i++) part_read(tp, held[i].head, held[i].cells);
}

void nb_table_part(nb_tparse *tp, size_t head, nb_tspan cells)
{
    if (nb_piece_take(tp, head, cells)) return; /* a piece of a wrapped row (rowpieces.h) */
    if (tp->nheld) { /* no piece after the held ones: they are read as the rest are; this may open others */
        nb_pieces_release(tp);
        if (nb_piece_take(tp, head, cells)) return;
    }
    part_read(tp, head, cells);
}

void nb_row_parts_end(nb_tparse *tp)
{
    nb_pieces_release(tp);
    nb_tables *t = nb_tables_get(tp->r, tp->ed);
    for (const nb_rowpart *p = tp->ed->parts; p && p->row; p++) {
        int row = nb_edition_row_at(&t->keys, p->row, strlen(p->row));
        if (row < 0 || !t->seen[row]) continue;
        int got = 0;
        for (int c = p->first; c < p->first + p->count && c < NB_MAX_COLS; c++) got |= t->grid[row][c] != NULL;
        if (got) continue;
        const nb_rowdef *d = t->keys.rows[row];
        nb_diag_add(tp->r, "warning", "row-part-missing", NULL,
                    "%s is printed in parts, and no table under %s gave its columns %s … %s: they are null", d->key,
                    p->over ? p->over : p->groups[0], d->cols[p->first], d->cols[p->first + p->count - 1]);
    }
}
