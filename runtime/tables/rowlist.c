/* rowlist.c — a row of groups of columns printed as a list; see rowlist.h. */
#include "rowlist.h"

#include <string.h>

#include "flow_cells.h"
#include "numbers.h"
#include "rowturned.h"
#include "tables.h"

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

/* The list of row d's cells that starts at token from (a group's word, the header over one or the first
 * column's word): where it ends, its values in vals (by column of d); or 0 where the tokens leave more
 * than one reading. The columns' words in order say which group a value is in (the n-th run of them is
 * the n-th group); a group's word, merged over its rows, may stand before them or among them (a print
 * puts it at its rows' middle, on the line of one of them), but only there: it must name the group of
 * the run it stands in, and come before that run's last value. */
static size_t list_at(const nb_tparse *tp, const nb_rowdef *d, size_t from, nb_ctok *vals)
{
    int groups = d->arity / d->group, run = 0, named = 0, next_col = 0;
    for (size_t i = nb_next_filled(tp, from); i < tp->toks.n; i = nb_next_filled(tp, i + 1)) {
        const nb_ctok *t = &tp->toks.v[i];
        int g = nb_turned_group_of(d, t), c = g < 0 ? nb_turned_column_of(d, t) : -1;
        if (g >= 0) {
            if (g != named || g != run) return 0;
            named++;
            continue;
        }
        if (c < 0) {
            if (!nb_turned_is_over(tp->ed, d, t)) return 0;
            continue;
        }
        size_t v = nb_next_filled(tp, i + 1), after = nb_next_filled(tp, v + 1);
        if (c != next_col || v >= tp->toks.n || !one_value(&tp->toks.v[v], &vals[run * d->group + c]) ||
            (after < tp->toks.n && is_value(&tp->toks.v[after])))
            return 0;
        i = v;
        if (++next_col == d->group) {
            if (named != run + 1) return 0;
            next_col = 0;
            if (++run == groups) return v + 1;
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
            if (nb_turned_group_of(d, t) < 0 && !nb_turned_is_over(tp->ed, d, t) && nb_turned_column_of(d, t) != 0)
                continue;
            nb_ctok vals[NB_MAX_COLS];
            size_t end = list_at(tp, d, i, vals);
            if (!end) continue;
            nb_diag_add(tp->r, "info", "row-list", &t->span,
                        "%s is printed as a list (a row for each cell, its column's word before it, its group's word "
                        "before or among its group's rows): its %d cells read from it", d->key, d->arity);
            for (int c = 0; c < d->arity; c++) nb_flow_set_cell(tp, tb, row, c, &vals[c]);
            tb->seen[row] = 1;
            memmove(&tp->toks.v[i], &tp->toks.v[end], (tp->toks.n - end) * sizeof *tp->toks.v);
            tp->toks.n -= end - i;
            break;
        }
    }
}
