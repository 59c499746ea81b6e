/* subtotal.c — table 三's column of subtotals taken out of its rows (subtotal.h). */
#include "subtotal.h"

#include <string.h>

#include "rows.h"
#include "tablehead.h"
#include "tables.h"
#include "utf8.h"

enum { COLS = 7, WITH = COLS + 1, SUB = 6 }; /* the template's seven; with the subtotal, eight; its place */

/* The row of table 三 label token t is, or NULL. */
static const nb_rowdef *applicants_row(const nb_tables *tb, const nb_ctok *t)
{
    int k = t->kind == NB_C_LABEL && t->label.kind == NB_L_ROW ? nb_tables_place(tb, t->label.key) : -1;
    if (k < 0) return NULL;
    return tb->keys.rows[k]->cols == nb_cols_applicants && tb->keys.rows[k]->arity == COLS ? tb->keys.rows[k] : NULL;
}

/* The eight values right after label token at (blank cells before them aside) into at[], if the row has
 * exactly those, all numbers, adding up with a subtotal seventh: 1; else 0. */
static int row_with_subtotal(const nb_tparse *tp, size_t label, size_t at[WITH])
{
    double v[WITH];
    size_t i = nb_next_filled(tp, label + 1);
    for (int k = 0; k < WITH; k++, i = nb_next_filled(tp, i + 1)) {
        if (i >= tp->toks.n || tp->toks.v[i].kind != NB_C_NUM) return 0;
        at[k] = i;
        v[k] = tp->toks.v[i].is_null ? 0 : tp->toks.v[i].value;
    }
    if (i < tp->toks.n && tp->toks.v[i].kind == NB_C_NUM && tp->toks.v[i].span.line == tp->toks.v[at[WITH - 1]].span.line)
        return 0; /* a value more on the line */
    double legal = 0;
    for (int k = 1; k < SUB; k++) legal += v[k];
    return v[SUB] == legal && v[WITH - 1] == v[0] + v[SUB];
}

void nb_subtotal_cells(nb_tparse *tp)
{
    nb_tables *tb = nb_tables_get(tp->r, tp->ed);
    int asked = 0;
    for (size_t i = 0; i < tp->toks.n; i++) {
        const nb_rowdef *d = applicants_row(tb, &tp->toks.v[i]);
        if (!d) continue;
        if (!asked) { /* the header above the table's first row writes 小计 */
            const unsigned char *hs, *he;
            nb_header_text(tp->r, tp->toks.v[i].span.byte, &hs, &he);
            if (!nb_find(hs, he, "小计")) return;
            asked = 1;
        }
        size_t at[WITH];
        if (!row_with_subtotal(tp, i, at)) continue;
        const nb_ctok *s = &tp->toks.v[at[SUB]];
        nb_diag_add(tp->r, "info", "row-subtotal", &s->span,
                    "%s: \"%.*s\" under 小计 is the five legal persons' sum, no cell of the template: left out", d->key,
                    (int)(s->raw.n > 20 ? 20 : s->raw.n), s->raw.p);
        memmove(&tp->toks.v[at[SUB]], &tp->toks.v[at[SUB] + 1], (tp->toks.n - at[SUB] - 1) * sizeof *tp->toks.v);
        tp->toks.n--;
    }
}
