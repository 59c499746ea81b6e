/* rowpieces.c — a row printed wrapped, in pieces each under its own header; see rowpieces.h. */
#include "rowpieces.h"

#include <string.h>

#include "buf.h"
#include "rowturned.h"
#include "tables.h"

/* Whether token t is a short note in brackets a header adds to a group's word ((续), （接上表）). */
static int bracket_note(const nb_ctok *t)
{
    const char *p = t->raw.p;
    size_t n = t->raw.n;
    if (t->kind != NB_C_TEXT || n < 3 || n > 18) return 0;
    int open = p[0] == '(' || !memcmp(p, "（", 3), close = p[n - 1] == ')' || (n >= 6 && !memcmp(p + n - 3, "）", 3));
    return open && close;
}

/* Whether token t is the header over one of the groups g0 … g1 of d (行政诉讼). */
static int over_groups(const nb_edition *ed, const nb_rowdef *d, const nb_ctok *t, int g0, int g1)
{
    for (int g = g0; g <= g1; g++) {
        const char *o = nb_turned_over_of(ed, d, g);
        if (o && nb_token_is_word(t, o, strlen(o), 1)) return 1;
    }
    return 0;
}

/* How many columns of d, from column from on, the header from token head up to token first names (see
 * rowpieces.h), or 0 where it names them otherwise or names anything else. */
static int columns_named(const nb_tparse *tp, const nb_rowdef *d, size_t head, size_t first, int from)
{
    int groups[NB_MAX_COLS], ng = 0, n = 0;
    for (size_t i = head; i < first; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        int g = nb_turned_group_of(d, t), c = g < 0 ? nb_turned_column_of(d, t) : -1;
        if (t->kind == NB_C_EMPTY || bracket_note(t) || nb_turned_is_over(tp->ed, d, t)) continue;
        if (g >= 0 && ng < NB_MAX_COLS) groups[ng++] = g;
        else if (c >= 0 && from + n < d->arity && c == (from + n) % d->group) n++;
        else return 0;
    }
    if (!n) return 0;
    int g0 = from / d->group, g1 = (from + n - 1) / d->group;
    if (ng != g1 - g0 + 1) return 0;
    for (int k = 0; k < ng; k++)
        if (groups[k] != g0 + k) return 0;
    for (size_t i = head; i < first; i++) /* a header over groups: over some of these */
        if (nb_turned_group_of(d, &tp->toks.v[i]) < 0 && nb_turned_is_over(tp->ed, d, &tp->toks.v[i]) &&
            !over_groups(tp->ed, d, &tp->toks.v[i], g0, g1))
            return 0;
    return n;
}

/* Whether columns 0 … n-1 of row key are a part the edition declares: a table of its own (rowparts.h). */
static int is_part(const nb_edition *ed, const char *key, int n)
{
    for (const nb_rowpart *p = ed->parts; p && p->row; p++)
        if (!strcmp(p->row, key) && p->first == 0 && p->count == n) return 1;
    return 0;
}

/* Whether each group of columns of the held pieces keeps its sum: its last column the sum of the
 * others, as NB_SPLIT_GROUPS declares (table 四's 总计). A print that clips a piece's right edge leaves
 * its header words whole and cuts its last value (10 printed 1): the header does not prove the values
 * whole, a group that keeps its sum does (one value cut changes one number of the group). */
static int groups_hold(const nb_tparse *tp, const nb_rowdef *d)
{
    double v[NB_MAX_COLS];
    int ok[NB_MAX_COLS] = {0};
    for (int i = 0; i < tp->nheld; i++) {
        const nb_rowpiece *p = &tp->held[i];
        for (int k = 0; k < p->count && p->first + k < NB_MAX_COLS; k++) {
            const nb_ctok *t = &tp->toks.v[p->cells.first + (size_t)k];
            ok[p->first + k] = t->kind == NB_C_NUM && !t->is_null;
            v[p->first + k] = t->value;
        }
    }
    for (int g = 0; (g + 1) * d->group <= d->arity && (g + 1) * d->group <= NB_MAX_COLS; g++) {
        const int *o = ok + g * d->group;
        const double *x = v + g * d->group;
        double sum = 0;
        for (int k = 0; k < d->group; k++)
            if (!o[k]) return 0;
        for (int k = 0; k + 1 < d->group; k++) sum += x[k];
        if (sum != x[d->group - 1]) return 0;
    }
    return 1;
}

/* The held pieces, the row complete: each piece's values under its columns, said; or, a group not
 * keeping its sum, none (null, said). */
static void read_pieces(nb_tparse *tp, const nb_rowdef *d)
{
    if (!groups_hold(tp, d)) {
        nb_diag_add(tp->r, "warning", "row-wrapped-unsure", &tp->toks.v[tp->held[0].head].span,
                    "%s is printed wrapped in %d pieces, but a group of its columns does not keep its sum: a "
                    "value may be cut (a print's edge) or the report's own; left null",
                    d->key, tp->nheld);
        for (int i = 0; i < tp->nheld; i++)
            for (size_t k = 0; k < tp->held[i].cells.count; k++)
                if (tp->toks.v[tp->held[i].cells.first + k].kind != NB_C_EMPTY)
                    nb_table_stray(tp, tp->held[i].cells.first + k);
        tp->nheld = 0;
        return;
    }
    nb_buf b;
    nb_buf_init(&b);
    for (int i = 0; i < tp->nheld; i++) {
        const nb_rowpiece *p = &tp->held[i];
        nb_buf_printf(&b, "%s%s … %s", i ? ", " : "", d->cols[p->first], d->cols[p->first + p->count - 1]);
    }
    nb_diag_add(tp->r, "info", "row-wrapped", &tp->toks.v[tp->held[0].head].span,
                "%s is printed wrapped in %d pieces, each under a header that names its columns in the "
                "template's order: %s", d->key, tp->nheld, b.data);
    nb_buf_free(&b);
    int n = tp->nheld;
    tp->nheld = 0;
    for (int i = 0; i < n; i++) {
        const nb_rowpiece *p = &tp->held[i];
        nb_rowdef view = *d;
        view.arity = p->count;
        view.cols = d->cols + p->first;
        view.col_labels = d->col_labels + p->first;
        view.flags = d->flags ? d->flags + p->first : NULL;
        nb_table_cells(tp, p->head, p->cells, p->row, &view);
    }
}

int nb_piece_take(nb_tparse *tp, size_t head, nb_tspan cells)
{
    const nb_ctok *h = &tp->toks.v[head];
    const char *key = h->kind == NB_C_LABEL ? h->label.key : NULL;
    nb_tables *t = nb_tables_get(tp->r, tp->ed);
    int row = key ? nb_edition_row_at(&t->keys, key, strlen(key)) : -1;
    if (row < 0 || tp->nheld == NB_MAX_PIECES || (tp->nheld && tp->held[0].row != row)) return 0;
    const nb_rowdef *d = t->keys.rows[row];
    if (!nb_turned_grouped(d)) return 0;
    const nb_rowpiece *last = tp->nheld ? &tp->held[tp->nheld - 1] : NULL;
    int from = last ? last->first + last->count : 0;
    int n = columns_named(tp, d, head, cells.first, from);
    while (cells.count > (size_t)n && tp->toks.v[cells.first + cells.count - 1].kind == NB_C_EMPTY) cells.count--;
    if (!n || cells.count != (size_t)n) return 0;
    if (!last && (n == d->arity || is_part(tp->ed, key, n))) return 0; /* the whole row, or a part of it */
    tp->held[tp->nheld++] = (nb_rowpiece){head, cells, row, from, n};
    if (from + n == d->arity) read_pieces(tp, d);
    return 1;
}
