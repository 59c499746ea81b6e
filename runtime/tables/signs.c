/* signs.c — a plus where the template's column has no sign (signs.h). */
#include "signs.h"

#include <string.h>

#include "splitter.h"
#include "utf8.h"

/* Whether cell c was written with a plus: + or ＋ before its digits. (A count below zero is the
 * report's error where its place is certain, which check R5 reports: not a sign of a place.) */
static int signed_cell(const nb_tcell *c)
{
    const unsigned char *s = (const unsigned char *)c->raw.p, *e = s + c->raw.n;
    s = nb_skip_blanks(s, e);
    return (s < e && *s == '+') || (e - s >= 3 && !memcmp(s, "＋", 3));
}

void nb_signs_in_place(nb_report *r, nb_tables *t)
{
    for (int k = 0; k < t->keys.n; k++) {
        const nb_rowdef *d = t->keys.rows[k];
        int bad = -1;
        for (int i = 0; i < d->arity && bad < 0; i++) {
            const nb_tcell *c = t->grid[k][i];
            if (c && c->has_value && !(d->flags && (d->flags[i] & NB_CELL_SIGNED)) && signed_cell(c)) bad = i;
        }
        if (bad < 0) continue;
        const nb_tcell *c = t->grid[k][bad];
        nb_diag_add(r, "warning", "cell-sign", &c->span,
                    "%s: \"%.*s\", a signed value, under %s, a column of counts that has no sign: the row's "
                    "values are not in their columns (a change read a column off?); its cells are null",
                    d->key, (int)c->raw.n, c->raw.p, d->cols[bad]);
        for (int i = 0; i < d->arity; i++)
            if (t->grid[k][i]) t->grid[k][i]->has_value = 0;
    }
}
