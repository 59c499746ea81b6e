/* flow_rows.c — a row's values in reading order that may be another row's; see flow_rows.h. */
#include "flow_rows.h"

#include <string.h>

#include "combined.h"

/* Keys a and b are rows of one table (applications.*, review_litigation.*): values of one may be the other's. */
int nb_flow_same_table(const char *a, const char *b)
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
                   nb_flow_same_table(p->label.key, label->label.key)
               ? p->label.key
               : NULL;
}

/* The label token before the values right before label_tok, past the labels of groups (（三）不予公开,
 * printed among the rows' labels); 0 when none. */
size_t nb_flow_owner(const nb_tparse *tp, size_t label_tok)
{
    size_t k = label_tok - 1;
    while (k > 0 && (tp->toks.v[k].kind != NB_C_LABEL || tp->toks.v[k].label.kind == NB_L_GROUP)) k--;
    return k;
}

/* Whether label l is the label of a row (or a header of one), not of a column or a group. */
int nb_flow_is_row_label(const nb_ctok *l)
{
    return l->kind == NB_C_LABEL && (l->label.kind == NB_L_ROW || l->label.kind == NB_L_HEADROW);
}

int nb_flow_row_after_orphans(const nb_tparse *tp, size_t label_tok, nb_tspan cells, const nb_edition_keys *keys)
{
    if (label_tok == 0 || !values_below(tp, label_tok, cells)) return 0;
    const nb_ctok *p = &tp->toks.v[label_tok - 1];
    if (tp->surplus != label_tok && (tp->stray != label_tok || p->kind != NB_C_NUM)) return 0;
    size_t o = nb_flow_owner(tp, label_tok);
    const nb_ctok *owner = &tp->toks.v[o]; /* a header's label: values at the table's top */
    if (!nb_flow_is_row_label(owner)) return 1;
    if (!nb_flow_same_table(owner->label.key, tp->toks.v[label_tok].label.key)) return 0;
    /* a row's label with no value after it, then group labels (（三）不予公开 …) and one row of values:
       those are that row's, printed after the labels of the groups under it */
    size_t k = o + 1;
    while (k < label_tok && tp->toks.v[k].kind == NB_C_LABEL && tp->toks.v[k].label.kind == NB_L_GROUP) k++;
    int values = 0;
    for (size_t i = k; i < label_tok; i++) values += tp->toks.v[i].kind == NB_C_NUM || tp->toks.v[i].kind == NB_C_GLUED;
    int row = nb_edition_row_at(keys, owner->label.key, strlen(owner->label.key));
    return !(k > o + 1 && row >= 0 && values == keys->rows[row]->arity);
}
