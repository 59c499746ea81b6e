/* flow_sums.c — table 三's arithmetic over its values in the rows' order; see flow_sums.h. */
#include "flow_sums.h"

#include "tables.h"

static double val(const nb_ctok *t) { return t->is_null ? 0 : t->value; }

/* The rows that break R2 and the columns that break R1 or R3: how many of each, and the first of
 * each (-1 where none). */
typedef struct breaks {
    int rows, cols, row, col;
} breaks;

int nb_flow_sums_row_adds(const nb_ctok *const *row, int ncols)
{
    double sum = 0;
    for (int c = 0; c < ncols - 1; c++) sum += val(row[c]);
    return sum == val(row[ncols - 1]);
}

int nb_flow_same_values(const nb_ctok *const *a, const nb_ctok *const *b, int n)
{
    for (int i = 0; i < n; i++)
        if (a[i]->is_null != b[i]->is_null || (!a[i]->is_null && a[i]->value != b[i]->value)) return 0;
    return 1;
}

static breaks count_breaks(const nb_ctok *const *v, int nrows, int ncols)
{
    breaks b = {0, 0, -1, -1};
    for (int r = 0; r < nrows; r++)
        if (!nb_flow_sums_row_adds(v + r * ncols, ncols) && !b.rows++) b.row = r;
    for (int c = 0; c < ncols; c++) {
        double results = 0;
        for (int r = 2; r < nrows - 2; r++) results += val(v[r * ncols + c]);
        double in = val(v[c]) + val(v[ncols + c]), total = val(v[(nrows - 2) * ncols + c]);
        if ((results != total || in != total + val(v[(nrows - 1) * ncols + c])) && !b.cols++) b.col = c;
    }
    return b;
}

int nb_flow_sums_hold(const nb_ctok *const *v, int nrows, int ncols, int *bad_row, int *bad_col)
{
    breaks b = count_breaks(v, nrows, ncols);
    *bad_row = b.row;
    *bad_col = b.rows ? -1 : b.col;
    return !b.rows && !b.cols;
}

int nb_flow_sums_total_cut(const nb_ctok *const *v, int nrows, int ncols, int min_differs)
{
    if (ncols < 2 || nrows < 5) return 0;
    breaks b = count_breaks(v, nrows, ncols); /* R2 read as if the last of the ncols were a 总计 */
    if (b.cols || b.rows < min_differs) return 0;
    for (int r = 0; r < nrows; r++) {
        double others = 0;
        for (int c = 0; c < ncols - 1; c++) others += val(v[r * ncols + c]);
        if (others != 0 && others == val(v[r * ncols + ncols - 1])) return 0;
    }
    return 1;
}

int nb_flow_sums_one_slip(const nb_ctok *const *v, int nrows, int ncols, int *row, int *col, double *want)
{
    if (ncols > NB_MAX_COLS || nrows < 5 || nrows > NB_MAX_ROWS) return 0;
    breaks b = count_breaks(v, nrows, ncols);
    int r = b.row, c = b.col;
    /* one row's R2 and one column's sums: the cell where they cross, a total */
    if (b.rows != 1 || b.cols != 1 || (c != ncols - 1 && r != nrows - 2)) return 0;
    const nb_ctok *cell = v[r * ncols + c];
    if (cell->is_null) return 0;
    double others = 0;
    for (int k = 0; k < ncols - 1; k++) others += val(v[r * ncols + k]);
    /* R2 gives the cell: a 总计 the sum of the others; another cell the 总计 less the others */
    double x = c == ncols - 1 ? others : val(v[r * ncols + ncols - 1]) - (others - cell->value);
    /* not where the cell should be 0: a blank cell written as nothing and a stray number further on
       (a page number, 5件) make the count whole again, the values between shifted by one; over zeros
       the shift shows at one cell only, a total whose row gives 0 (s13 review: 18 of 2000 such cuts) */
    if (x <= 0) return 0;
    /* with x there, every sum must hold */
    nb_ctok fixed = *cell;
    fixed.value = x;
    const nb_ctok *w[NB_MAX_ROWS * NB_MAX_COLS];
    for (int i = 0; i < nrows * ncols; i++) w[i] = v[i];
    w[r * ncols + c] = &fixed;
    breaks after = count_breaks(w, nrows, ncols);
    if (after.rows || after.cols) return 0;
    *row = r, *col = c, *want = x;
    return 1;
}

/* How far column c's counts miss R1 (一 + 二 less （七）总计 and 四) and R3 (the results less
 * （七）总计). */
static void column_misses(const nb_ctok *const *v, int nrows, int ncols, int c, double *r1, double *r3)
{
    double results = 0;
    for (int r = 2; r < nrows - 2; r++) results += val(v[r * ncols + c]);
    double in = val(v[c]) + val(v[ncols + c]), total = val(v[(nrows - 2) * ncols + c]);
    *r1 = in - total - val(v[(nrows - 1) * ncols + c]);
    *r3 = results - total;
}

int nb_flow_sums_column_slip(const nb_ctok *const *v, int nrows, int ncols, int *col, double *r1, double *r3)
{
    if (ncols < 3 || ncols > NB_MAX_COLS || nrows < 5 || nrows > NB_MAX_ROWS) return 0;
    breaks b = count_breaks(v, nrows, ncols);
    if (b.rows || b.cols != 2 || b.col == ncols - 1) return 0;
    /* with every row adding up, the 总计 column misses what the counts' columns miss together: the
       one other column that misses is the only one */
    double m1, m3;
    column_misses(v, nrows, ncols, b.col, r1, r3);
    column_misses(v, nrows, ncols, ncols - 1, &m1, &m3);
    if (m1 != *r1 || m3 != *r3) return 0;
    *col = b.col;
    return 1;
}

/* The cells row r must hold for column c's sums to hold with the other rows as read: R1 for 一、,
 * 二、 and 四、, R3 for a result, both for （七）总计 (which must agree). Returns 0 where they do not
 * give one whole number of 0 or more. */
static int pinned(const nb_ctok *const *v, int nrows, int ncols, int r, int c, double *out)
{
    double in = val(v[c]) + val(v[ncols + c]), total = val(v[(nrows - 2) * ncols + c]);
    double fwd = val(v[(nrows - 1) * ncols + c]), others = 0;
    for (int k = 2; k < nrows - 2; k++)
        if (k != r) others += val(v[k * ncols + c]);
    double x;
    if (r == 0 || r == 1) x = total + fwd - (in - val(v[r * ncols + c]));
    else if (r == nrows - 1) x = in - total;
    else if (r == nrows - 2) {
        x = others;
        if (x != in - fwd) return 0;
    } else x = total - others;
    *out = x;
    return x >= 0 && x == (double)(long long)x;
}

/* Row r of v as the column sums pin it (flow_sums.h), its tokens matched to those cells one for one
 * into perm; 1 where that is a reading of row r other than the one read. */
static int solve_row(const nb_ctok **v, int nrows, int ncols, int r, const nb_ctok **perm)
{
    const nb_ctok *const *row = v + (size_t)r * (size_t)ncols;
    int used[NB_MAX_COLS] = {0}, moved = 0;
    for (int c = 0; c < ncols; c++) {
        double x;
        if (row[c]->is_null || !pinned(v, nrows, ncols, r, c, &x)) return 0;
        int k = -1; /* the read value x, first the one already in column c */
        if (!used[c] && row[c]->value == x) k = c;
        for (int i = 0; i < ncols && k < 0; i++)
            if (!used[i] && row[i]->value == x) k = i;
        if (k < 0) return 0;
        used[k] = 1;
        perm[c] = row[k];
        moved |= k != c;
    }
    return moved;
}

int nb_flow_sums_one_row(const nb_ctok **v, int nrows, int ncols, const unsigned char *may_move)
{
    int bad_row, bad_col; /* any row may be the one: a row drawn out of order may still add up (R2) */
    if (ncols > NB_MAX_COLS || nrows < 5 || nb_flow_sums_hold(v, nrows, ncols, &bad_row, &bad_col)) return -1;
    int drawn_apart = 0;
    for (int r = 0; r < nrows; r++) drawn_apart += may_move[r] != 0;
    if (drawn_apart != 1) return -1; /* several: a scramble that reordering one row may not undo */
    int found = -1;
    const nb_ctok *best[NB_MAX_COLS], *perm[NB_MAX_COLS], *keep[NB_MAX_COLS];
    for (int r = 0; r < nrows; r++) {
        if (!solve_row(v, nrows, ncols, r, perm)) continue; /* every row: another that would do too */
        const nb_ctok **row = v + (size_t)r * (size_t)ncols;
        for (int c = 0; c < ncols; c++) keep[c] = row[c], row[c] = perm[c];
        int holds = nb_flow_sums_hold(v, nrows, ncols, &bad_row, &bad_col);
        for (int c = 0; c < ncols; c++) row[c] = keep[c];
        if (!holds) continue;
        if (found >= 0) return -1; /* two rows would do: which is out of order is not certain */
        found = r;
        for (int c = 0; c < ncols; c++) best[c] = perm[c];
    }
    if (found < 0 || !may_move[found]) return -1; /* the one row must be the one drawn apart */
    for (int c = 0; c < ncols; c++) v[found * ncols + c] = best[c];
    return found;
}
