/* flow_joins.c — table 三's values with numbers split over two lines; see flow_joins.h. */
#include "flow_joins.h"

#include <stdlib.h>
#include <string.h>

#include "flow_cells.h"
#include "flow_sums.h"

enum {
    MAX_JOIN_COLS = 8,     /* a row's 2^ncols ways to cut: table 三 has 7 columns */
    MAX_STEPS = 1 << 20,   /* rows tried in all; past it the cut is not searched to the end */
};

/* Whether a and b (a right before b) can be one number's two pieces: both digits, a not starting
 * with 0, and only a line break between them in the text. */
static int pieces(const nb_tparse *tp, const nb_ctok *a, const nb_ctok *b)
{
    if (!nb_token_digits(a) || !nb_token_digits(b) || a->raw.p[0] == '0') return 0;
    return nb_flow_gap_between(tp->r, a, b) == NB_GAP_NEXT_LINE;
}

typedef struct search {
    const nb_tparse *tp;
    const nb_ctok *const *v;
    int n, nrows, ncols;
    unsigned char *join; /* join[i]: v[i] and v[i + 1] may be one number */
    int *mask;           /* the row being tried: which of its cells are two pieces */
    int *found_mask;     /* the first cut that adds up */
    int found, steps;
    double *cells;       /* the values of the rows so far, row by row */
    nb_ctok *tok;        /* the cut's cells as tokens, for the sums */
    const nb_ctok **ptr;
} search;

/* The value of the cell that starts at v[p], joined or not. */
static double cell_value(const search *s, int p, int joined)
{
    if (!joined) return s->v[p]->is_null ? 0 : s->v[p]->value;
    double x = s->v[p]->value;
    for (size_t i = 0; i < s->v[p + 1]->raw.n; i++) x *= 10;
    return x + s->v[p + 1]->value;
}

/* R1 and R3, each column, over the cut's rows (R2 held row by row). */
static int columns_hold(const search *s)
{
    int want = s->nrows * s->ncols, bad_row, bad_col;
    for (int i = 0; i < want; i++) {
        s->tok[i] = (nb_ctok){.kind = NB_C_NUM, .value = s->cells[i]};
        s->ptr[i] = &s->tok[i];
    }
    return nb_flow_sums_hold(s->ptr, s->nrows, s->ncols, &bad_row, &bad_col);
}

/* Row r from v[p] on, each way to cut it that adds up (R2), then the rows after it. */
static void rows_from(search *s, int r, int p)
{
    if (s->found > 1 || s->steps > MAX_STEPS) return;
    if (r == s->nrows) {
        if (p == s->n && columns_hold(s) && ++s->found == 1)
            memcpy(s->found_mask, s->mask, sizeof *s->mask * (size_t)s->nrows);
        return;
    }
    int nc = s->ncols;
    for (int m = 0; m < 1 << nc; m++) {
        s->steps++;
        int q = p, ok = 1;
        double sum = 0, *row = s->cells + r * nc;
        for (int c = 0; c < nc && ok; c++) {
            int two = m >> c & 1;
            if (q + two >= s->n || (two && !s->join[q])) ok = 0;
            else row[c] = cell_value(s, q, two), q += 1 + two;
            if (ok && c < nc - 1) sum += row[c];
        }
        if (!ok || sum != row[nc - 1]) continue;
        /* the values left must still fill the rows after, at most two a cell */
        int rest = (s->nrows - r - 1) * nc;
        if (s->n - q < rest || s->n - q > 2 * rest) continue;
        s->mask[r] = m;
        rows_from(s, r + 1, q);
        if (s->found > 1 || s->steps > MAX_STEPS) return;
    }
}

int nb_flow_join_pieces(const nb_tparse *tp, const nb_ctok *const *v, int n, int nrows, int ncols,
                        nb_ctok *joined, const nb_ctok **out)
{
    int want = nrows * ncols;
    if (ncols > MAX_JOIN_COLS || nrows < 5 || n <= want || n > 2 * want) return 0;
    search s = {tp, v, n, nrows, ncols, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL};
    s.join = calloc((size_t)n, 1);
    s.mask = calloc((size_t)nrows, sizeof *s.mask);
    s.found_mask = calloc((size_t)nrows, sizeof *s.found_mask);
    s.cells = calloc((size_t)want, sizeof *s.cells);
    s.tok = calloc((size_t)want, sizeof *s.tok);
    s.ptr = calloc((size_t)want, sizeof *s.ptr);
    int result = 0;
    if (!s.join || !s.mask || !s.found_mask || !s.cells || !s.tok || !s.ptr) goto done;
    for (int i = 0; i + 1 < n; i++) s.join[i] = (unsigned char)pieces(tp, v[i], v[i + 1]);
    rows_from(&s, 0, 0);
    if (s.found != 1 || s.steps > MAX_STEPS) {
        result = s.found || s.steps > MAX_STEPS ? -1 : 0;
        goto done;
    }
    for (int r = 0, p = 0; r < nrows; r++)
        for (int c = 0; c < ncols; c++) {
            const nb_ctok *a = v[p];
            if (!(s.found_mask[r] >> c & 1)) {
                out[r * ncols + c] = a, p++;
                continue;
            }
            const nb_ctok *b = v[p + 1];
            nb_ctok *j = &joined[result++];
            *j = *a;
            j->raw.n = b->span.byte + b->raw.n - a->span.byte; /* both pieces, the line break between */
            j->value = cell_value(&s, p, 1);
            out[r * ncols + c] = j, p += 2;
        }
done:
    free(s.join);
    free(s.mask);
    free(s.found_mask);
    free(s.cells);
    free(s.tok);
    free(s.ptr);
    return result;
}
