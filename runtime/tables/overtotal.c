/* overtotal.c — a part greater than its whole (overtotal.h). */
#include "overtotal.h"

#include "printed.h"
#include "splitter.h"

static int has(const nb_tcell *c) { return c && c->has_value; }

/* The column of row k's cells (d's) greater than the total of its group, or -1. */
static int part_over(const nb_tables *t, int k, const nb_rowdef *d)
{
    int group = d->split == NB_SPLIT_SUM_LAST ? d->arity : d->split == NB_SPLIT_GROUPS ? d->group : 0;
    if (group < 2 || d->arity % group) return -1;
    for (int g = 0; g < d->arity; g += group) {
        const nb_tcell *total = t->grid[k][g + group - 1];
        if (!has(total) || total->value < 0) continue;
        for (int c = g; c + 1 < g + group; c++)
            if (has(t->grid[k][c]) && t->grid[k][c]->value > total->value) return c;
    }
    return -1;
}

void nb_parts_over_total(nb_report *r, nb_tables *t)
{
    if (!nb_text_is_print(r)) return; /* a page or a copy shows every digit: a part over its total is its slip */
    for (int k = 0; k < t->keys.n; k++) {
        const nb_rowdef *d = t->keys.rows[k];
        int c = part_over(t, k, d);
        if (c < 0) continue;
        const nb_tcell *part = t->grid[k][c];
        nb_diag_add(r, "warning", "row-over-total", &part->span,
                    "%s: %.*s is greater than its total, a part over the whole: a number misread (two cells' digits "
                    "glued into one, or a number cut short), and which cell holds it is not certain; the row's "
                    "cells are left null",
                    part->key, (int)(part->raw.n > 20 ? 20 : part->raw.n), part->raw.p);
        for (int i = 0; i < d->arity; i++)
            if (t->grid[k][i]) t->grid[k][i]->has_value = t->grid[k][i]->recovered = 0;
    }
}
