/* rowrepeat.c — a row read again, set against the first reading (rowrepeat.h). */
#include "rowrepeat.h"

#include <string.h>

/* Whether cell c (read before) and token v say the same number: written alike, or of equal value
 * (1,234 and 1234) where c's value is v's as written (no unit turned it into another). */
static int agrees(const nb_tcell *c, const nb_ctok *v)
{
    if (v->kind != NB_C_NUM && v->kind != NB_C_EMPTY) return 0;
    int v_value = v->kind == NB_C_NUM && !v->is_null;
    if (!c->has_value || !v_value) return c->has_value == v_value;
    if (c->raw.n == v->raw.n && !memcmp(c->raw.p, v->raw.p, v->raw.n)) return 1;
    return !v->unit && c->value == v->value;
}

static int clip(size_t n) { return (int)(n > 40 ? 40 : n); }

static int cell_repeat(nb_tparse *tp, nb_tcell *c, const nb_ctok *w)
{
    if (!c->has_value || agrees(c, w)) return 0;
    nb_diag_add(tp->r, "warning", "row-repeat-differs", &w->span,
                "%s: \"%.*s\" where the row's first copy has \"%.*s\"; which is right is not known: left null",
                c->key, clip(w->raw.n), w->raw.p, clip(c->raw.n), c->raw.p);
    c->has_value = 0;
    return 1;
}

int nb_row_repeat(nb_tparse *tp, nb_tspan cells, const nb_rowdef *d, nb_tcell *const *row)
{
    const nb_ctok *v = tp->toks.v;
    while (cells.count > (size_t)d->arity && v[cells.first].kind == NB_C_EMPTY) cells.first++, cells.count--;
    while (cells.count > (size_t)d->arity && v[cells.first + cells.count - 1].kind == NB_C_EMPTY) cells.count--;
    if (cells.count != (size_t)d->arity) return 0;
    int differ = 0;
    for (int i = 0; i < d->arity; i++)
        if (row[i]) differ += cell_repeat(tp, row[i], &v[cells.first + (size_t)i]);
    return differ;
}
