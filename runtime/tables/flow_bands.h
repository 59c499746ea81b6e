/* flow_bands.h — table 三's rows where a print in reading order wrote some runs of them a column at
 * a time (flow_table.c).
 *
 * pdftotext without -layout groups the text of a page into blocks by the gaps between lines; where a
 * few rows of a table are a line high each (short labels, 3.其他 / （七）总计 / 四、结转下年度继续办理),
 * a column's cells of those rows stand one above the other with no gap, and each column of that run
 * becomes a block of its own: the run's values come column by column (自然人 of each of its rows,
 * then 商业企业 of each, …), while the rows around it come row by row. Every value is there, in the
 * order of some runs of rows, each read across or down. Which runs were read down is in the text's
 * blocks: a column of a run read down is one block of lines, one value a line with no blank line
 * between, a blank line (or other text) before and after it; a row read across has no value right
 * under another. Arithmetic alone is not enough: two runs laid over each other (a run of one-line rows
 * beside a two-line row) can leave exactly one cut into runs that adds up, and a wrong one. So only
 * the cut the blocks give is tried, and it is read where every row adds up (R2) and every column (R1,
 * R3). Where the text shows no row drawn apart, the sums may fail at one total only, the report's own
 * slip (flow_sums.h): the blocks still pin the
 * order, and the cells are read as printed. */
#ifndef NB_FLOW_BANDS_H
#define NB_FLOW_BANDS_H
#include "celltok.h"

/* The values v (nrows × ncols, in reading order; gap[i] what stands between v[i] and v[i + 1] in the
 * text, an nb_flow_gap) laid as runs of at most NB_FLOW_BAND_MAX rows, each run row by row or column by
 * column as the blocks of the text allow (above): where the runs so laid make all of R1, R2 and R3 hold
 * (or, with allow_slip, all but one total as nb_flow_sums_one_slip allows), and some run is read column
 * by column, reorders v into the rows' order, sets *runs to the number of runs read down, *cells to the
 * cells they hold and *slip to whether a total is off, and returns 1. Returns 0 where the blocks are no
 * such runs or the sums do not hold (and, as a bound, where the ways to try are too many). */
enum { NB_FLOW_BAND_MAX = 8 };
int nb_flow_bands(const nb_ctok **v, const unsigned char *gap, int nrows, int ncols, int allow_slip, int *runs, int *cells,
                  int *slip);

#endif
