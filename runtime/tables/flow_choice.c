/* flow_choice.c — the one table among choices of table 三's values; see flow_choice.h. */
#include "flow_choice.h"

#include <stdlib.h>
#include <string.h>

#include "flow_sums.h"

int nb_flow_choice_open(nb_flow_choice *c, int nrows, int ncols)
{
    size_t want = (size_t)nrows * (size_t)ncols;
    c->nrows = nrows;
    c->ncols = ncols;
    c->tables = 0;
    c->try_ = malloc(sizeof *c->try_ * want);
    c->found = malloc(sizeof *c->found * want);
    if (c->try_ && c->found) return 1;
    nb_flow_choice_close(c);
    return 0;
}

void nb_flow_choice_close(nb_flow_choice *c)
{
    free(c->try_);
    free(c->found);
    c->try_ = c->found = NULL;
}

void nb_flow_choice_drop(nb_flow_choice *c, const nb_ctok *const *v, int n, const unsigned char *drop)
{
    int m = 0, want = c->nrows * c->ncols;
    for (int i = 0; i < n; i++)
        if (!drop[i]) {
            if (m == want) return; /* fewer set aside than too many: no table */
            c->try_[m++] = v[i];
        }
    if (m == want) nb_flow_choice_weigh(c);
}

void nb_flow_choice_weigh(nb_flow_choice *c)
{
    int bad_row, bad_col, want = c->nrows * c->ncols;
    for (int r = 0; r < c->nrows; r++) /* R2 first: most choices break a row at once */
        if (!nb_flow_sums_row_adds(c->try_ + r * c->ncols, c->ncols)) return;
    if (!nb_flow_sums_hold(c->try_, c->nrows, c->ncols, &bad_row, &bad_col)) return;
    if (c->tables && nb_flow_same_values(c->try_, c->found, want)) return;
    if (c->tables++) return;
    memcpy(c->found, c->try_, sizeof *c->found * (size_t)want);
}

int nb_flow_choice_take(const nb_flow_choice *c, const nb_ctok **v)
{
    if (c->tables != 1) return 0;
    memcpy(v, c->found, sizeof *v * (size_t)(c->nrows * c->ncols));
    return 1;
}
