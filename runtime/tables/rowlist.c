/* rowlist.c — a row of groups of columns printed as a list; see rowlist.h. */
#include "rowlist.h"

#include <string.h>

#include "flow_cells.h"
#include "numbers.h"
#include "rowturned.h"
#include "tables.h"

/* The next token from i on that is no blank cell, or n. */
static size_t next_filled(const nb_tparse *tp, size_t i)
{
    while (i < tp->toks.n && tp->toks.v[i].kind == NB_C_EMPTY) i++;
    return i;
}

/* Whether token t is one value: a cell's number or dash, or a run of text that is one number. */
static int one_value(const nb_ctok *t, nb_ctok *out)
{
    *out = *t;
    if (t->kind == NB_C_NUM) return 1;
    if (t->kind != NB_C_GLUED) return 0;
    const unsigned char *s = (const unsigned char *)t->raw.p;
    out->kind = NB_C_NUM;
    return nb_parse_number(s, s + t->raw.n, &out->value, &out->is_null, &out->unit);
}

static int is_value(const nb_ctok *t) { return t->kind == NB_C_NUM || t->kind == NB_C_GLUED; }

/* The list of row d's cells that starts at token from (a group's word or the header over one): where
 * it ends, its values in vals (by column of d); or 0 where the tokens leave more than one reading. */
static size_t list_at(const nb_tparse *tp, const nb_rowdef *d, size_t from, nb_ctok *vals)
{
    int groups = d->arity / d->group, k = -1, next_group = 0, next_col = 0;
    for (size_t i = next_filled(tp, from); i < tp->toks.n; i = next_filled(tp, i + 1)) {
        const nb_ctok *t = &tp->toks.v[i];
        int g = nb_turned_group_of(d, t), c = g < 0 ? nb_turned_column_of(d, t) : -1;
        if (g >= 0) {
            if (g != next_group || next_col) return 0;
            k = g, next_group++;
            continue;
        }
        if (c < 0) {
            if (next_col || !nb_turned_is_over(tp->ed, d, t)) return 0;
            continue;
        }
        size_t v = next_filled(tp, i + 1), after = next_filled(tp, v + 1);
        if (k < 0 || c != next_col || v >= tp->toks.n || !one_value(&tp->toks.v[v], &vals[k * d->group + c]) ||
            (after < tp->toks.n && is_value(&tp->toks.v[after])))
            return 0;
        i = v;
        if (++next_col == d->group) {
            next_col = 0;
            if (next_group == groups) return v + 1;
        }
    }
    return 0;
}

void nb_list_rows(nb_tparse *tp)
{
    nb_tables *tb = nb_tables_get(tp->r, tp->ed);
    for (int row = 0; row < tb->keys.n; row++) {
        const nb_rowdef *d = tb->keys.rows[row];
        if (!nb_turned_grouped(d) || d->arity > NB_MAX_COLS) continue;
        for (size_t i = 0; i < tp->toks.n; i++) {
            const nb_ctok *t = &tp->toks.v[i];
            if (nb_turned_group_of(d, t) < 0 && !nb_turned_is_over(tp->ed, d, t)) continue;
            nb_ctok vals[NB_MAX_COLS];
            size_t end = list_at(tp, d, i, vals);
            if (!end) continue;
            nb_diag_add(tp->r, "info", "row-list", &t->span,
                        "%s is printed as a list (a row for each cell, its group's and its column's words before "
                        "it): its %d cells read from it", d->key, d->arity);
            for (int c = 0; c < d->arity; c++) nb_flow_set_cell(tp, tb, row, c, &vals[c]);
            tb->seen[row] = 1;
            memmove(&tp->toks.v[i], &tp->toks.v[end], (tp->toks.n - end) * sizeof *tp->toks.v);
            tp->toks.n -= end - i;
            break;
        }
    }
}
