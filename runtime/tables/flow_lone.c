/* flow_lone.c — table 三's lone values put back where the sums say; see flow_lone.h. */
#include "flow_lone.h"

#include <stdlib.h>
#include <string.h>

#include "flow_sums.h"

enum { MAX_LONE = 3 }; /* more values set apart than that: the print's order is not a cell or two off */

/* The nearest token before (step -1) or after (step 1) token i that is not an empty cell, or NULL. */
static const nb_ctok *neighbour(const nb_ctoks *toks, size_t i, int step)
{
    for (size_t j = i; step < 0 ? j > 0 : j + 1 < toks->n;) {
        j = step < 0 ? j - 1 : j + 1;
        if (toks->v[j].kind != NB_C_EMPTY) return &toks->v[j];
    }
    return NULL;
}

/* Whether value token t stands alone: the tokens around it are text, not values. */
static int lone(const nb_ctoks *toks, const nb_ctok *t)
{
    const nb_ctok *a = neighbour(toks, (size_t)(t - toks->v), -1), *b = neighbour(toks, (size_t)(t - toks->v), 1);
    return !t->is_null && a && b && a->kind != NB_C_NUM && b->kind != NB_C_NUM;
}

/* The search over placements: rest holds the values but the moved ones, in order. */
typedef struct search {
    const nb_ctok *const *rest;
    const nb_ctok *moved[2];
    int nmoved, n, nrows, ncols;
    const nb_ctok **try_, **found;
    const int *order;     /* the place of each value of the sequence among the cells, or NULL: the same */
    const nb_ctok **laid; /* try_ at those places */
    int tables; /* distinct tables that add up: 0, 1, or 2 meaning more than one */
} search;

/* Lays rest with moved[0] at position p0 and moved[1] (if any) at p1 of the result (p0 < p1). */
static void lay(search *s, int p0, int p1)
{
    int k = 0;
    for (int i = 0; i < s->n; i++) {
        if (i == p0) s->try_[i] = s->moved[0];
        else if (s->nmoved == 2 && i == p1) s->try_[i] = s->moved[1];
        else s->try_[i] = s->rest[k++];
    }
}

static void consider(search *s)
{
    int bad_row, bad_col;
    const nb_ctok **cells = s->try_;
    if (s->order) {
        for (int i = 0; i < s->n; i++) s->laid[s->order[i]] = s->try_[i];
        cells = s->laid;
    }
    for (int r = 0; r < s->nrows; r++) /* R2 first: most placements break a row at once */
        if (!nb_flow_sums_row_adds(cells + r * s->ncols, s->ncols)) return;
    if (!nb_flow_sums_hold(cells, s->nrows, s->ncols, &bad_row, &bad_col)) return;
    if (s->tables && nb_flow_same_values(cells, s->found, s->n)) return;
    if (s->tables++) return;
    memcpy(s->found, cells, sizeof *s->found * (size_t)s->n);
}

/* Every placement of the moved values (both orders of two) into the sequence. */
static void place_all(search *s)
{
    for (int p0 = 0; p0 < s->n && s->tables < 2; p0++) {
        if (s->nmoved == 1) {
            lay(s, p0, -1);
            consider(s);
            continue;
        }
        for (int p1 = p0 + 1; p1 < s->n && s->tables < 2; p1++)
            for (int swap = 0; swap < 2 && s->tables < 2; swap++) {
                const nb_ctok *m = s->moved[0];
                if (swap) s->moved[0] = s->moved[1], s->moved[1] = m;
                lay(s, p0, p1);
                consider(s);
                if (swap) s->moved[1] = s->moved[0], s->moved[0] = m;
            }
    }
}

int nb_flow_lone_place(const nb_ctoks *toks, const nb_ctok *const *v, int nrows, int ncols, const int *order,
                       const unsigned char *says_nothing, const nb_ctok **out)
{
    int n = nrows * ncols, at[MAX_LONE], nlone = 0, result = 0;
    for (int i = 0; i < n; i++)
        if (!(says_nothing && says_nothing[i]) && lone(toks, v[i])) {
            if (nlone == MAX_LONE) return 0;
            at[nlone++] = i;
        }
    if (!nlone) return 0;
    const nb_ctok **rest = malloc(sizeof *rest * (size_t)n), **try_ = malloc(sizeof *try_ * (size_t)n),
                  **found = malloc(sizeof *found * (size_t)n), **laid = malloc(sizeof *laid * (size_t)n);
    search s = {rest, {NULL, NULL}, 0, n, nrows, ncols, try_, found, order, laid, 0};
    int moved = 0;
    if (!rest || !try_ || !found || !laid) goto done;
    /* every choice of one or two of the lone values: all the tables they make must be one */
    for (int a = 0; a < nlone && s.tables < 2; a++)
        for (int b = a; b < nlone && s.tables < 2; b++) {
            int k = 0;
            for (int i = 0; i < n; i++)
                if (i != at[a] && i != at[b]) rest[k++] = v[i];
            s.moved[0] = v[at[a]];
            s.moved[1] = v[at[b]];
            s.nmoved = a == b ? 1 : 2;
            int before = s.tables;
            place_all(&s);
            if (s.tables > before && !moved) moved = s.nmoved;
        }
    if (s.tables == 1) {
        memcpy(out, found, sizeof *out * (size_t)n);
        result = moved;
    }
done:
    free(rest);
    free(try_);
    free(found);
    free(laid);
    return result;
}
