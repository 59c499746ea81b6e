/* flow_rownums.c — a 序号 column's numbers among table 三's values in reading order; see flow_rownums.h. */
#include "flow_rownums.h"

#include <stdlib.h>
#include <string.h>

#include "flow_cells.h"
#include "flow_choice.h"
#include "flow_sums.h"
#include "utf8.h"

enum {
    MIN_NUMBERS = 3,       /* a run shorter than that is no column of row numbers */
    MAX_STEPS = 1 << 18    /* places tried for the numbers: more says the choice is not certain */
};

/* Whether the header before the values names a column of row numbers: 序号 or 编号, or their two
 * characters apart (a narrow cell draws them a line each, other heads' pieces between). */
static int numbers_header(const nb_report *r, size_t from, size_t to)
{
    const unsigned char *text = (const unsigned char *)r->text.data, *s = text + from, *e = text + to;
    if (to <= from) return 0;
    if (nb_find(s, e, "序号") || nb_find(s, e, "编号")) return 1;
    for (const char *const *w = (const char *const[]){"序", "编", NULL}; *w; w++) {
        const unsigned char *p = nb_find(s, e, *w);
        /* the character alone in its cell: a blank or a line's edge on each side */
        while (p && !((p == s || strchr(" \t\n\f", p[-1])) && (p + 3 == e || strchr(" \t\r\n\f", p[3]))))
            p = nb_find(p + 3, e, *w);
        if (p && nb_find(p + 3, e, "号")) return 1;
    }
    return 0;
}

/* Whether the text's own pass over a 序号 column in reading order (seqcol.h) set aside numbers of the
 * table in [from, to), before its values: it takes the lines whose first word runs 1, 2, 3 …, and ends
 * at the first line out of turn, so in pdftotext's order (1 / 一、本年新收… / 2 / 二、… / 3 / 1189 …)
 * it may take the first few numbers only, and the run left among the values starts later. */
static int numbers_set_aside(const nb_report *r, size_t from, size_t to)
{
    for (const nb_diag *d = r->diags; d; d = d->next)
        if (d->has_span && d->span.byte >= from && d->span.byte < to && !strcmp(d->code, "row-numbers-dropped"))
            return 1;
    return 0;
}

/* The row number value x may be: a whole number written as such (its digits only), else 0. */
static int number_of(const nb_report *r, const nb_ctok *x)
{
    if (x->is_null || !nb_flow_as_written(r, x) || x->value < 1 || x->value > 999) return 0;
    for (size_t i = 0; i < x->raw.n; i++)
        if (x->raw.p[i] < '0' || x->raw.p[i] > '9') return 0;
    return (int)x->value;
}

typedef struct search {
    const nb_ctok *const *v;
    const int *number; /* number[i]: the row number v[i] may be, or 0 */
    int n, m, ncols, first; /* the run: first, first + 1, … first + m - 1 */
    unsigned char *drop;
    nb_flow_choice *choice;
    long steps;
} search;

/* Whether the whole rows of counts v[a..b) (a run between two row numbers) add up each (R2). */
static int rows_add(const search *s, int a, int b)
{
    for (; a + s->ncols <= b; a += s->ncols)
        if (!nb_flow_sums_row_adds(s->v + a, s->ncols)) return 0;
    return 1;
}

/* Places row number k (k - 1 placed, the last at index last) at each index after last where it may
 * stand, and the numbers after it; each full run is weighed as a choice. */
static void place(search *s, int k, int last)
{
    if (s->choice->tables > 1 || s->steps > MAX_STEPS) return;
    s->steps++;
    if (k >= s->first + s->m) {
        if (rows_add(s, last + 1, s->n)) nb_flow_choice_drop(s->choice, s->v, s->n, s->drop);
        return;
    }
    for (int i = last + 1; i < s->n && s->choice->tables < 2; i++) {
        int counts_before = i - (k - s->first);
        if (s->number[i] != k || counts_before % s->ncols) continue;
        /* the counts since the last number are whole rows, each adding up */
        if (!rows_add(s, last + 1, i)) break;
        s->drop[i] = 1;
        place(s, k + 1, i);
        s->drop[i] = 0;
    }
}

int nb_flow_drop_row_numbers(const nb_report *r, const nb_ctok **v, int n, int nrows, int ncols, size_t from)
{
    int want = nrows * ncols, extra = n - want;
    if (extra < MIN_NUMBERS || !r->text.data) return 0;
    /* (the text's pass blanks the header's word with the numbers it takes) */
    int set_aside = numbers_set_aside(r, from, v[0]->span.byte);
    if (!set_aside && !numbers_header(r, from, v[0]->span.byte)) return 0;
    int *number = malloc(sizeof *number * (size_t)n), result = 0;
    unsigned char *drop = calloc((size_t)n, 1);
    nb_flow_choice choice;
    if (!number || !drop || !nb_flow_choice_open(&choice, nrows, ncols)) goto done;
    for (int i = 0; i < n; i++) number[i] = number_of(r, v[i]);
    search s = {v, number, n, extra, ncols, 1, drop, &choice, 0};
    /* where the text's pass took the first numbers, the run here starts at any later one: every start
       is tried, and all the runs together must leave one table */
    int last_first = set_aside ? nrows : 1;
    for (; s.first <= last_first && choice.tables < 2 && s.steps <= MAX_STEPS; s.first++) place(&s, s.first, -1);
    if (s.steps > MAX_STEPS) result = NB_ROWNUMS_TOO_MANY;
    else if (choice.tables > 1) result = NB_ROWNUMS_TWO_TABLES;
    else if (nb_flow_choice_take(&choice, v)) result = extra;
    nb_flow_choice_close(&choice);
done:
    free(number);
    free(drop);
    return result;
}
