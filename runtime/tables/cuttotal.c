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

void nb_cut_totals(nb_report *r, nb_tables *t)
{
    if (!nb_text_is_print(r)) return; /* a page or a copy shows every digit: a total so is its slip */
    for (int k = 0; k < t->keys.n; k++) {
        const nb_rowdef *d = t->keys.rows[k];
        if (d->split != NB_SPLIT_SUM_LAST || d->arity < 2) continue;
        nb_tcell *total = t->grid[k][d->arity - 1];
        double sum = 0;
        int whole = total && total->has_value;
        for (int c = 0; c + 1 < d->arity && whole; c++) {
            whole = t->grid[k][c] && t->grid[k][c]->has_value;
            if (whole) sum += t->grid[k][c]->value;
        }
        if (!whole || !leading_digits(total->value, sum)) continue;
        total->has_value = 0;
        total->recovered = 0;
        nb_diag_add(r, "warning", "cell-cut", &total->span,
                    "%s: %.0f is the leading digits of %.0f, the sum of the row's other cells: a number cut short "
                    "(a print clipped at the page's edge, a number wrapped in its narrow cell); left null",
                    total->key, total->value, sum);
    }
}
