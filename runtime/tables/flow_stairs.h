/* flow_stairs.h — table 三's values where a print in reading order wrote its text's blocks as pieces
 * of columns of uneven height (flow_table.c, after flow_bands.h).
 *
 * pdftotext without -layout makes a block of the lines of cells one above the other with no gap
 * between; a run of rows a line high each comes a column at a time (flow_bands.h). But the blocks of
 * a column need not start on the same row in every column: a row whose 总计 cell stands level with
 * the short rows below it (its other cells drawn apart from theirs by a taller label) comes across,
 * cell by cell, but for its 总计, which comes in the block of the 总计 column of the rows below it
 * (1207 / 89 / … / 26, then 25 382 / 1 28 / … / 1 7, then 1393 32 438). Each block of the text is
 * then a piece of one column, its lines the cells of rows one after another, and the page's reading
 * order fills the table as a staircase: a block goes to the next column, below what that column
 * already holds, where the column to its left already holds the rows it covers; or back to the
 * first column, below what it holds (a value alone only where the next column cannot take it: a
 * row read across goes on across). The blocks' lengths are the text's; which column each goes to
 * is tried every way the staircase allows, each row checked as it is filled (R2), and the table read
 * only where exactly one way makes every row and column add up (R1, R2, R3). A line of two values
 * (no column piece) or a block as long as a row is wide (a row read across may be a block of lines
 * too) is not tried. */
#ifndef NB_FLOW_STAIRS_H
#define NB_FLOW_STAIRS_H
#include "celltok.h"

/* The values v (nrows × ncols in reading order; gap[i] between v[i] and v[i + 1], an nb_flow_gap) laid
 * as above: where exactly one laying of the text's blocks makes R1, R2 and R3 hold, and some block is
 * more than one value (a column piece), reorders v into the rows' order, sets *blocks to the number
 * of column pieces and returns 1. Returns 0 otherwise (and where the ways to try are too many). */
int nb_flow_stairs(const nb_ctok **v, const unsigned char *gap, int nrows, int ncols, int *blocks);

#endif
