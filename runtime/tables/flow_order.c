/* flow_order.c — values of a row in reading order that are not certainly in order; see flow_order.h. */
#include "flow_order.h"

#include <math.h>

#include "splitter.h"

/* Whether n values add up as the rule declares: the last the sum of the others, in each group of
 * `group` cells or over all of them. */
static int adds_up(const double *v, int n, int split, int group)
{
    int g = split == NB_SPLIT_GROUPS && group > 1 ? group : n;
    if (n % g) return 1; /* not the declared shape: nothing to say */
    for (int s = 0; s < n; s += g) {
        double sum = 0;
        for (int i = s; i < s + g - 1; i++) sum += v[i];
        if (fabs(sum - v[s + g - 1]) > 1e-6 * (1 + fabs(sum))) return 0;
    }
    return 1;
}

int nb_flow_order_unsure(const nb_tparse *tp, const nb_rowdef *d, nb_tspan cells)
{
    if (d->split != NB_SPLIT_SUM_LAST && d->split != NB_SPLIT_GROUPS) return 0;
    if (cells.count < 2 || cells.count > NB_MAX_COLS) return 0;
    double v[NB_MAX_COLS];
    int lines = 0;
    for (size_t i = 0; i < cells.count; i++) {
        const nb_ctok *t = &tp->toks.v[cells.first + i];
        /* a dash, a slash or a blank cell adds nothing: a cell whose number wrapped (８４ over ５) is two
           values, and a lost blank cell leaves the count whole, but the sum is broken all the same */
        if (t->kind != NB_C_NUM && t->kind != NB_C_EMPTY) return 0;
        v[i] = t->kind == NB_C_NUM && !t->is_null ? t->value : 0;
        lines |= i && t->span.line != tp->toks.v[cells.first].span.line;
    }
    if (!lines || adds_up(v, (int)cells.count, d->split, d->group)) return 0;
    return tp->print;
}
