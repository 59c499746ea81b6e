/* rowcards.c — a row printed as a card; see rowcards.h. */
#include "rowcards.h"

#include <string.h>

#include "flow_cells.h"
#include "tables.h"
#include "utf8.h"

/* The column of row d whose label token t is, or -1. */
static int column_of(const nb_rowdef *d, const nb_ctok *t)
{
    for (int c = 0; c < d->arity; c++)
        if (nb_token_is_word(t, d->col_labels[c], strlen(d->col_labels[c]), 0)) return c;
    return -1;
}

/* The group of row d (in groups: table 四) whose name token t writes, alone or in a short label
 * (行政诉讼（复议后起诉） writes 复议后起诉), or -1. A group's name is its columns' labels' first word. */
static int group_named(const nb_rowdef *d, const nb_ctok *t)
{
    if ((t->kind != NB_C_LABEL && t->kind != NB_C_TEXT) || t->raw.n > 48) return -1;
    const unsigned char *s = (const unsigned char *)t->raw.p, *e = s + t->raw.n;
    int found = -1;
    for (int g = 0; g < d->arity / d->group; g++) {
        const char *l = d->col_labels[g * d->group], *sp = strchr(l, ' ');
        char name[64];
        if (!sp || (size_t)(sp - l) >= sizeof name) return -1;
        memcpy(name, l, (size_t)(sp - l));
        name[sp - l] = 0;
        if (!nb_find(s, e, name)) continue;
        if (found >= 0) return -1;
        found = g;
    }
    return found;
}

/* The column of group g of row d whose label (its columns' labels' second word: 结果维持) token t is. */
static int leaf_of(const nb_rowdef *d, int g, const nb_ctok *t)
{
    for (int c = 0; c < d->group; c++) {
        const char *sp = strchr(d->col_labels[g * d->group + c], ' ');
        if (sp && nb_token_is_word(t, sp + 1, strlen(sp + 1), 1)) return c;
    }
    return -1;
}

/* The card whose label or name is token at: the labels of the columns of row d (or, where g >= 0, of its
 * group g), each followed by its one value, in any order. Where it ends, its values in vals by column;
 * or 0. A row's card passes over words over columns; a group's keeps a label drawn twice with the same
 * value (a print's page break drew its line on both pages). */
static size_t card_at(const nb_tparse *tp, const nb_rowdef *d, int g, size_t at, nb_ctok *vals)
{
    unsigned have = 0, all = (1u << (g < 0 ? d->arity : d->group)) - 1;
    size_t i = nb_next_filled(tp, at + 1);
    while (i < tp->toks.n && have != all) {
        const nb_ctok *t = &tp->toks.v[i];
        int c = g < 0 ? column_of(d, t) : leaf_of(d, g, t);
        if (c < 0 && g < 0 && t->kind == NB_C_LABEL && t->label.kind == NB_L_COLUMN) {
            i = nb_next_filled(tp, i + 1); /* a word over columns */
            continue;
        }
        size_t v = nb_next_filled(tp, i + 1);
        if (c < 0 || v >= tp->toks.n || tp->toks.v[v].kind != NB_C_NUM) return 0;
        size_t after = nb_next_filled(tp, v + 1);
        if (after < tp->toks.n && tp->toks.v[after].kind == NB_C_NUM) return 0; /* two values: no card */
        if (have >> c & 1) { /* a label twice */
            const nb_ctok *a = &vals[c], *b = &tp->toks.v[v];
            if (g < 0 || a->is_null != b->is_null || (!a->is_null && a->value != b->value)) return 0;
        } else {
            vals[c] = tp->toks.v[v];
            have |= 1u << c;
        }
        i = after;
    }
    return have == all ? i : 0;
}

/* Row `row`, in groups, printed as a card a group (table 四: 行政复议, then 结果维持 8, 结果纠正 2 …; then
 * 行政诉讼（未经复议直接起诉）…): read where every group's card is found once, whole. */
static void group_cards(nb_tparse *tp, nb_tables *tb, int row)
{
    const nb_rowdef *d = tb->keys.rows[row];
    int groups = d->arity / d->group;
    size_t from[NB_MAX_COLS], to[NB_MAX_COLS];
    nb_ctok vals[NB_MAX_COLS];
    int found = 0;
    for (size_t i = 0; i < tp->toks.n; i++) {
        int g = group_named(d, &tp->toks.v[i]);
        if (g < 0) continue;
        size_t end = card_at(tp, d, g, i, vals + g * d->group);
        if (!end) continue;
        if (found >> g & 1) return; /* a group's card twice: which is the report's is not known */
        found |= 1 << g;
        from[g] = i;
        to[g] = end;
        i = end - 1;
    }
    if (found != (1 << groups) - 1) return;
    nb_diag_add(tp->r, "info", "row-card", &tp->toks.v[from[0]].span,
                "%s is printed as a card a group (its name, then each column's label and its value): its %d cells "
                "read by their labels", d->key, d->arity);
    for (int c = 0; c < d->arity; c++) nb_flow_set_cell(tp, tb, row, c, &vals[c]);
    tb->seen[row] = 1;
    for (int k = 0; k < groups; k++) { /* their tokens out, the last card's first */
        int g = 0;
        for (int j = 1; j < groups; j++)
            if (from[j] > from[g]) g = j;
        memmove(&tp->toks.v[from[g]], &tp->toks.v[to[g]], (tp->toks.n - to[g]) * sizeof *tp->toks.v);
        tp->toks.n -= to[g] - from[g];
        from[g] = 0;
    }
}

void nb_card_rows(nb_tparse *tp)
{
    nb_tables *tb = nb_tables_get(tp->r, tp->ed);
    for (size_t i = 0; i < tp->toks.n; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        if (t->kind != NB_C_LABEL || t->label.kind != NB_L_ROW) continue;
        int row = nb_tables_place(tb, t->label.key);
        const nb_rowdef *d = row < 0 ? NULL : tb->keys.rows[row];
        if (!d || !d->col_labels || d->arity < 2 || d->arity > NB_MAX_COLS || d->group || tb->seen[row]) continue;
        nb_ctok vals[NB_MAX_COLS];
        size_t end = card_at(tp, d, -1, i, vals);
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
    for (int k = 0; k < tb->keys.n; k++) {
        const nb_rowdef *d = tb->keys.rows[k];
        if (d->group && d->col_labels && d->arity <= NB_MAX_COLS && d->arity / d->group <= NB_MAX_COLS && !tb->seen[k])
            group_cards(tp, tb, k);
    }
}
