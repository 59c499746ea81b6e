/* flow_rows.c — a row's values in reading order that may be another row's; see flow_rows.h. */
#include "flow_rows.h"

#include <string.h>

#include "combined.h"
#include "tables.h"

/* Keys a and b are rows of one table (applications.*, review_litigation.*): values of one may be the other's. */
static int same_table(const char *a, const char *b)
{
    size_t n = strcspn(a, ".");
    return n == strcspn(b, ".") && !memcmp(a, b, n);
}

/* The row's first value stands on a line after its label's. */
static int values_below(const nb_tparse *tp, size_t label_tok, nb_tspan cells)
{
    for (size_t i = 0; i < cells.count; i++) {
        const nb_ctok *v = &tp->toks.v[cells.first + i];
        if (v->kind != NB_C_EMPTY) return v->span.line > tp->toks.v[label_tok].span.line;
    }
    return 0;
}

const char *nb_flow_row_after_label(const nb_tparse *tp, size_t label_tok, nb_tspan cells)
{
    if (label_tok == 0 || !values_below(tp, label_tok, cells)) return NULL;
    const nb_ctok *p = &tp->toks.v[label_tok - 1], *label = &tp->toks.v[label_tok];
    return p->kind == NB_C_LABEL && p->label.kind == NB_L_ROW && !nb_row_is_combined(p->label.key) &&
                   same_table(p->label.key, label->label.key)
               ? p->label.key
               : NULL;
}

int nb_flow_row_after_orphans(const nb_tparse *tp, size_t label_tok, nb_tspan cells)
{
    if (label_tok == 0 || !values_below(tp, label_tok, cells)) return 0;
    const nb_ctok *p = &tp->toks.v[label_tok - 1];
    if (tp->surplus != label_tok && (tp->stray != label_tok || p->kind != NB_C_NUM)) return 0;
    size_t k = label_tok - 1; /* the row the values came after */
    while (k > 0 && tp->toks.v[k].kind != NB_C_LABEL) k--;
    const nb_ctok *owner = &tp->toks.v[k];
    return owner->kind == NB_C_LABEL && owner->label.key && same_table(owner->label.key, tp->toks.v[label_tok].label.key);
}

/* Row j has no value: its label absent, or none of its cells a number. */
static int valueless(const nb_tables *t, int j)
{
    if (!t->seen[j]) return 1;
    for (int i = 0; i < t->keys.rows[j]->arity; i++)
        if (t->grid[j][i] && t->grid[j][i]->has_value) return 0;
    return 1;
}

void nb_flow_rows_end(nb_tparse *tp, nb_tables *t)
{
    for (int k = 0; k < t->keys.n; k++) {
        if (!tp->after_orphans[k] || !t->seen[k]) continue;
        const nb_rowdef *d = t->keys.rows[k];
        int j = k + 1;
        while (j < t->keys.n && (!t->counts[j] || nb_row_is_combined(t->keys.rows[j]->key))) j++;
        if (j >= t->keys.n || !same_table(t->keys.rows[j]->key, d->key) || !valueless(t, j)) continue;
        const nb_tcell *first = t->grid[k][0];
        nb_diag_add(tp->r, "warning", "row-label-apart", first ? &first->span : NULL,
                    "%s: its label stands right after values no row has as its own, which may be its own (in "
                    "reading order a row's label may stand after its values), and %s after it has no value: the "
                    "values after the label may be that row's; its cells are left null",
                    d->key, t->keys.rows[j]->key);
        for (int i = 0; i < d->arity; i++) {
            nb_tcell *c = t->grid[k][i];
            if (!c) continue;
            c->has_value = 0;
            c->recovered = 0;
        }
    }
}
