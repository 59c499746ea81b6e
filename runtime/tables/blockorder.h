/* blockorder.h — a block of table 二 whose header names its columns in another order than the template's.
 *
 * Table 二's first block (第二十条第（一）项) has three columns (2021: 本年制发件数 | 本年废止件数 |
 * 现行有效件数), and every reader places a row's values in the template's order. A report may print
 * them in another, as its header says (现行有效件数 first): read by position, every value would land
 * under another column. So once the tables are read, the header of each block of rows with several
 * columns (the text before its first cell, back to the cells before it) is asked for its labels, in
 * runs as a header line sets them (headlabels.h):
 * - a run naming each of the block's columns once gives their order: the cells are moved there;
 * - two labels of a run in an order the template does not have, with no such full run: the order is
 *   not known, and the block's cells are null;
 * - a run naming two or more of them while another column's label is not spelled at all (a column left
 *   out, the grid kept as wide): by position a value would stand under the column after its own; null.
 * A column-order / column-missing warning says so. A header that names none of the labels (another
 * wording) leaves the template's order, as before. */
#ifndef NB_BLOCKORDER_H
#define NB_BLOCKORDER_H
#include "tables.h"

void nb_block_order(nb_report *r, nb_tables *t);

#endif
