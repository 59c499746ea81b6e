/* flow_sums.h — table 三's arithmetic over its values laid in the rows' order (flow_table.c), and the
 * one row whose values that order leaves out of their columns.
 *
 * The values are an array of nrows × ncols tokens, row by row: 一、 (new) and 二、 (carried over)
 * first, the results between, （七）总计 and 四、 (carried forward) last; a row's 总计 its last
 * column. The template declares R2 (each row's 总计 the sum of its other cells), R1 (一 + 二 =
 * （七）总计 + 四, each column) and R3 (（七）总计 the sum of the results, each column).
 *
 * A row printed over two lines of its own cells (its 总计 drawn at the row's top, above its first
 * cell; cells of two heights interleaved) comes in reading order with its values in another order,
 * while the rows around it come in theirs. Every other row's cells are then what the column sums
 * need to pin that row down: R1 gives 一、, 二、 or 四、 from the three others, R3 a result from
 * （七）总计 and the other results, and both give （七）总计. */
#ifndef NB_FLOW_SUMS_H
#define NB_FLOW_SUMS_H
#include "celltok.h"

/* Whether one row's ncols values add up as R2 declares (its last the sum of the others; a dash 0). */
int nb_flow_sums_row_adds(const nb_ctok *const *row, int ncols);

/* Whether two layings of n values give the same cells: the same nulls, and the same numbers elsewhere. */
int nb_flow_same_values(const nb_ctok *const *a, const nb_ctok *const *b, int n);

/* Whether the values add up as R1, R2 and R3 declare; where not, *bad_row (R2) or *bad_col (R1 or
 * R3) says the first place they do not, the other -1. A null value (a dash) adds nothing. */
int nb_flow_sums_hold(const nb_ctok *const *v, int nrows, int ncols, int *bad_row, int *bad_col);

/* Where the values do not add up and exactly one row r, its values taken in another order, makes
 * every sum hold — the cells R1/R3 give it from the other rows are its own values read, the same
 * numbers (none a dash), one for one — reorders row r's tokens in v so and returns r. Returns -1
 * where no row does, or where more than one row would (which is out of order is not certain).
 * The row must be the one row with may_move[r] set: the row whose text shows it drawn out of order. A row
 * the text gives in order, as the report prints it, is the report's, whatever its sums: a report's
 * own slip (two numbers in each other's columns) is not the reader's to mend. And only where one row
 * alone is so: where the text shows several rows drawn apart, the scramble may be more than one
 * row's, and a reordering of one that happens to make the sums hold (small numbers, many zeros) need
 * not be the table. */
int nb_flow_sums_one_row(const nb_ctok **v, int nrows, int ncols, const unsigned char *may_move);

/* Where the values do not add up only at one total — the 总计 of one row, or one cell of （七）总计 —
 * and that cell as its row's other cells give it (R2) makes every sum hold (R1, R3): a report's own
 * slip (a total typed by hand one off), while every other row and column adds up and so pins the
 * values' order as nb_flow_sums_hold does. Sets *row and *col to that cell and *want to the value
 * the sums give it; returns 1. The values are left as read: the cell keeps the number the report
 * prints, and the checks (R1, R2, R3) report the slip. Returns 0 where the sums fail elsewhere, at
 * more than one cell, or where that cell is a dash. */
int nb_flow_sums_one_slip(const nb_ctok *const *v, int nrows, int ncols, int *row, int *col, double *want);

/* Where every row adds up (R2) and the column sums (R1, R3) fail in one column of counts c and in
 * the 总计 column only, by the same amounts: the report's own slip, a row that adds up across but
 * not down (a count and its row's 总计 typed one off together). A reading order that took a value out
 * of its place breaks a row's R2 (across rows) or two columns of counts (within a row), so the order
 * is pinned as nb_flow_sums_hold pins it. Sets *col to c and *r1, *r3 to how far that column misses
 * R1 (一 + 二 less （七）总计 and 四) and R3 (the results less （七）总计); returns 1. The values are
 * left as read (the checks report the slip). Returns 0 where the sums fail otherwise. */
int nb_flow_sums_column_slip(const nb_ctok *const *v, int nrows, int ncols, int *col, double *r1, double *r3);
/* Where the values are the first ncols columns of table 三 printed without its 总计 (clipped at the
 * page's edge, shorttotal.h; in reading order too), ncols of them a row: 1 where the columns add up
 * (R1, R3), no row's last value is the sum of the others but where all are 0 (six values could be
 * the 总计 and five cells, one blank lost), and at least min_differs rows' last value is not that sum. */
int nb_flow_sums_total_cut(const nb_ctok *const *v, int nrows, int ncols, int min_differs);

#endif
