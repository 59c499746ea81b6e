/* shorttotal.c — table 三 printed without its 总计 column (shorttotal.h). */
#include "shorttotal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "colstacked.h"
#include "printed.h"
#include "cutnum.h"
#include "rows.h"
#include "splitter.h"
#include "tablehead.h"
#include "utf8.h"

#define APPLICANTS 7 /* table 三's columns, 自然人 … 总计 */
#define MIN_ROWS 3 /* rows one value short, and rows whose sixth value is no sum, to say a column is gone */

/* The values of the short row at place k: the tokens of its cells (tp->short_row), n of them. */
static const nb_ctok *short_cells(const nb_tparse *tp, int k) { return &tp->toks.v[tp->short_row[k] - 1]; }

/* The sum of values v[0, n - 1), and whether it is v[n - 1]. */
static int sum_is_last(const nb_ctok *v, int n, double *sum)
{
    *sum = 0;
    for (int i = 0; i + 1 < n; i++) *sum += v[i].value;
    return *sum == v[n - 1].value;
}

/* Whether value t, a whole number, is the first digits of sum (1 beside a sum of 112): 总计 cut by the
 * page's edge after its first digits, with no mark of the cut (a PDF's text clipped between glyphs). */
static int begins_sum(const nb_ctok *t, double sum)
{
    char last[32], whole[32];
    if (t->kind != NB_C_NUM || t->value < 0 || sum <= t->value) return 0;
    snprintf(last, sizeof last, "%.0f", t->value);
    snprintf(whole, sizeof whole, "%.0f", sum);
    return strncmp(whole, last, strlen(last)) == 0;
}

/* Whether the short row at place k, of n values, could be seven cells with a blank: its last value
 * is the sum of the others, which are not all 0 (a row of zeros says nothing). A last value cut at the
 * edge (37…) is no such sum where its digits do not begin the sum's; where they do (1… beside a sum of
 * 19) the row says nothing: with one digit that is often so by chance, while a cut 总计 (其他 blank in
 * every row) would begin every row's sum. */
static int could_hold_total(const nb_tparse *tp, int k, int n, int *differs, int *begins)
{
    double sum;
    char cut[24], whole[32];
    const nb_ctok *v = short_cells(tp, k);
    if (nb_cut_digits(&v[n - 1], cut, sizeof cut)) {
        sum_is_last(v, n, &sum);
        snprintf(whole, sizeof whole, "%.0f", sum);
        *differs += strncmp(whole, cut, strlen(cut)) != 0;
        return 0;
    }
    if (sum_is_last(v, n, &sum)) return sum != 0;
    ++*differs;
    *begins += begins_sum(&v[n - 1], sum);
    return 0;
}

/* Which of the n columns keep the table's sums over the short rows, 一 + 二 = 七 + 四 and 七 the sum
 * of the results between 二 and 七, those that count (combined.h): bit c set for column c; 0 where the
 * rows are not all there. Only the last value of a row's line can be a number cut short (370 printed as
 * 37): a value with another after it stands whole inside the page. A cut column breaks its sums, and
 * so does a report's own slip (自然人's 一 + 二 one more than 七 + 四): either way that column is not
 * known, and is left null, while the columns that keep their sums are read. */
static unsigned columns_balance(const nb_tparse *tp, const nb_tables *t, int n)
{
    static const char *const keys[] = {"applications.new_received", "applications.carried_over",
                                       "applications.total_processed", "applications.carried_forward"};
    const nb_ctok *v[4];
    int at[4];
    if (n > (int)(8 * sizeof(unsigned))) return 0;
    for (int i = 0; i < 4; i++) {
        at[i] = nb_edition_row_at(&t->keys, keys[i], strlen(keys[i]));
        if (at[i] < 0 || !tp->short_row[at[i]] || tp->short_n[at[i]] != n) return 0;
        v[i] = short_cells(tp, at[i]);
    }
    if (at[2] - at[1] < 2) return 0;
    for (int k = at[1] + 1; k < at[2]; k++)
        if (t->counts[k] && (!tp->short_row[k] || tp->short_n[k] != n)) return 0;
    unsigned kept = 0;
    for (int c = 0; c < n; c++) {
        int whole = 1; /* no value of the column cut at the edge (37…) */
        for (int i = 0; i < 4; i++) whole &= v[i][c].kind == NB_C_NUM;
        if (!whole || v[0][c].value + v[1][c].value != v[2][c].value + v[3][c].value) continue;
        double results = 0;
        for (int k = at[1] + 1; k < at[2]; k++)
            if (t->counts[k]) {
                whole &= short_cells(tp, k)[c].kind == NB_C_NUM;
                results += short_cells(tp, k)[c].value;
            }
        if (whole && results == v[2][c].value) kept |= 1u << c;
    }
    return kept;
}

/* Whether 总 at q stands alone at its line's end, after a space or at the line's start: 总计 cut by
 * the page's edge after its first character (its values then cut too, 4 of 428, and a column blank in
 * every row would shift the others onto it), or wrapped in a narrow cell. */
static int lone_total_head(const unsigned char *line, const unsigned char *q, const unsigned char *e)
{
    const unsigned char *after = q + strlen("总");
    if (q > line && q[-1] != ' ' && q[-1] != '\n') return 0;
    while (after < e && (*after == ' ' || *after == '\r')) after++;
    return after == e || *after == '\n';
}

/* Whether the text before byte at, from the section's title (收到和处理…) on, writes 总计, or its 总
 * alone at a line's end: a header that names the column (总计 first, then the applicants, cut after
 * 法律服务机构, would read 总计 as 自然人's), which a table cut before 总计 does not show. */
int nb_header_names_total(const nb_report *r, size_t at)
{
    const unsigned char *p, *e, *q;
    nb_header_text(r, at, &p, &e);
    if (nb_find(p, e, "总计")) return 1;
    for (const unsigned char *from = p; (q = nb_find(from, e, "总")) != NULL; from = q + 1)
        if (lone_total_head(p, q, e)) return 1;
    return 0;
}

/* Every row whose last value is not the sum of the others has it begin that sum (98 7 0 3 4 1 beside
 * 112): the clip cut 总计 after its first digits, not before it, its header gone whole (centred, it
 * stands right of its digits), and a column blank in every row (科研机构 left empty) made each row one
 * value short: the values are not the first columns', and positions no longer say whose they are.
 * The table is left null. By chance a row's 其他 begins the others' sum seldom (其他 is mostly 0). */
static void total_digits_shown(nb_tparse *tp, const nb_ctok *first, int rows)
{
    nb_diag_add(tp->r, "warning", "total-cut", &first->span,
                "the %d rows of table 三 found have one value fewer than the template, and each last value that "
                "is not the sum of the others begins it: the 总计 column is cut at the page's edge after its "
                "first digits, and a column blank in every row leaves no way to tell whose the values are; "
                "the table is left null",
                rows);
}

/* Whether the header [s, e), in a print's text laid out by position, stands the labels of table 三's
 * first n - 1 columns, whole and each once, side by side in the template's order, the n-th (at the
 * page's edge: its pieces may be cut, 法律…) whole right of them or not spelled, and none of the
 * columns after it: the page shows n columns and no more, so a row's n values are theirs (a column
 * blank in every row would leave a row short of the labels). The PDF reader's text counts a wide
 * character two columns; pdftotext's grid (pages apart by form feeds) one, and a text of neither kind
 * must show it counted either way (colstacked.h). */
static int header_shows_first(const nb_report *r, const unsigned char *s, const unsigned char *e, int n)
{
    int lo, hi;
    nb_stacked_widths(r, &lo, &hi);
    for (int wide = lo; wide <= hi; wide++) {
        nb_label_span at[APPLICANTS];
        nb_stacked_labels(s, e, wide, nb_col_labels_applicants, APPLICANTS, at);
        for (int c = 0; c < APPLICANTS; c++) {
            int edge = c == n - 1, shown = c < n - 1 || (edge && at[c].found);
            if (c < n - 1 ? at[c].found != 1 : at[c].found > (edge ? 1 : 0)) return 0;
            if (c && shown && at[c - 1].x1 > at[c].x0) return 0;
        }
    }
    return 1;
}

/* Whether value v of column c stands nearer that column's label than that of the column before or
 * after it (where that label is cut by the edge, not spelled: where it would stand, as far right of
 * its own as the column before's is left of it). A label the edge cut says nothing. */
static int under_own_label(const nb_report *r, const nb_ctok *v, const nb_label_span *at, int c)
{
    if (at[c].found != 1) return 1;
    const char *p = r->text.data + v->span.byte;
    int m = (int)nb_text_col(r, p) - 1 + (int)nb_text_col(r, p + v->raw.n) - 1; /* twice its middle */
    int own = at[c].x0 + at[c].x1, before = c && at[c - 1].found == 1 ? at[c - 1].x0 + at[c - 1].x1 : -1;
    int after = c + 1 < APPLICANTS && at[c + 1].found == 1 ? at[c + 1].x0 + at[c + 1].x1
                : before >= 0                            ? own + (own - before)
                                                         : -1;
    return (before < 0 || abs(m - before) > abs(m - own)) && (after < 0 || abs(m - after) > abs(m - own));
}

/* Whether the n values from v stand where the print put them, to be compared with the header's labels
 * ending at he: each digit after a blank of its gap. A row the columns reader rebuilt from the lines
 * its label wrapped over (columns.h) joins its values by a TAB each, one after another, not by
 * position; one it marked in place keeps blanks after each TAB (the PDF reader's cell holds them).
 * pdftotext lays out each page's grid anew: a row a page break (form feed) sets apart from the header
 * stands elsewhere; the PDF reader's columns are the page's own, alike on every page. */
static int values_placed(const nb_report *r, const unsigned char *he, const nb_ctok *v, int n)
{
    const unsigned char *row = (const unsigned char *)r->text.data + v->span.byte;
    if (nb_text_is_print(r) != 2 && he < row && memchr(he, '\f', (size_t)(row - he))) return 0;
    for (int c = 0; c < n; c++) {
        size_t at = v[c].span.byte;
        while (at < v[c].span.byte + v[c].raw.n && r->text.data[at] == ' ') at++;
        if (at == 0 || r->text.data[at - 1] != ' ') return 0;
    }
    return 1;
}

/* Whether the short rows, n values each, stand under the header's labels: more of them with every
 * value nearest its own column's label than not, and MIN_ROWS at least. A column blank in every row
 * puts its neighbour's values in its place, under the neighbour's label, which a header whose last
 * label the edge cut does not show by its count of labels; a row the reader wrote from lines its
 * label wrapped over stands its values one after another, not by position, and says nothing. */
static int values_under_labels(const nb_tparse *tp, const nb_tables *t, const unsigned char *s,
                               const unsigned char *e, int n)
{
    int lo, hi, placed = 0, apart = 0;
    nb_label_span at[APPLICANTS];
    nb_stacked_widths(tp->r, &lo, &hi);
    nb_stacked_labels(s, e, lo, nb_col_labels_applicants, APPLICANTS, at); /* lo: as nb_text_col counts */
    for (int k = 0; k < t->keys.n; k++) {
        const nb_rowdef *d = t->keys.rows[k];
        if (d->split != NB_SPLIT_SUM_LAST || !t->seen[k] || !values_placed(tp->r, e, short_cells(tp, k), n))
            continue;
        int all = 1;
        for (int c = 0; c < n; c++) all &= under_own_label(tp->r, &short_cells(tp, k)[c], at, c);
        placed += all;
        apart += !all;
    }
    return placed >= MIN_ROWS && placed > apart;
}

/* Whether MIN_ROWS short rows at least, n values each, have after their values, on their line, a cell
 * the PDF reader marks cut whole (… alone: all its glyphs past the page's edge). The edge then runs
 * through the column after the n-th, in every row alike (a print keeps a table's columns over its
 * pages), and the n-th stands whole inside the page: a glyph of it near the edge would be marked. */
static int edge_after_last(const nb_tparse *tp, const nb_tables *t, int n)
{
    static const char mark[] = "\xE2\x80\xA6";
    int rows = 0;
    if (nb_text_is_print(tp->r) != 2) return 0; /* only nianbao's PDF reader marks what an edge cut */
    for (int k = 0; k < t->keys.n; k++) {
        const nb_rowdef *d = t->keys.rows[k];
        if (d->split != NB_SPLIT_SUM_LAST || !t->seen[k]) continue;
        size_t at = tp->short_row[k] - 1 + (size_t)n;
        if (at >= tp->toks.n) continue;
        const nb_ctok *c = &tp->toks.v[at];
        rows += c->kind == NB_C_TEXT && c->span.line == c[-1].span.line && c->raw.n == sizeof mark - 1 &&
                !memcmp(c->raw.p, mark, sizeof mark - 1);
    }
    return rows >= MIN_ROWS;
}

/* Table 三 without its 总计 column read, where it is so (shorttotal.h). */
static void applications_cut(nb_tparse *tp, nb_tables *t)
{
    int arity = 0, n = 0, shorts = 0, differs = 0, begins = 0, first = -1;
    for (int k = 0; k < t->keys.n; k++) {
        const nb_rowdef *d = t->keys.rows[k];
        if (d->split != NB_SPLIT_SUM_LAST || !t->seen[k]) continue;
        if (!tp->short_row[k] || (arity && (d->arity != arity || tp->short_n[k] != n)))
            return; /* a row read whole, or not short as the others */
        arity = d->arity;
        n = tp->short_n[k];
        if (first < 0) first = k;
        shorts++;
        if (could_hold_total(tp, k, n, &differs, &begins)) return;
    }
    if (shorts < MIN_ROWS || differs < MIN_ROWS) return;
    if (begins == differs && n + 1 == arity) { /* see total_digits_shown */
        total_digits_shown(tp, short_cells(tp, first), shorts);
        return;
    }
    const unsigned char *hs, *he;
    nb_header_text(tp->r, short_cells(tp, first)->span.byte, &hs, &he);
    if (n + 1 < arity && !header_shows_first(tp->r, hs, he, n)) return; /* more than 总计 cut: the header says which */
    if (n + 2 < arity && !values_under_labels(tp, t, hs, he, n)) return; /* cut before 法律服务机构 or earlier */
    /* the last column stands at the page's edge: its values may be cut short in every row alike
       (其他 12 printed as 1 in 一, （一） and （七）), and then its sums hold all the same, unless the
       edge is seen to run through the column after it */
    unsigned kept = columns_balance(tp, t, n) & ~(edge_after_last(tp, t, n) ? 0u : 1u << (n - 1));
    if (!kept || nb_header_names_total(tp->r, short_cells(tp, first)->span.byte)) return;
    const nb_rowdef *shape = NULL;
    for (int k = 0; k < t->keys.n; k++) {
        const nb_rowdef *d = t->keys.rows[k];
        if (d->split != NB_SPLIT_SUM_LAST || !t->seen[k]) continue;
        const nb_ctok *v = short_cells(tp, k);
        for (int c = 0; c < n; c++)
            if (t->grid[k][c] && (kept >> c & 1)) nb_table_value(tp, t->grid[k][c], d, c, &v[c]);
        shape = d;
    }
    if (n + 1 == arity)
        nb_diag_add(tp->r, "warning", "total-cut", &short_cells(tp, first)->span,
                    "the %d rows of table 三 found have %d values each where the template has %d, and no row's last "
                    "value is the sum of the others: the 总计 column is not in the text (a print that cut the table "
                    "at the page's edge?); the values are read as the first %d columns, 总计 is left null",
                    shorts, n, arity, n);
    else
        nb_diag_add(tp->r, "warning", "table-cut", &short_cells(tp, first)->span,
                    "the %d rows of table 三 found have %d values each where the template has %d, under a header that "
                    "shows the first %d columns only: the table is cut at the page's edge after %s; the values are "
                    "read as those columns, the columns from %s on are left null",
                    shorts, n, arity, n, shape->col_labels[n - 1], shape->col_labels[n]);
    for (int c = 0; c < n; c++)
        if (!(kept >> c & 1))
            nb_diag_add(tp->r, "warning", "column-unbalanced", &short_cells(tp, first)->span,
                        "table 三 cut before %s: the column %s is cut at the page's edge (…) or does not keep 一 + 二 = "
                        "七 + 四 and 七 the sum of the results (a number cut short there, or the report's own slip): it "
                        "is left null",
                        shape->col_labels[n], shape->cols[c]);
}

void nb_short_totals(nb_tparse *tp, nb_tables *t)
{
    if (tp->print) applications_cut(tp, t);
}
