/* piecelabel.c — whether a row under a piece of a template's label is whole (piecelabel.h). */
#include "piecelabel.h"

#include <math.h>

#include "splitter.h"

int nb_piece_row_whole(const nb_tparse *tp, nb_tspan cells, const nb_rowdef *d)
{
    const nb_ctok *v = &tp->toks.v[cells.first];
    size_t a = 0, b = cells.count;
    while (a < b && v[a].kind == NB_C_EMPTY) a++; /* a label's span before, the next row's after */
    while (b > a && v[b - 1].kind == NB_C_EMPTY) b--;
    if (d->arity < 1 || b - a != (size_t)d->arity) return 0;
    double sum = 0;
    for (size_t i = a; i < b; i++) {
        if (v[i].kind != NB_C_NUM || v[i].is_null || v[i].cut || v[i].value < 0 || v[i].value != floor(v[i].value))
            return 0;
        if (i + 1 < b) sum += v[i].value;
    }
    return d->split != NB_SPLIT_SUM_LAST || sum == v[b - 1].value;
}
