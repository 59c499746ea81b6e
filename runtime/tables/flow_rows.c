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

/* The label token before the values right before label_tok, past the labels of groups (（三）不予公开,
 * printed among the rows' labels); 0 when none. */
static size_t owner_of(const nb_tparse *tp, size_t label_tok)
{
    size_t k = label_tok - 1;
    while (k > 0 && (tp->toks.v[k].kind != NB_C_LABEL || tp->toks.v[k].label.kind == NB_L_GROUP)) k--;
    return k;
}

/* Whether label l is the label of a row (or a header of one), not of a column or a group. */
static int is_row_label(const nb_ctok *l)
{
    return l->kind == NB_C_LABEL && (l->label.kind == NB_L_ROW || l->label.kind == NB_L_HEADROW);
}

int nb_flow_row_after_orphans(const nb_tparse *tp, size_t label_tok, nb_tspan cells)
{
    if (label_tok == 0 || !values_below(tp, label_tok, cells)) return 0;
    const nb_ctok *p = &tp->toks.v[label_tok - 1];
    if (tp->surplus != label_tok && (tp->stray != label_tok || p->kind != NB_C_NUM)) return 0;
    size_t o = owner_of(tp, label_tok);
    const nb_ctok *owner = &tp->toks.v[o]; /* a header's label: values at the table's top */
    if (!is_row_label(owner)) return 1;
    if (!same_table(owner->label.key, tp->toks.v[label_tok].label.key)) return 0;
    /* a row's label with no value after it, then group labels (（三）不予公开 …) and one row of values:
       those are that row's, printed after the labels of the groups under it */
    size_t k = o + 1;
    while (k < label_tok && tp->toks.v[k].kind == NB_C_LABEL && tp->toks.v[k].label.kind == NB_L_GROUP) k++;
    int values = 0;
    for (size_t i = k; i < label_tok; i++) values += tp->toks.v[i].kind == NB_C_NUM || tp->toks.v[i].kind == NB_C_GLUED;
    int row = nb_edition_row_at(&nb_tables_get(tp->r, tp->ed)->keys, owner->label.key, strlen(owner->label.key));
    return !(k > o + 1 && row >= 0 && values == nb_tables_get(tp->r, tp->ed)->keys.rows[row]->arity);
}

/* The row of a row label token (its place in the edition), or -1. */
static int row_of(const nb_tables *t, const nb_ctok *l)
{
    if (l->kind != NB_C_LABEL || l->label.kind != NB_L_ROW || !l->label.key) return -1;
    return nb_edition_row_at(&t->keys, l->label.key, strlen(l->label.key));
}

/* The next row label token after tok that is not a combined row's (a label over the rows under it),
 * or toks.n; *values: the values between (blank cells not counted). */
static size_t next_row_label(const nb_tparse *tp, const nb_tables *t, size_t tok, int *values)
{
    *values = 0;
    for (size_t i = tok + 1; i < tp->toks.n; i++) {
        const nb_ctok *v = &tp->toks.v[i];
        int row = row_of(t, v);
        if (row >= 0 && !nb_row_is_combined(t->keys.rows[row]->key)) return i;
        *values += v->kind == NB_C_NUM || v->kind == NB_C_GLUED; /* a text is a label's piece here */
    }
    return tp->toks.n;
}

/* The first label token of a chain: the values before it stand at its table's top (no row's label
 * before them, only the header's). */
static int at_top(const nb_tparse *tp, size_t first)
{
    return !is_row_label(&tp->toks.v[owner_of(tp, first)]);
}

void nb_flow_rows_end(nb_tparse *tp, nb_tables *t)
{
    const char *top = NULL; /* a table whose first row's label stands after its values */
    for (int k = 0; k < t->keys.n && !top; k++)
        if (tp->after_orphans[k] && at_top(tp, tp->after_orphans[k] - 1)) top = t->keys.rows[k]->key;
    for (int k = 0; k < t->keys.n; k++) {
        if (!tp->after_orphans[k]) continue;
        size_t first = tp->after_orphans[k] - 1, tok = first, end = first;
        const char *key = t->keys.rows[k]->key;
        int n, row = k, all = top && same_table(top, key);
        for (;;) { /* along the chain: each label with one row of values after it */
            size_t next = next_row_label(tp, t, tok, &n);
            end = n == 0 ? tok : all ? tok + 1 : first; /* where the other reading is whole too */
            if (n == 0 || n != t->keys.rows[row]->arity || next == tp->toks.n) break;
            row = row_of(t, &tp->toks.v[next]);
            if (!same_table(t->keys.rows[row]->key, key)) break;
            tok = next;
        }
        if (end == first) continue; /* the chain ends as only the first reading has it */
        for (size_t i = first; i < end; i++) {
            int r = row_of(t, &tp->toks.v[i]);
            if (r < 0 || nb_row_is_combined(t->keys.rows[r]->key)) continue;
            const nb_rowdef *d = t->keys.rows[r];
            int had = 0;
            for (int c = 0; c < d->arity; c++)
                if (t->grid[r][c] && t->grid[r][c]->has_value) {
                    t->grid[r][c]->has_value = 0;
                    t->grid[r][c]->recovered = 0;
                    had = 1;
                }
            if (had)
                nb_diag_add(tp->r, "warning", "row-label-apart", &tp->toks.v[i].span,
                            "%s: from %s on, each label may stand after its own values (values no row took stand "
                            "before that label%s): its values may be the row's after it; its cells are left null",
                            d->key, key, all ? ", and the table's first row has its values above its label" : ", and a label with no value after it ends the run");
        }
    }
}
