/* flow_chain.c — runs of rows whose labels may each stand after their own values; see flow_chain.h. */
#include "flow_chain.h"

#include <string.h>

#include "combined.h"
#include "flow_rows.h"

enum { MIN_TOP_VALUES = 5 }; /* values above a table's first label that say its rows go so */

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
    return !nb_flow_is_row_label(&tp->toks.v[nb_flow_owner(tp, first)]);
}

/* Makes null the cells of the row at place k, with a warning; why: the rest of the message. */
static void null_row(nb_tparse *tp, nb_tables *t, int k, size_t label_tok, const char *why, const char *key)
{
    const nb_rowdef *d = t->keys.rows[k];
    int had = 0;
    for (int c = 0; c < d->arity; c++)
        if (t->grid[k][c] && t->grid[k][c]->has_value) {
            t->grid[k][c]->has_value = 0;
            t->grid[k][c]->recovered = 0;
            had = 1;
        }
    if (had)
        nb_diag_add(tp->r, "warning", "row-label-apart", &tp->toks.v[label_tok].span,
                    "%s: from %s on, %s: its values may be the row's after it; its cells are left null", d->key, key, why);
}

/* A table whose first row has its values above its label: in it, a row read from the values on the
 * lines after its label may be the next row's, printed above that row's label. Each row can go either
 * way (a label on two lines stands above its values, one on a line below them), so none read so is
 * certain. */
static void below_in_top(nb_tparse *tp, nb_tables *t, const char *top)
{
    for (int k = 0; k < t->keys.n; k++)
        if (tp->below[k] && nb_flow_same_table(top, t->keys.rows[k]->key) && !nb_row_is_combined(t->keys.rows[k]->key))
            null_row(tp, t, k, tp->below[k] - 1,
                     "the table's first row has its values above its label, and this row's values stand after its", top);
}

void nb_flow_rows_end(nb_tparse *tp, nb_tables *t)
{
    const char *top = NULL; /* a table whose first row's label stands after its values */
    for (int k = 0; k < t->keys.n; k++)
        if (tp->after_orphans[k] && at_top(tp, tp->after_orphans[k] - 1)) {
            if (!top) top = t->keys.rows[k]->key;
            /* in each table whose first row is so: a row's label with many values, all of them above
               it. One value before a block's first label (table 二's, under each block's own header)
               says little of the order, nor does a later row's after a header a page repeats, nor a
               header row's (table 四's stands above its values; those before it are another table's) */
            const nb_rowdef *d = t->keys.rows[k];
            const nb_ctok *l = &tp->toks.v[tp->after_orphans[k] - 1];
            if (d->arity >= MIN_TOP_VALUES && l->label.kind == NB_L_ROW &&
                (k == 0 || !nb_flow_same_table(t->keys.rows[k - 1]->key, d->key)) &&
                nb_values_before(tp, tp->after_orphans[k] - 1, 0) >= (size_t)d->arity) /* all its values */
                below_in_top(tp, t, d->key);
        }
    for (int k = 0; k < t->keys.n; k++) {
        if (!tp->after_orphans[k]) continue;
        size_t first = tp->after_orphans[k] - 1, tok = first, end = first;
        const char *key = t->keys.rows[k]->key;
        int n, row = k, all = top && nb_flow_same_table(top, key);
        for (;;) { /* along the chain: each label with one row of values after it */
            size_t next = next_row_label(tp, t, tok, &n);
            end = n == 0 ? tok : all ? tok + 1 : first; /* where the other reading is whole too */
            if (n == 0 || n != t->keys.rows[row]->arity || next == tp->toks.n) break;
            row = row_of(t, &tp->toks.v[next]);
            if (!nb_flow_same_table(t->keys.rows[row]->key, key)) break;
            tok = next;
        }
        if (end == first) continue; /* the chain ends as only the first reading has it */
        for (size_t i = first; i < end; i++) {
            int r = row_of(t, &tp->toks.v[i]);
            if (r < 0 || nb_row_is_combined(t->keys.rows[r]->key)) continue;
            null_row(tp, t, r, i,
                     all ? "each label may stand after its own values (values no row took stand before that label, "
                           "and the table's first row has its values above its label)"
                         : "each label may stand after its own values (values no row took stand before that label, "
                           "and a label with no value after it ends the run)",
                     key);
        }
    }
}
