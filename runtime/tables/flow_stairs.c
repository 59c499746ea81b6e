/* flow_stairs.c — table 三's text blocks laid as pieces of columns; see flow_stairs.h. */
#include "flow_stairs.h"

#include <stdlib.h>
#include <string.h>

#include "flow_cells.h"
#include "flow_sums.h"
#include "tables.h"

enum { MAX_TRIES = 200000 }; /* placements tried, past which a table is too uncertain to prove */

typedef struct stairs {
    const nb_ctok *const *v;
    int nrows, ncols, nblocks;
    int start[NB_MAX_ROWS * NB_MAX_COLS], len[NB_MAX_ROWS * NB_MAX_COLS]; /* each block: first value, lines */
    int height[NB_MAX_COLS];                                                /* rows each column holds so far */
    const nb_ctok *w[NB_MAX_ROWS * NB_MAX_COLS];                            /* the cells as laid so far */
    const nb_ctok *found[NB_MAX_ROWS * NB_MAX_COLS];
    int solutions, tries;
} stairs;

/* Whether the rows a block just filled in the last column add up (R2): the staircase holds every
 * cell left of them already. */
static int rows_add(const stairs *s, int from, int to)
{
    for (int r = from; r < to; r++)
        if (!nb_flow_sums_row_adds(s->w + (size_t)r * (size_t)s->ncols, s->ncols)) return 0;
    return 1;
}

static void table_done(stairs *s)
{
    int n = s->nrows * s->ncols, bad_row, bad_col;
    if (!nb_flow_sums_hold(s->w, s->nrows, s->ncols, &bad_row, &bad_col)) return;
    if (!s->solutions) {
        memcpy(s->found, s->w, sizeof *s->w * (size_t)n);
        s->solutions = 1;
    } else if (!nb_flow_same_values(s->found, s->w, n))
        s->solutions = 2;
}

/* Block b into column c (its cells below what c holds), then the blocks after it. */
static void place(stairs *s, int b, int c);

/* Every column the staircase allows block b after a block in column prev: the next column, where the
 * column left of it holds the rows the block covers; or the first column, below what it holds. */
static void lay_from(stairs *s, int b, int prev)
{
    if (s->solutions > 1 || s->tries > MAX_TRIES) return;
    if (b == s->nblocks) {
        table_done(s);
        return;
    }
    int c = prev + 1, k = s->len[b];
    int next = c > 0 && c < s->ncols && s->height[c] + k <= s->height[c - 1];
    if (next) place(s, b, c);
    /* back to the first column: where the next cannot take it, or for a column piece (a run of rows
       read down may start below a row read across but for its 总计); a value alone goes on across */
    if ((!next || k > 1) && s->height[0] + k <= s->nrows) place(s, b, 0);
}

static void place(stairs *s, int b, int c)
{
    if (++s->tries > MAX_TRIES) return;
    int top = s->height[c], k = s->len[b];
    for (int i = 0; i < k; i++) s->w[(size_t)(top + i) * (size_t)s->ncols + (size_t)c] = s->v[s->start[b] + i];
    s->height[c] += k;
    if (c < s->ncols - 1 || rows_add(s, top, top + k)) lay_from(s, b + 1, c);
    s->height[c] -= k;
}

int nb_flow_stairs(const nb_ctok **v, const unsigned char *gap, int nrows, int ncols, int *blocks)
{
    if (nrows < 5 || nrows > NB_MAX_ROWS || ncols < 2 || ncols > NB_MAX_COLS) return 0;
    stairs *s = calloc(1, sizeof *s); /* tables of tokens: kept off the stack */
    if (!s) return 0;
    s->v = v, s->nrows = nrows, s->ncols = ncols;
    int n = nrows * ncols, pieces = 0, ok = 1;
    for (int i = 0; i < n && ok; i++) {
        if (i == 0 || gap[i - 1] != NB_GAP_NEXT_LINE) s->start[s->nblocks++] = i;
        s->len[s->nblocks - 1]++;
        /* a line of two values is no column piece; an unknown gap (a joined value) no block's edge */
        if (i + 1 < n && gap[i] != NB_GAP_NEXT_LINE && gap[i] != NB_GAP_BLOCK) ok = 0;
    }
    for (int b = 0; b < s->nblocks && ok; b++) {
        if (s->len[b] == ncols) ok = 0; /* a row read across may be a block of lines too */
        pieces += s->len[b] > 1;
    }
    if (ok && pieces) lay_from(s, 0, -1);
    ok = ok && pieces && s->solutions == 1 && s->tries <= MAX_TRIES;
    if (ok) {
        memcpy(v, s->found, sizeof *v * (size_t)n);
        *blocks = pieces;
    }
    free(s);
    return ok;
}
