/* flow_table.c — table 三 read whole from a print's text in reading order; see flow_table.h. */
#include "flow_table.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "flow_bands.h"
#include "flow_cells.h"
#include "flow_frame.h"
#include "flow_joins.h"
#include "flow_lone.h"
#include "flow_narrow.h"
#include "flow_otherhead.h"
#include "flow_parts.h"
#include "flow_repeat.h"
#include "flow_rownums.h"
#include "flow_rows.h"
#include "flow_stairs.h"
#include "flow_sums.h"
#include "shorttotal.h"
#include "splitter.h"
#include "utf8.h"

static const char TABLE[] = "applications.";
enum { MIN_DIFFERS = 3 }; /* rows whose last value is no sum of the others, to say the 总计 column is gone */

static int in_table(const char *key) { return key && !strncmp(key, TABLE, sizeof TABLE - 1); }

/* Whether a value of table 三 as its cells take them: a whole count, no unit but 件. */
static int cell_value(const nb_ctok *t)
{
    return t->kind == NB_C_NUM && !t->is_null && t->value == floor(t->value) && t->value >= 0 &&
           (!t->unit || !strcmp(t->unit, "件"));
}

/* The value tokens of table 三's section, in order, into v (at most cap; one more says too many).
 * Returns their number, or -1 where one cannot be a cell of the table (glued digits, an amount, a
 * fraction, a number joined as text). */
static int section_values(const nb_tparse *tp, size_t from, size_t to, const nb_ctok **v, int cap)
{
    int n = 0, labelled = 0;
    for (size_t i = 0; i < tp->toks.n; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        if (t->span.byte < from) continue;
        if (t->span.byte >= to) break;
        if (nb_flow_names_row(t) && !in_table(t->label.key)) {
            if (n) break; /* the next table (四, where its heading was not found) */
            continue;
        }
        if (t->kind == NB_C_GLUED || (t->kind == NB_C_TEXT && nb_flow_digits_only(t)) || t->cut) return -1;
        /* table 二's header set after the heading (本年收费金额…) is no label of this table */
        labelled |= t->kind == NB_C_LABEL && (labelled || !nb_flow_other_table_head(tp->ed, t, TABLE));
        /* labels and their pieces; a blank is written as nothing; a value above the table's first
           label, its header, is the table's before (本年收费金额 / 0 after the heading 三、) */
        if (t->kind != NB_C_NUM || !labelled) continue;
        if (!t->is_null && !cell_value(t)) return -1;
        if (n > cap) return n;
        v[n++] = t;
    }
    return n;
}

/* The values the next section's heading cut off (Word's print, in reading order: 四、结转下年度继续办理 /
 * 42 / 四、政府信息公开行政复议… / 1 0 0 2 0 45: the heading's line is drawn beside the last row, and
 * the row's other cells come after it; or the whole last row after it). Where right after the heading's
 * line, with only blanks between, stand exactly k values (k the cells missing, a row's at most) and then
 * no value, they go into v;
 * returns 1. A value another table's row read (table 四's, where its values stand so) is none of them. */
static int values_past_heading(const nb_tparse *tp, const nb_tables *t, size_t to, int k, const nb_ctok **v)
{
    const char *text = tp->r->text.data, *end = text + tp->r->text.len;
    const char *p = memchr(text + to, '\n', (size_t)(end - (text + to)));
    if (!p) return 0;
    size_t i = 0;
    while (i < tp->toks.n && tp->toks.v[i].span.byte < to) i++;
    int n = 0;
    for (; i < tp->toks.n; i++) {
        const nb_ctok *x = &tp->toks.v[i];
        if (x->span.byte < (size_t)(p - text) || !nb_flow_blank_between(p, text + x->span.byte) || !cell_value(x)) break;
        if (n == k) return 0; /* more values than the cells missing: a run of another table */
        v[n++] = x;
        p = text + x->span.byte + x->raw.n;
    }
    if (n != k) return 0;
    for (int r = 0; r < t->keys.n; r++)
        for (int c = 0; c < NB_MAX_COLS && !in_table(t->keys.rows[r]->key); c++) {
            const nb_tcell *cell = t->grid[r][c];
            for (int j = 0; cell && cell->has_value && j < k; j++)
                if (cell->span.byte == v[j]->span.byte) return 0;
        }
    return 1;
}

/* Whether the values of the row that starts at v[0] (key its key) come with its own label or a
 * column's among them in the text (13142 / 一、本年新收… / 8993 …, its 总计 drawn at the row's top;
 * 2 0 4 0 / 自然人 … / 96 9 / 总计 / 111, cells under headers drawn in two bands): the row was drawn
 * over lines of its own, and its values may be out of their columns' order (flow_sums.h). A piece of
 * text among them (a label's tail its narrow cell wrapped) or a group's label beside the rows (（三）
 * 不予公开) says nothing of their order. */
static int label_among(const nb_tparse *tp, const nb_ctok *const *v, int ncols, const char *key)
{
    for (size_t i = (size_t)(v[0] - tp->toks.v) + 1; i < (size_t)(v[ncols - 1] - tp->toks.v); i++) {
        const nb_ctok *l = &tp->toks.v[i];
        if (l->kind != NB_C_LABEL) continue;
        if (l->label.kind == NB_L_COLUMN || l->label.kind == NB_L_MARK) return 1;
        if (nb_flow_is_row_label(l) && l->label.key && !strcmp(l->label.key, key)) return 1;
    }
    return 0;
}

/* Whether every label among a row's values (between its first and last) is the header of the column
 * of the value right after it, word for word (自然人 … 15 其他 1 982): a header piece that reading
 * order met beside its own column, where it stands on the page, and no sign that the row's values
 * came out of their order. */
static int headers_in_place(const nb_tparse *tp, const nb_ctok *const *v, const nb_rowdef *d)
{
    int c = 0, labels = 0;
    for (size_t i = (size_t)(v[0] - tp->toks.v) + 1; i < (size_t)(v[d->arity - 1] - tp->toks.v); i++) {
        const nb_ctok *l = &tp->toks.v[i];
        while (c < d->arity && v[c] < l) c++; /* the value right after the label */
        if (l->kind != NB_C_LABEL) continue;
        labels++;
        if (c >= d->arity || !d->col_labels || !d->col_labels[c] || l->raw.n != strlen(d->col_labels[c]) ||
            memcmp(l->raw.p, d->col_labels[c], l->raw.n))
            return 0;
    }
    return labels > 0;
}

/* Whether a row read the cell as a number other than x. A cell left null says nothing: a row whose
 * values may be another's (row-label-apart) is null, its raw one of those values, and the values
 * proven in order decide it. */
static int disagree(const nb_tcell *cell, const nb_ctok *x)
{
    return cell->has_value && (x->is_null || cell->value != x->value);
}

/* The rows rows[0..nrows) take the values v, width of them a row, into their first set cells (set <=
 * width) and returns how many cells left null now hold a number. Where a row read a cell as another
 * number, two readings of the print disagree and neither is certain: nothing is set, that row's cells
 * are left null (a warning says which), and it returns -1. */
static int lay_rows(nb_tparse *tp, nb_tables *t, const int *rows, int nrows, int width, int set_cols,
                    const nb_ctok *const *v)
{
    int disagreed = 0;
    for (int r = 0; r < nrows; r++) {
        const nb_tcell *first = NULL;
        const nb_ctok *x = NULL;
        for (int c = 0; c < width && !first; c++) {
            const nb_tcell *cell = t->grid[rows[r]][c];
            x = v[r * width + c];
            if (cell && disagree(cell, x)) first = cell;
        }
        if (!first) continue;
        nb_diag_add(tp->r, "warning", "flow-table", &first->span,
                    "%s was read as \"%.*s\", but table 三's values in reading order, as many as its cells and "
                    "adding up in every row and column, give it \"%.*s\": two readings of the print disagree, the "
                    "row's cells are left null",
                    first->key, (int)(first->raw.n > 20 ? 20 : first->raw.n), first->raw.p,
                    (int)(x->raw.n > 20 ? 20 : x->raw.n), x->raw.p);
        for (int c = 0; c < t->keys.rows[rows[r]]->arity; c++) {
            nb_tcell *cell = t->grid[rows[r]][c];
            if (cell) cell->has_value = cell->recovered = 0;
        }
        disagreed = 1;
    }
    if (disagreed) return -1;
    int set = 0;
    for (int r = 0; r < nrows; r++)
        for (int c = 0; c < set_cols; c++) set += nb_flow_set_cell(tp, t, rows[r], c, v[r * width + c]);
    return set;
}

/* Whether 总计 stands as a column's header among table 三's values [v0, vlast] (pdftotext in reading
 * order writes a tall header cell where its height falls, after the first rows' values): any 总计 but
 * the row label （七）总计. */
static int total_among(const nb_report *r, const nb_ctok *v0, const nb_ctok *vlast)
{
    const unsigned char *text = (const unsigned char *)r->text.data;
    const unsigned char *p = text + v0->span.byte, *e = text + vlast->span.byte, *q;
    while ((q = nb_find(p, e, "总计")) != NULL) {
        int label = (q - text >= 3 && !memcmp(q - 3, "）", 3)) || (q > text && q[-1] == ')');
        if (!label) return 1;
        p = q + 1;
    }
    return 0;
}

/* The rows without their 总计 column (shorttotal.h: a print clipped at the page's edge), their values
 * in reading order nrows × (ncols - 1): read where nb_flow_sums_total_cut holds and no header names
 * 总计, before them or among them (1), else 0 (also where the rows disagree with cells read: nothing
 * is read then, and the rows stay as they were). */
static int read_total_cut(nb_tparse *tp, nb_tables *t, const int *rows, int nrows, int ncols,
                          const nb_ctok *const *v, size_t first)
{
    if (!nb_flow_sums_total_cut(v, nrows, ncols - 1, MIN_DIFFERS) || nb_header_names_total(tp->r, v[0]->span.byte) ||
        total_among(tp->r, v[0], v[nrows * (ncols - 1) - 1]))
        return 0;
    /* the last column read stands at the page's edge: its values may be cut short in every row alike
       (其他 12 printed as 1), and its sums then hold all the same; it is left null */
    int set = lay_rows(tp, t, rows, nrows, ncols - 1, ncols - 2, v);
    if (set < 0) return 1;
    nb_diag_add(tp->r, "warning", "total-cut", &tp->toks.v[first].span,
                "table 三 read from the text in reading order without its 总计 column: its values are %d a row, one "
                "short of the template's %d, no header before them names 总计, no row's last value is the sum of "
                "the others (a 总计 with a blank cell lost), and they add up in every column as the template "
                "declares (R1, R3): a print cut at the page's edge; the first %d columns are read (%d cells left "
                "null row by row), the last one before the edge (its values may be cut short) and 总计 are left null",
                ncols - 1, ncols, ncols - 2, set);
    return 1;
}

/* The column of the one part (of parts, their columns cols) that is a single column, or -1 where
 * none is or more than one is (the rows' sums force one column's cells from the others, not two). */
static int one_column_part(const int *cols, int parts)
{
    int col = -1, first_col = 0;
    for (int p = 0; p < parts; first_col += cols[p++])
        if (cols[p] == 1) {
            if (col >= 0) return -1;
            col = first_col;
        }
    return col;
}

/* The one-column part at col laid by the rows' sums (flow_narrow.h), in place in laid; the values
 * moved, or 0 (laid as it was). */
static int narrow_part(const nb_ctok **laid, int nrows, int ncols, int col)
{
    const nb_ctok **placed = malloc(sizeof *placed * (size_t)(nrows * ncols));
    int moved = placed ? nb_flow_narrow_place(laid, nrows, ncols, col, placed) : 0;
    if (moved) memcpy(laid, placed, sizeof *laid * (size_t)(nrows * ncols));
    free(placed);
    return moved;
}

/* Table 三 printed in parts (flow_parts.h): its values v (nrows × ncols, in reading order, as many as
 * its cells) part by part, laid into the rows' order and read where every sum holds (R1, R2, R3), or
 * where a value or two alone between texts (flow_lone.h), put back, make them hold as one table only.
 * Returns 1 where the text shows parts (read, or left null with a diagnostic), 0 where it shows none.
 * laid has room for the nrows × ncols values. */
static int read_parts(nb_tparse *tp, nb_tables *t, const int *rows, int nrows, int ncols, const nb_ctok **v,
                      size_t first, int njoined, const nb_ctok **laid)
{
    int want = nrows * ncols, cols[NB_FLOW_PARTS_MAX], bad_row, bad_col, lone_moved = 0, narrow_moved = 0;
    int *order = malloc(sizeof *order * (size_t)want);
    unsigned char *narrow = malloc((size_t)want);
    int parts = order && narrow ? nb_flow_parts(&tp->toks, v, nrows, ncols, t->keys.rows[rows[0]]->key,
                                                t->keys.rows[rows[nrows - 1]]->key, order, cols)
                                : 0;
    if (!parts) {
        free(order);
        free(narrow);
        return 0;
    }
    for (int i = 0, p = 0, k = 0; i < want; i++, k++) {
        laid[order[i]] = v[i];
        if (k == cols[p] * nrows) p++, k = 0;
        narrow[i] = cols[p] == 1; /* a part of one column: each value alone between its row's labels */
    }
    int narrow_col = one_column_part(cols, parts);
    if (!nb_flow_sums_hold(laid, nrows, ncols, &bad_row, &bad_col) &&
        (njoined || narrow_col < 0 ||
         (narrow_moved = narrow_part(laid, nrows, ncols, narrow_col)) == 0) &&
        (njoined || (lone_moved = nb_flow_lone_place(&tp->toks, v, nrows, ncols, order, narrow, laid)) == 0)) {
        const nb_rowdef *d = t->keys.rows[rows[bad_row >= 0 ? bad_row : 0]];
        nb_diag_add(tp->r, "info", "flow-table-unread", &tp->toks.v[first].span,
                    "table 三 is printed in %d parts (the rows' labels again after the last row, a part of its "
                    "columns each), and its %d values are as many as its cells, but read part by part, each "
                    "part's rows in order, they do not add up in %s %s: their order is not certain",
                    parts, want, bad_row >= 0 ? "row" : "column", bad_row >= 0 ? d->key : d->col_labels[bad_col]);
        free(order);
        free(narrow);
        return 1;
    }
    free(order);
    free(narrow);
    int set = lay_rows(tp, t, rows, nrows, ncols, ncols, laid);
    if (set < 0) return 1;
    if (narrow_moved) {
        nb_diag_add(tp->r, "info", "flow-table", &tp->toks.v[first].span,
                    "table 三 read whole from the text in reading order, printed in %d parts (the rows' labels "
                    "again after the last row, before the next part's values), one of them a single column "
                    "(%s): the other parts' rows in order force each of its cells (R2: a row's 总计 the sum of "
                    "its other cells), its %d values are exactly those numbers, %d of them read in another "
                    "order (a value alone between its row's labels, drawn where a tall label's middle falls), "
                    "and so laid every row and column adds up as the template declares (R1, R2, R3); %d cells "
                    "left null row by row are read from them",
                    parts, t->keys.rows[rows[0]]->col_labels[narrow_col], nrows, narrow_moved, set);
        return 1;
    }
    nb_diag_add(tp->r, "info", "flow-table", &tp->toks.v[first].span,
                "table 三 read whole from the text in reading order, printed in %d parts (the rows' labels again "
                "after the last row, before the next part's values): its %d values are as many as its cells, the "
                "first part's %d columns for every row (the values before the rows' labels come again), and read "
                "part by part, each part's rows in order%s, every row and column adds up as the template declares "
                "(R1, R2, R3); %d cells left null row by row are read from them",
                parts, want, cols[0],
                lone_moved ? ", a value alone between texts put back where the sums alone allow it" : "", set);
    return 1;
}

/* Whether the table's part of the text, bytes [from, to) (to SIZE_MAX: to the end), numbers its 上年结转
 * row 一、 or its 本年新收 row 二、: a report that puts them in the other order, which the sums cannot tell
 * from the template's, as they add up either way. (Their labels' order in reading order says nothing: a
 * print's text may set 二、's label before 一、's.) */
static int carried_over_first(const nb_report *r, size_t from, size_t to)
{
    const unsigned char *t = (const unsigned char *)r->text.data;
    size_t b = to < r->text.len ? to : r->text.len;
    return from < b && (nb_find(t + from, t + b, "一、上年结转") || nb_find(t + from, t + b, "二、本年新收"));
}

void nb_flow_table_whole(nb_tparse *tp, nb_tables *t)
{
    if (!tp->print) return;
    int rows[NB_MAX_ROWS], nrows = 0, ncols = 0, open = 0;
    for (int k = 0; k < t->keys.n; k++) {
        const nb_rowdef *d = t->keys.rows[k];
        if (!in_table(d->key) || !t->counts[k]) continue;
        if ((ncols && d->arity != ncols) || d->arity > NB_MAX_COLS || d->split != NB_SPLIT_SUM_LAST)
            return; /* rows of other shapes: no sequence to lay over them */
        ncols = d->arity;
        rows[nrows++] = k; /* its label found or not: the template says where its values come */
        for (int c = 0; c < d->arity; c++) open |= !t->grid[k][c] || !t->grid[k][c]->has_value;
    }
    /* the rows R1 and R3 are over: 一、 and 二、 first, （七）总计 and 四、 last, the results between */
    if (!open || nrows < 5 || strcmp(t->keys.rows[rows[0]]->key, "applications.new_received") ||
        strcmp(t->keys.rows[rows[1]]->key, "applications.carried_over") ||
        strcmp(t->keys.rows[rows[nrows - 2]]->key, "applications.total_processed") ||
        strcmp(t->keys.rows[rows[nrows - 1]]->key, "applications.carried_forward"))
        return;
    size_t first = tp->toks.n;
    for (size_t i = 0; i < tp->toks.n && first == tp->toks.n; i++)
        if (nb_flow_names_row(&tp->toks.v[i]) && in_table(tp->toks.v[i].label.key)) first = i;
    if (first == tp->toks.n) return;
    size_t from, to;
    if (!nb_flow_table_part(tp->r, &tp->toks, first, TABLE, t->keys.rows[rows[nrows - 1]]->key, &from, &to)) return;
    if (carried_over_first(tp->r, from, to)) {
        nb_diag_add(tp->r, "info", "flow-table-unread", &tp->toks.v[first].span,
                    "table 三 is not read whole from the text in reading order: it numbers its 上年结转 row 一、 "
                    "(or 本年新收 二、), and the sums (R1: 一 + 二 = 七 + 四) hold with the two either way, so which "
                    "values are which row's is not certain");
        return;
    }
    int want = nrows * ncols;
    /* room for each cell in two pieces (flow_joins.h), and one more value that says too many */
    const nb_ctok **v = malloc(sizeof *v * (size_t)(2 * want + 1));
    nb_ctok *joined = malloc(sizeof *joined * (size_t)want);
    const nb_ctok **cut = malloc(sizeof *cut * (size_t)want);
    unsigned char *gap = malloc((size_t)want);
    if (!v || !joined || !cut || !gap) goto done;
    int n = section_values(tp, from, to, v, 2 * want), bad_row = -1, bad_col = -1, njoined = 0, repeats = 0;
    if (n > want && n <= 2 * want && (repeats = nb_flow_drop_repeats(tp->r, v, n, nrows, ncols)) > 0) n = want;
    int row_numbers = 0;
    if (n > want && n <= 2 * want && (row_numbers = nb_flow_drop_row_numbers(tp->r, v, n, nrows, ncols, from)) > 0)
        n = want;
    if (row_numbers < 0) {
        nb_diag_add(tp->r, "info", "flow-table-unread", &tp->toks.v[first].span,
                    "table 三 is not read whole from the text in reading order: its part holds %d values where its "
                    "rows have %d cells, under a header that names a column of row numbers (序号); %s, so which "
                    "values are the row numbers is not certain",
                    n, want,
                    row_numbers == NB_ROWNUMS_TWO_TABLES
                        ? "the runs 1, 2, 3 … among them whose removal leaves a table that adds up in every row and "
                          "column leave different tables"
                        : "the runs 1, 2, 3 … among them are too many to try");
        goto done;
    }
    if (n > want && n <= 2 * want && (njoined = nb_flow_join_pieces(tp, v, n, nrows, ncols, joined, cut)) > 0) {
        memcpy(v, cut, sizeof *v * (size_t)want);
        n = want;
    }
    if (n == nrows * (ncols - 1) && read_total_cut(tp, t, rows, nrows, ncols, v, first)) goto done;
    int past_heading = 0;
    if (n > 0 && n < want && want - n <= ncols && to != SIZE_MAX && values_past_heading(tp, t, to, want - n, v + n)) {
        past_heading = want - n;
        n = want;
    }
    if (n != want) {
        if (n < 0)
            nb_diag_add(tp->r, "info", "flow-table-unread", &tp->toks.v[first].span,
                        "table 三 is not read whole from the text in reading order: its part holds a value that cannot "
                        "be one of its cells (digits glued, an amount, a fraction, a number split as text)");
        else
            nb_diag_add(tp->r, "info", "flow-table-unread", &tp->toks.v[first].span,
                        "table 三 is not read whole from the text in reading order: its part holds %s%d values where its "
                        "rows have %d cells (a blank cell, which a print writes as nothing; a number its narrow cell "
                        "split%s; a value the tool left out or put elsewhere): which value is which cell is not certain",
                        n > 2 * want ? "more than " : "", n > 2 * want ? 2 * want : n, want,
                        njoined < 0 ? ", which the sums join in more than one way" : "");
        goto done;
    }
    if (read_parts(tp, t, rows, nrows, ncols, v, first, njoined, cut)) goto done;
    /* R2, each row; R1 and R3, each column; else one row out of its columns' order (flow_sums.h) */
    int moved = -1;
    unsigned char may_move[NB_MAX_ROWS];
    /* (joined cells are no tokens of the text: their sums hold, nothing to reorder) */
    for (int r = 0; r < nrows; r++)
        may_move[r] = !njoined && label_among(tp, v + r * ncols, ncols, t->keys.rows[rows[r]]->key);
    int slip_row = -1, slip_col = -1, column_slip = 0, drawn_apart = 0, band_runs = 0, band_cells = 0, band_slip = 0, lone_moved = 0,
        stair_blocks = 0;
    double slip_want = 0, slip_r1 = 0, slip_r3 = 0;
    /* a row whose only labels among its values are its columns' headers, each before its own column's
       value, shows its values in order: no row drawn apart for the one slip below */
    for (int r = 0; r < nrows; r++)
        drawn_apart |= may_move[r] && !headers_in_place(tp, v + r * ncols, t->keys.rows[rows[r]]);
    for (int i = 0; i + 1 < want; i++) gap[i] = (unsigned char)nb_flow_gap_between(tp->r, v[i], v[i + 1]);
    /* values taken past the heading are the table's only where every sum holds as read (R1 pins each
       of the last row's cells): no reordering, slip or bands vouches for them */
    if (!nb_flow_sums_hold(v, nrows, ncols, &bad_row, &bad_col) &&
        (past_heading || repeats || row_numbers ||
         ((moved = nb_flow_sums_one_row(v, nrows, ncols, may_move)) < 0 &&
          (drawn_apart || !nb_flow_sums_one_slip(v, nrows, ncols, &slip_row, &slip_col, &slip_want)) &&
          /* another row drawn apart (header pieces among its values) read out of its order would
             break its R2 or two columns, not this: only （七）总计's own row must show it in order */
          (may_move[nrows - 2] ||
           !(column_slip = nb_flow_sums_column_slip(v, nrows, ncols, &slip_col, &slip_r1, &slip_r3))) &&
          (njoined || !nb_flow_bands(v, gap, nrows, ncols, !drawn_apart, &band_runs, &band_cells, &band_slip)) &&
          (njoined || !nb_flow_stairs(v, gap, nrows, ncols, &stair_blocks)) &&
          (njoined || (lone_moved = nb_flow_lone_place(&tp->toks, v, nrows, ncols, NULL, NULL, cut)) == 0)))) {
        const nb_rowdef *d = t->keys.rows[rows[bad_row >= 0 ? bad_row : 0]];
        nb_diag_add(tp->r, "info", "flow-table-unread", &tp->toks.v[first].span,
                    "table 三 is not read whole from the text in reading order: its %d values are as many as its "
                    "cells, but in the rows' order they do not add up in %s %s (a value drawn out of its place, "
                    "or the report's own sums do not hold), nor does reordering one row drawn over lines of its own "
                    "(a label among its values) make them: their order is not certain",
                    want, bad_row >= 0 ? "row" : "column", bad_row >= 0 ? d->key : d->col_labels[bad_col]);
        goto done;
    }
    if (lone_moved) memcpy(v, cut, sizeof *v * (size_t)want);
    int set = lay_rows(tp, t, rows, nrows, ncols, ncols, v);
    if (set < 0) goto done;
    if (njoined > 0)
        nb_diag_add(tp->r, "info", "flow-table", &tp->toks.v[first].span,
                    "table 三 read whole from the text in reading order: its values are %d more than its %d cells, "
                    "numbers its narrow cells split over two lines (65 / 7); joining %d such pairs, and only so, makes "
                    "every row and column add up as the template declares (R1, R2, R3), so they are its rows in "
                    "order; %d cells left null row by row are read from them",
                    njoined, want, njoined, set);
    else if (lone_moved)
        nb_diag_add(tp->r, "info", "flow-table", &tp->toks.v[first].span,
                    "table 三 read whole from the text in reading order: its %d values are as many as its rows' cells "
                    "but do not add up row by row; %d of them (a value alone between two pieces of text: a cell pdftotext "
                    "read with a tall header above it, apart from its row), put back into the sequence, make "
                    "every row and column add up as the template declares (R1, R2, R3) as one table only (every "
                    "other placement breaks a sum or gives the same cells); %d cells left null row by row "
                    "are read from them",
                    want, lone_moved, set);
    else if (band_runs > 0)
        nb_diag_add(tp->r, "info", "flow-table", &tp->toks.v[first].span,
                    "table 三 read whole from the text in reading order: its %d values are as many as its rows' cells "
                    "but do not add up row by row; laid as runs of rows, %d of them (%d cells) written a column at "
                    "a time (rows a line high each, a column of them one block of the page's text), every row and "
                    "column adds up as the template declares (R1, R2, R3)%s, the runs being the text's blocks (each "
                    "column of a run one block of lines, no row read across with a value under another); %d cells "
                    "left null row by row are read from them",
                    want, band_runs, band_cells,
                    band_slip ? " but at one total, the report's own slip (read as printed: the checks report it)" : "",
                    set);
    else if (stair_blocks > 0)
        nb_diag_add(tp->r, "info", "flow-table", &tp->toks.v[first].span,
                    "table 三 read whole from the text in reading order: its %d values are as many as its rows' cells "
                    "but do not add up row by row, nor as runs of rows each read across or down; the text's blocks, "
                    "%d of them pieces of a column (cells one above the other, one a line), laid column after "
                    "column as a staircase (each piece below what its column holds, beside rows its left column "
                    "holds: a row read across but for its 总计, which comes with the 总计s of the rows below it), "
                    "make every row and column add up as the template declares (R1, R2, R3) in one way only; %d "
                    "cells left null row by row are read from them",
                    want, stair_blocks, set);
    else if (column_slip)
        nb_diag_add(tp->r, "info", "flow-table", &tp->toks.v[first].span,
                    "table 三 read whole from the text in reading order: its %d values are as many as its rows' "
                    "cells and, in the rows' order, every row adds up (R2) and every column but %s (and 总计 with "
                    "it, by as much) adds up as the template declares (R1, R3); that column misses R1 by %.0f and R3 "
                    "by %.0f (the report's own slip: a row that adds up across, not down; a value read out of its "
                    "place breaks a row's sum or two columns), and the text shows （七）总计's row in order; the "
                    "cells are read as printed, and %d cells left null row by row are read from them",
                    want, t->keys.rows[rows[0]]->col_labels[slip_col], slip_r1, slip_r3, set);
    else if (slip_row >= 0) {
        const nb_rowdef *d = t->keys.rows[rows[slip_row]];
        const nb_ctok *x = v[slip_row * ncols + slip_col];
        nb_diag_add(tp->r, "info", "flow-table", &tp->toks.v[first].span,
                    "table 三 read whole from the text in reading order: its %d values are as many as its rows' "
                    "cells and, in the rows' order, add up in every row and column as the template declares (R1, R2, "
                    "R3) but at one total, %s %s, printed \"%.*s\" where its row's other cells give %.0f (the report's "
                    "own slip: the sums through every other cell pin the order, no row's text shows it drawn apart); "
                    "the cells are read as printed, that one too, and %d cells left null row by row are read from them",
                    want, d->key, d->col_labels[slip_col], (int)(x->raw.n > 20 ? 20 : x->raw.n), x->raw.p, slip_want,
                    set);
    } else if (moved >= 0)
        nb_diag_add(tp->r, "info", "flow-table", &tp->toks.v[first].span,
                    "table 三 read whole from the text in reading order: its %d values are as many as its rows' cells; "
                    "in the rows' order they add up in every row and column as the template declares (R1, R2, R3) "
                    "once the values of %s, and only of that row, take the places the other rows' column sums give "
                    "them (the same numbers, read in another order, a label among them: a row drawn over lines of "
                    "its own); %d "
                    "cells left null row by row are read from them",
                    want, t->keys.rows[rows[moved]]->key, set);
    else
        nb_diag_add(tp->r, "info", "flow-table", &tp->toks.v[first].span,
                    "table 三 read whole from the text in reading order: its %d values are as many as its rows' cells "
                    "and add up in every row and column as the template declares (R1, R2, R3), so they are its rows "
                    "in order; %d cells left null row by row are read from them",
                    want, set);
    if (repeats)
        nb_diag_add(tp->r, "info", "flow-table", &tp->toks.v[first].span,
                    "%d of table 三's values stood twice, on the last line of a page and again on the first line "
                    "of the next (the same line of values, nothing else on it: a print that cut the line at the "
                    "page's edge drew it on both pages); they were exactly the values too many, and without their "
                    "second copies, and with no other choice of such lines, the table adds up as above",
                    repeats);
    if (row_numbers)
        nb_diag_add(tp->r, "info", "flow-table", &tp->toks.v[first].span,
                    "%d of table 三's values are the row numbers of a 序号 column (1, 2, 3 … in order, each where "
                    "a row of counts starts): set aside, they leave the table above, and every other such run "
                    "among the values that leaves a table adding up leaves the same cells",
                    row_numbers);
    if (past_heading)
        nb_diag_add(tp->r, "info", "flow-table", &v[want - past_heading]->span,
                    "the last %d of table 三's values stand right after the next section's heading, with nothing "
                    "between (the print drew the heading beside the last row, and reading order put it among the "
                    "row's cells); as many as the cells missing before it, and no more values after them, they are "
                    "the table's by the sums above",
                    past_heading);
done:
    free(v);
    free(joined);
    free(cut);
    free(gap);
}
