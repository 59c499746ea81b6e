/* spacegroups.c — counts grouped by no-break spaces that a row's sums deny (spacegroups.h). */
#include "spacegroups.h"

#include <string.h>

#include "numbers.h"
#include "splitter.h"
#include "utf8.h"

/* Whether raw text [s, s + n) groups digits with a no-break space (numbers.h: 200 204, U+00A0). */
static int space_grouped(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    for (const unsigned char *q = p + 1; q < e; q++)
        if (nb_ascii_digit(q[-1]) && nb_space_group_at(q, e)) return 1;
    return 0;
}

/* Cells [c0, c0 + n) of row k, the last the sum of the others: left null where one is grouped and the
 * sum does not hold. */
static void check_sum(nb_report *r, nb_tables *t, int k, int c0, int n)
{
    double sum = 0;
    int grouped = 0;
    for (int c = c0; c < c0 + n; c++) {
        const nb_tcell *x = t->grid[k][c];
        if (!x || !x->has_value) return;
        grouped |= space_grouped(x->raw.p, x->raw.n);
        if (c < c0 + n - 1) sum += x->value;
    }
    if (!grouped || sum == t->grid[k][c0 + n - 1]->value) return;
    for (int c = c0; c < c0 + n; c++) {
        nb_tcell *x = t->grid[k][c];
        if (!space_grouped(x->raw.p, x->raw.n)) continue;
        x->has_value = 0;
        nb_diag_add(r, "warning", "cell-grouping", &x->span,
                    "%s: \"%.*s\" read as one number grouped by a no-break space leaves its row's sum false: it may be "
                    "two numbers one blank apart (an old count beside its correction); left null",
                    x->key, (int)(x->raw.n > 40 ? 40 : x->raw.n), x->raw.p);
    }
}

void nb_space_groups_unsure(nb_report *r, nb_tables *t)
{
    if (!t) return;
    for (int k = 0; k < t->keys.n; k++) {
        const nb_rowdef *d = t->keys.rows[k];
        if (d->split == NB_SPLIT_SUM_LAST && d->arity > 1) check_sum(r, t, k, 0, d->arity);
        else if (d->split == NB_SPLIT_GROUPS && d->group > 1)
            for (int g = 0; g + d->group <= d->arity; g += d->group) check_sum(r, t, k, g, d->group);
    }
}
