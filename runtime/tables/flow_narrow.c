/* flow_narrow.c — a one-column part of table 三 laid by the other parts' row sums; see flow_narrow.h. */
#include "flow_narrow.h"

#include <stdlib.h>
#include <string.h>

#include "flow_sums.h"

/* The value row's cell in col must hold for the row to add up (R2), from its other cells; -1 where
 * one of them is a dash or the value would be negative. */
static double forced(const nb_ctok *const *row, int ncols, int col)
{
    double others = 0;
    for (int c = 0; c < ncols - 1; c++) {
        if (c == col) continue;
        if (row[c]->is_null) return -1;
        others += row[c]->value;
    }
    if (col == ncols - 1) return others;
    if (row[ncols - 1]->is_null || row[ncols - 1]->value < others) return -1;
    return row[ncols - 1]->value - others;
}

int nb_flow_narrow_place(const nb_ctok *const *laid, int nrows, int ncols, int col, const nb_ctok **out)
{
    int n = nrows * ncols, moved = 0, bad_row, bad_col;
    unsigned char *used = calloc((size_t)nrows, 1);
    if (!used) return 0;
    memcpy(out, laid, sizeof *out * (size_t)n);
    for (int r = 0; r < nrows; r++)
        if (laid[r * ncols + col]->is_null) goto none;
    for (int r = 0; r < nrows; r++) {
        double want = forced(laid + r * ncols, ncols, col);
        int k = 0;
        /* the first unused value that is that number: equal numbers give the same cells */
        while (k < nrows && (used[k] || laid[k * ncols + col]->value != want)) k++;
        if (want < 0 || k == nrows) goto none;
        used[k] = 1;
        out[r * ncols + col] = laid[k * ncols + col];
        moved += k != r;
    }
    free(used);
    return moved && nb_flow_sums_hold(out, nrows, ncols, &bad_row, &bad_col) ? moved : 0;
none:
    free(used);
    return 0;
}
