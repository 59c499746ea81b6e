/* flow_bands.c — table 三's rows in runs read column by column; see flow_bands.h. */
#include "flow_bands.h"

#include <stdlib.h>
#include <string.h>

#include "flow_cells.h"
#include "flow_sums.h"
#include "tables.h"

enum { MAX_TRIES = 200000 }; /* runs tried, past which a table is too uncertain to prove */

typedef struct search {
    const nb_ctok *const *v;             /* the values in reading order */
    const unsigned char *gap;            /* gap[i]: between v[i] and v[i + 1] in the text (nb_flow_gap) */
    int nrows, ncols;
    const nb_ctok *w[NB_MAX_ROWS * NB_MAX_COLS];    /* the rows as the runs tried so far lay them */
    const nb_ctok *found[NB_MAX_ROWS * NB_MAX_COLS]; /* the first table that adds up */
    int runs, cells, found_runs, found_cells;
    int allow_slip, slipped, found_slip; /* one row's 总计 off (flow_sums.h: a report's own slip) */
    int solutions, tries;                /* solutions: 0, 1, or 2 for two tables with other numbers */
} search;


/* Whether the gap between two values of a run of k rows read down (k > 1) or across (k = 1) may be
 * what the text has there: in a column of a run read down, one line break (the column is one block of
 * lines); between its columns and around the run, a block's break; inside and around a row read across,
 * no line break alone (values one above the other with nothing between are a column's). */
static int gap_fits(int gap, int k, int inside_column)
{
    if (k == 1) return gap == NB_GAP_BLOCK || gap == NB_GAP_SAME_LINE;
    return gap == (inside_column ? NB_GAP_NEXT_LINE : NB_GAP_BLOCK);
}

/* Whether the text's blocks allow the run of k rows from row r, read down (k > 1) or across: a run's
 * columns are the blocks pdftotext made of them, not a cut the arithmetic alone chose (two runs laid
 * over each other can leave one cut that adds up and is wrong). A run of as many rows as columns is
 * not tried: pdftotext may make a block of lines of a row read across too, and k such blocks of k
 * values each could be either. */
static int run_fits_blocks(const search *s, int r, int k)
{
    if (k == s->ncols) return 0; /* its blocks could as well be its rows, each a block of lines */
    int first = r * s->ncols, end = (r + k) * s->ncols, n = s->nrows * s->ncols;
    if (first > 0 && !gap_fits(s->gap[first - 1], k, 0)) return 0;
    if (end < n && !gap_fits(s->gap[end - 1], k, 0)) return 0;
    for (int i = first; i + 1 < end; i++)
        if (!gap_fits(s->gap[i], k, (i - first + 1) % k != 0)) return 0;
    return 1;
}

static void table_done(search *s)
{
    int n = s->nrows * s->ncols, bad_row, bad_col, slip_row, slip_col;
    double want;
    int slip = !nb_flow_sums_hold(s->w, s->nrows, s->ncols, &bad_row, &bad_col);
    if (slip && !(s->allow_slip && nb_flow_sums_one_slip(s->w, s->nrows, s->ncols, &slip_row, &slip_col, &want)))
        return;
    if (!s->solutions) {
        memcpy(s->found, s->w, sizeof *s->w * (size_t)n);
        s->found_runs = s->runs, s->found_cells = s->cells, s->found_slip = slip;
        s->solutions = 1;
    } else if (!nb_flow_same_values(s->found, s->w, n))
        s->solutions = 2;
}

/* Every way the text's blocks allow to lay the rows from row r on, each run's rows adding up (R2) as
 * laid, but one row where a slip is allowed (the sums over the whole table then decide, flow_sums.h). */
static void lay_from(search *s, int r)
{
    if (s->solutions > 1 || s->tries > MAX_TRIES) return;
    if (r == s->nrows) {
        table_done(s);
        return;
    }
    int ncols = s->ncols;
    for (int k = 1; k <= NB_FLOW_BAND_MAX && r + k <= s->nrows; k++) {
        if (++s->tries > MAX_TRIES) return;
        if (!run_fits_blocks(s, r, k)) continue;
        const nb_ctok *const *run = s->v + (size_t)r * (size_t)ncols;
        const nb_ctok **out = s->w + (size_t)r * (size_t)ncols;
        int off = 0; /* rows of the run that do not add up */
        for (int i = 0; i < k; i++) {
            for (int c = 0; c < ncols; c++) out[i * ncols + c] = run[k > 1 ? c * k + i : i * ncols + c];
            off += !nb_flow_sums_row_adds(out + i * ncols, ncols);
        }
        if (off > (s->allow_slip && !s->slipped)) continue;
        s->runs += k > 1, s->cells += k > 1 ? k * ncols : 0, s->slipped += off;
        lay_from(s, r + k);
        s->runs -= k > 1, s->cells -= k > 1 ? k * ncols : 0, s->slipped -= off;
    }
}

int nb_flow_bands(const nb_ctok **v, const unsigned char *gap, int nrows, int ncols, int allow_slip, int *runs, int *cells,
                  int *slip)
{
    if (nrows < 5 || nrows > NB_MAX_ROWS || ncols < 2 || ncols > NB_MAX_COLS) return 0;
    search *s = calloc(1, sizeof *s); /* two tables of tokens: kept off the stack */
    if (!s) return 0;
    s->v = v, s->gap = gap, s->nrows = nrows, s->ncols = ncols, s->allow_slip = allow_slip;
    lay_from(s, 0);
    int ok = s->solutions == 1 && s->tries <= MAX_TRIES && s->found_runs > 0;
    if (ok) {
        memcpy(v, s->found, sizeof *v * (size_t)(nrows * ncols));
        *runs = s->found_runs, *cells = s->found_cells, *slip = s->found_slip;
    }
    free(s);
    return ok;
}
