/* cuttotal.c — a row's total cut short by a print (cuttotal.h). */
#include "cuttotal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "printed.h"
#include "splitter.h"

/* Whether the whole number v is written with the leading digits of the longer whole number sum. */
static int leading_digits(double v, double sum)
{
    char a[32], b[32];
    if (v < 0 || sum <= v || sum >= 1e15 || v != floor(v) || sum != floor(sum)) return 0;
    snprintf(a, sizeof a, "%.0f", v);
    snprintf(b, sizeof b, "%.0f", sum);
    return strlen(b) > strlen(a) && !strncmp(a, b, strlen(a));
}

/* Every cell of the rows over the same columns as row k (its table's): null. */
static void null_table(nb_tables *t, int k)
{
    const nb_rowdef *d = t->keys.rows[k];
    for (int j = 0; j < t->keys.n; j++)
        if (t->keys.rows[j]->cols == d->cols && t->keys.rows[j]->arity == d->arity)
            for (int c = 0; c < d->arity; c++)
                if (t->grid[j][c]) t->grid[j][c]->has_value = 0;
}

void nb_cut_totals(nb_report *r, nb_tables *t)
{
    if (!nb_text_is_print(r)) return; /* a page or a copy shows every digit: a total so is its slip */
    for (int k = 0; k < t->keys.n; k++) {
        const nb_rowdef *d = t->keys.rows[k];
        if (d->split != NB_SPLIT_SUM_LAST || d->arity < 2) continue;
        nb_tcell *total = t->grid[k][d->arity - 1];
        double sum = 0, others = 0; /* the first cells' sum; the cells' after the first */
        int whole = total && total->has_value;
        for (int c = 0; c + 1 < d->arity && whole; c++) {
            whole = t->grid[k][c] && t->grid[k][c]->has_value;
            if (whole) sum += t->grid[k][c]->value;
            if (whole && c > 0) others += t->grid[k][c]->value;
        }
        if (!whole || !leading_digits(total->value, sum)) continue;
        if (t->grid[k][0]->value == others + total->value) {
            /* 9 7 1 0 0 0 1 is a cut 17 or 总计 first (9 = 7 + 1 + 1) in a header not read: which one,
             * the row does not say, and 总计 first puts every value of its table in another column */
            nb_diag_add(r, "warning", "column-order", &total->span,
                        "%s: %.0f may be the leading digits of %.0f, the sum of the row's other cells, but the "
                        "row's first value is the sum of the others (its 总计 first?): the table's cells are null",
                        total->key, total->value, sum);
            null_table(t, k);
            continue;
        }
        total->has_value = 0;
        total->recovered = 0;
        nb_diag_add(r, "warning", "cell-cut", &total->span,
                    "%s: %.0f is the leading digits of %.0f, the sum of the row's other cells: a number cut short "
                    "(a print clipped at the page's edge, a number wrapped in its narrow cell); left null",
                    total->key, total->value, sum);
    }
}
