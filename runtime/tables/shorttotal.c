/* shorttotal.c — table 三 printed without its 总计 column (shorttotal.h). */
#include "shorttotal.h"

#include <stdio.h>
#include <string.h>

#include "cutnum.h"
#include "splitter.h"
#include "utf8.h"

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
        if (at[i] < 0 || !tp->short_row[at[i]] || t->keys.rows[at[i]]->arity != n + 1) return 0;
        v[i] = short_cells(tp, at[i]);
    }
    if (at[2] - at[1] < 2) return 0;
    for (int k = at[1] + 1; k < at[2]; k++)
        if (t->counts[k] && (!tp->short_row[k] || t->keys.rows[k]->arity != n + 1)) return 0;
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

#define HEADER_BYTES 3000 /* before a table's first row: its header, and its section's title */

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
    const unsigned char *text = (const unsigned char *)r->text.data, *e = text + (at < r->text.len ? at : r->text.len);
    const unsigned char *p = e - text > HEADER_BYTES ? e - HEADER_BYTES : text, *q;
    while ((q = nb_find(p, e, "收到和处理")) != NULL) p = q + 1;
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

/* Table 三 without its 总计 column read, where it is so (shorttotal.h). */
static void applications_cut(nb_tparse *tp, nb_tables *t)
{
    int arity = 0, shorts = 0, differs = 0, begins = 0, first = -1;
    for (int k = 0; k < t->keys.n; k++) {
        const nb_rowdef *d = t->keys.rows[k];
        if (d->split != NB_SPLIT_SUM_LAST || !t->seen[k]) continue;
        if (!tp->short_row[k] || (arity && d->arity != arity)) return; /* a row read whole, or not short */
        arity = d->arity;
        if (first < 0) first = k;
        shorts++;
        if (could_hold_total(tp, k, arity - 1, &differs, &begins)) return;
    }
    if (shorts < MIN_ROWS || differs < MIN_ROWS) return;
    if (begins == differs) { /* see total_digits_shown */
        total_digits_shown(tp, short_cells(tp, first), shorts);
        return;
    }
    /* the last column stands at the page's edge: its values may be cut short in every row alike
       (其他 12 printed as 1 in 一, （一） and （七）), and then its sums hold all the same */
    unsigned kept = columns_balance(tp, t, arity - 1) & ~(1u << (arity - 2));
    if (!kept || nb_header_names_total(tp->r, short_cells(tp, first)->span.byte)) return;
    const nb_rowdef *shape = NULL;
    for (int k = 0; k < t->keys.n; k++) {
        const nb_rowdef *d = t->keys.rows[k];
        if (d->split != NB_SPLIT_SUM_LAST || !t->seen[k]) continue;
        const nb_ctok *v = short_cells(tp, k);
        for (int c = 0; c + 1 < arity; c++)
            if (t->grid[k][c] && (kept >> c & 1)) nb_table_value(tp, t->grid[k][c], d, c, &v[c]);
        shape = d;
    }
    nb_diag_add(tp->r, "warning", "total-cut", &short_cells(tp, first)->span,
                "the %d rows of table 三 found have %d values each where the template has %d, and no row's last "
                "value is the sum of the others: the 总计 column is not in the text (a print that cut the table at "
                "the page's edge?); the values are read as the first %d columns, 总计 is left null",
                shorts, arity - 1, arity, arity - 1);
    for (int c = 0; c + 1 < arity; c++)
        if (!(kept >> c & 1))
            nb_diag_add(tp->r, "warning", "column-unbalanced", &short_cells(tp, first)->span,
                        "table 三 cut before 总计: the column %s is cut at the page's edge (…) or does not keep 一 + 二 = "
                        "七 + 四 and 七 the sum of the results (a number cut short there, or the report's own slip): it "
                        "is left null",
                        shape->cols[c]);
}

void nb_short_totals(nb_tparse *tp, nb_tables *t)
{
    if (tp->print) applications_cut(tp, t);
}
