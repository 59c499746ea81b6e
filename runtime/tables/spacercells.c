/* spacercells.c — table 三's spacer cells set aside before its rows are read (spacercells.h). */
#include "spacercells.h"

#include <stdint.h>
#include <string.h>

#include "rows.h"
#include "tablehead.h"
#include "tables.h"
#include "utf8.h"

#define APPLICANTS 7 /* table 三's columns, 自然人 … 总计 */
#define MAX_WIDTH 16 /* cells of a row looked at: the seven and a few gutters */
#define MIN_ROWS 4   /* rows that show the gutter in the same places */

typedef struct spaced_row {
    size_t first; /* its first cell that is not a label's span */
    int n;        /* its cells from there */
} spaced_row;

static int applicant_row(const nb_tables *t, const nb_ctok *label)
{
    if (label->kind != NB_C_LABEL || label->label.kind != NB_L_ROW || !label->label.key) return 0;
    int k = nb_edition_row_at(&t->keys, label->label.key, strlen(label->label.key));
    if (k < 0) return 0;
    const nb_rowdef *d = t->keys.rows[k];
    return d->split == NB_SPLIT_SUM_LAST && d->arity == APPLICANTS && d->cols == nb_cols_applicants;
}

/* The cells after the row label at i, on its line or, where none follows it there, the whole next line,
 * numbers or empty, leading and trailing empty ones left out, into *row; 0 where something else
 * stands among them on the line. */
static int row_cells_at(const nb_tparse *tp, size_t i, spaced_row *row)
{
    const nb_ctok *v = tp->toks.v;
    size_t a = i + 1, b = a;
    uint32_t line = v[i].span.line;
    /* a label too long for its place ends its line, and its cells are the whole of the next (a row
       typed as text: （二）部分公开（区分处理的…） / TABs 12 TABs 2 …) */
    if (a < tp->toks.n && v[a].span.line == line + 1 && (v[a].kind == NB_C_NUM || v[a].kind == NB_C_EMPTY)) line++;
    while (b < tp->toks.n && v[b].span.line == line && (v[b].kind == NB_C_NUM || v[b].kind == NB_C_EMPTY)) b++;
    /* a label right after it: it is a label over the rows under it, no cells ((六)其他处理 1.申请人…) */
    if (b < tp->toks.n && v[b].span.line == line && !(b == a && v[b].kind == NB_C_LABEL)) return 0;
    while (a < b && v[a].kind == NB_C_EMPTY) a++;
    while (b > a && v[b - 1].kind == NB_C_EMPTY) b--;
    row->first = a;
    row->n = (int)(b - a);
    return 1;
}

/* The places of the row's empty cells, a bit each; -1 where a value is no whole number (a dash). */
static int empty_places(const nb_tparse *tp, const spaced_row *row)
{
    int mask = 0;
    for (int c = 0; c < row->n; c++) {
        const nb_ctok *v = &tp->toks.v[row->first + (size_t)c];
        if (v->kind == NB_C_EMPTY) mask |= 1 << c;
        else if (v->is_null) return -1;
    }
    return mask;
}

/* The row's values, its empty cells left out, into out[APPLICANTS]. */
static void row_values(const nb_tparse *tp, const spaced_row *row, int empty, double *out)
{
    int k = 0;
    for (int c = 0; c < row->n; c++)
        if (!(empty & 1 << c)) out[k++] = tp->toks.v[row->first + (size_t)c].value;
}

/* Whether the header [s, e) names each of table 三's seven columns: 其他 not as part of the group's
 * label (法人或其他组织). */
static int header_names_all(const unsigned char *s, const unsigned char *e)
{
    for (int c = 0; c < APPLICANTS; c++) {
        const char *label = nb_col_labels_applicants[c];
        const unsigned char *q = s;
        int alone = 0;
        while (!alone && (q = nb_find(q, e, label)) != NULL) {
            q += strlen(label);
            alone = !(e - q >= (long)strlen("组织") && !memcmp(q, "组织", strlen("组织")));
        }
        if (!alone) return 0;
    }
    return 1;
}

/* Whether the empty places alternate with the values, one between each two (v _ v _ … v): a row typed
 * as text with two TABs between its counts, which a reader splitting at TABs gives an empty field
 * between each two. */
static int alternate(int empty, int width)
{
    if (width != 2 * APPLICANTS - 1) return 0;
    for (int c = 0; c < width; c++)
        if (!!(empty & 1 << c) != (c % 2)) return 0;
    return 1;
}

/* Whether the header [s, e) names the table's first and last columns, 自然人 and 总计: a header typed
 * as text breaks the legal persons' heads over lines (商业 / 企业), so their words are not whole in
 * it. */
static int header_names_ends(const unsigned char *s, const unsigned char *e)
{
    return nb_find(s, e, nb_col_labels_applicants[0]) && nb_find(s, e, nb_col_labels_applicants[APPLICANTS - 1]);
}

void nb_spacer_cells_apart(nb_tparse *tp)
{
    nb_tables *t = nb_tables_get(tp->r, tp->ed);
    spaced_row rows[NB_MAX_ROWS];
    int nrows = 0, width = 0, empty = -1;
    size_t first_label = 0;
    for (size_t i = 0; i < tp->toks.n; i++) {
        if (!applicant_row(t, &tp->toks.v[i])) continue;
        spaced_row row;
        if (!row_cells_at(tp, i, &row)) return;
        if (row.n == 0) continue; /* a label over the rows under it (（六）其他处理) */
        int places = empty_places(tp, &row);
        if (nrows == 0) width = row.n, empty = places, first_label = i;
        if (row.n != width || places != empty || nrows == NB_MAX_ROWS) return;
        rows[nrows++] = row;
    }
    int gutter = 0;
    for (int c = 0; c < width && c < MAX_WIDTH; c++) gutter += empty >= 0 && (empty & 1 << c);
    if (nrows < MIN_ROWS || width <= APPLICANTS || width > MAX_WIDTH || empty < 0 || gutter != width - APPLICANTS)
        return;
    int legal = 0;
    for (int k = 0; k < nrows; k++) {
        double v[APPLICANTS], sum = 0;
        row_values(tp, &rows[k], empty, v);
        for (int c = 0; c + 1 < APPLICANTS; c++) sum += v[c];
        if (sum != v[APPLICANTS - 1]) return;
        for (int c = 1; c <= 5; c++) legal |= v[c] != 0;
    }
    const unsigned char *hs, *he;
    nb_header_text(tp->r, tp->toks.v[first_label].span.byte, &hs, &he);
    int named = header_names_all(hs, he);
    if (!legal || !(named || (alternate(empty, width) && header_names_ends(hs, he)))) return;
    /* the gutter's cells out of the tokens, the rest in order */
    size_t w = 0, k = 0;
    for (size_t i = 0; i < tp->toks.n; i++) {
        while (k < (size_t)nrows && i >= rows[k].first + (size_t)width) k++;
        int c = k < (size_t)nrows && i >= rows[k].first ? (int)(i - rows[k].first) : -1;
        if (c >= 0 && empty & 1 << c) continue;
        tp->toks.v[w++] = tp->toks.v[i];
    }
    tp->toks.n = w;
    nb_diag_add(tp->r, "info", "spacer-cells", &tp->toks.v[first_label].span,
                "table 三's %d rows each have %d empty cell%s at the same places among their values (%s), "
                "its header names %s and every row keeps its 总计: those cells set aside",
                nrows, gutter, gutter == 1 ? "" : "s",
                named ? "a spreadsheet's spacer column" : "one between each two: text set with two TABs a column",
                named ? "the seven columns" : "the first and last columns");
}
