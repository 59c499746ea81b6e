/* rowcards.c — a row printed as a card; see rowcards.h. */
#include "rowcards.h"

#include <string.h>

#include "flow_cells.h"
#include "tables.h"

static size_t next_filled(const nb_tparse *tp, size_t i)
{
    while (i < tp->toks.n && tp->toks.v[i].kind == NB_C_EMPTY) i++;
    return i;
}

/* The column of row d whose label token t is, or -1. */
static int column_of(const nb_rowdef *d, const nb_ctok *t)
{
    for (int c = 0; c < d->arity; c++)
        if (nb_token_is_word(t, d->col_labels[c], strlen(d->col_labels[c]), 0)) return c;
    return -1;
}

/* The card of row d whose label is token at: where it ends, its values in vals (by column); or 0. */
static size_t card_at(const nb_tparse *tp, const nb_rowdef *d, size_t at, nb_ctok *vals)
{
    unsigned have = 0, all = (1u << d->arity) - 1;
    size_t i = next_filled(tp, at + 1);
    while (i < tp->toks.n && have != all) {
        const nb_ctok *t = &tp->toks.v[i];
        int c = column_of(d, t);
        if (c < 0) {
            if (t->kind != NB_C_LABEL || t->label.kind != NB_L_COLUMN) return 0; /* a word over columns */
            i = next_filled(tp, i + 1);
            continue;
        }
        size_t v = next_filled(tp, i + 1);
        if ((have >> c & 1) || v >= tp->toks.n || tp->toks.v[v].kind != NB_C_NUM) return 0;
        size_t after = next_filled(tp, v + 1);
        if (after < tp->toks.n && tp->toks.v[after].kind == NB_C_NUM) return 0; /* two values: no card */
        vals[c] = tp->toks.v[v];
        have |= 1u << c;
        i = after;
    }
    return have == all ? i : 0;
}

void nb_card_rows(nb_tparse *tp)
{
    nb_tables *tb = nb_tables_get(tp->r, tp->ed);
    for (size_t i = 0; i < tp->toks.n; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        if (t->kind != NB_C_LABEL || t->label.kind != NB_L_ROW) continue;
        int row = -1;
        for (int k = 0; k < tb->keys.n && row < 0; k++)
            if (!strcmp(tb->keys.rows[k]->key, t->label.key)) row = k;
        const nb_rowdef *d = row < 0 ? NULL : tb->keys.rows[row];
        if (!d || !d->col_labels || d->arity < 2 || d->arity > NB_MAX_COLS || d->group || tb->seen[row]) continue;
        nb_ctok vals[NB_MAX_COLS];
        size_t end = card_at(tp, d, i, vals);
        if (!end) continue;
        nb_diag_add(tp->r, "info", "row-card", &t->span,
                    "%s is printed as a card (each column's label, then its value): its %d cells read by their labels",
                    d->key, d->arity);
        for (int c = 0; c < d->arity; c++) nb_flow_set_cell(tp, tb, row, c, &vals[c]);
        tb->seen[row] = 1;
        memmove(&tp->toks.v[i], &tp->toks.v[end], (tp->toks.n - end) * sizeof *tp->toks.v);
        tp->toks.n -= end - i;
        i--; /* the token now at i is the next one */
    }
}
