/* flow_bands.h — table 三's rows where a print in reading order wrote some runs of them a column at
 * a time (flow_table.c).
 *
 * pdftotext without -layout groups the text of a page into blocks by the gaps between lines; where a
 * few rows of a table are a line high each (short labels, 3.其他 / （七）总计 / 四、结转下年度继续办理),
 * a column's cells of those rows stand one above the other with no gap, and each column of that run
 * becomes a block of its own: the run's values come column by column (自然人 of each of its rows,
 * then 商业企业 of each, …), while the rows around it come row by row. Every value is there, in the
 * order of some runs of rows, each read across or down. Which runs were read down is not in the
 * text; the template's arithmetic decides it where it leaves exactly one table: every row adding up
 * (R2) and every column (R1, R3) in one way of cutting the rows into runs, and every other way that
 * adds up giving the same numbers. Where the text shows no row drawn apart, the sums may fail at one
 * total only, the report's own slip (flow_sums.h), in each way tried: the other sums still pin the
 * order, and the cells are read as printed. */
#ifndef NB_FLOW_BANDS_H
#define NB_FLOW_BANDS_H
#include "celltok.h"

/* The values v (nrows × ncols, in reading order) laid as runs of at most NB_FLOW_BAND_MAX rows, each
 * run row by row or column by column: where every way of cutting them so that all of R1, R2 and R3
 * hold (or, with allow_slip, all but one total as nb_flow_sums_one_slip allows) gives the same
 * numbers, and some run must be read column by column for it, reorders v into the rows' order, sets
 * *runs to the number of runs read down, *cells to the cells they hold and *slip to whether a total
 * is off, and returns 1. Returns 0 where no way, or two ways with different numbers, make the sums hold, or
 * where the ways are too many to try (a zero-heavy table: then nothing is proven). */
enum { NB_FLOW_BAND_MAX = 8 };
int nb_flow_bands(const nb_ctok **v, int nrows, int ncols, int allow_slip, int *runs, int *cells, int *slip);

#endif
