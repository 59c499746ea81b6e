/* flow_blocks.h — tables 二 and 四 read from a print's text in reading order, where the count of the
 * values leaves one reading.
 *
 * pdftotext without -layout writes a table's labels and values in the order its reading-order
 * rules give, not the rows': the labels of table 二's rows after the values of the blocks below
 * them, a label among its row's values, table 四's fifteen values in runs broken by its headers (and
 * once a group's values before the group left of it). Row by row (tables.c) those rows are null.
 * What the values still prove, without trusting their order across columns:
 * - table 二 is cut by its article headers (第二十条第（五）项), printed on a row of their own across
 *   the table: a block's values come after its header and before the next one. A block whose values
 *   are exactly as many as its cells, and whose cells stand in one column (2021: 第二十条第（五）项
 *   行政许可; （六）项 行政处罚 above 行政强制; （八）项 the fee), has them in its rows' order: a
 *   column's cells are read from the top down (one cell: nothing to order);
 * - a block of table 二 of one row (2019: （八）项, （九）项) on its own, where its header is followed by
 *   exactly its columns' labels, then as many values as its cells side by side, then nothing but its
 *   row's label before the next header; only where the part holds exactly as many numbers as the
 *   table's cells, none that a page number may be (a lost or blank cell leaves every block unproven);
 * - a block of table 二 or the whole of table 四 whose values are exactly as many as its cells and
 *   all the same (0 everywhere, the usual table 四) is that value in every cell, in any order;
 * - table 四's values otherwise only where the text proves their order, as each group's 总计 (the sum
 *   of its results in any order) cannot: they come in runs with nothing but blanks between (a run is
 *   cells drawn side by side, read left to right; a value a print drew apart comes with its column's
 *   header words and cuts a run), each run whole groups, the group headers (行政复议, 未经复议直接起诉,
 *   复议后起诉) since the run before naming exactly its groups in order (the first run's may name
 *   none), and each group's 总计 the sum of its results;
 * - or table 四's values column by column, as a print that reads the table a column or a few at a time
 *   gives them: each run right after exactly the labels of the columns it then holds (their characters
 *   interleaved where the labels stand upright; flow_headwords.h), each group's header among its
 *   columns' values (after every value left of the group but the left group's 总计, before the group's
 *   last), and each group's 总计 the sum of its results: a value drawn apart comes after its own label.
 * A page break in the part stops it only where a number stands alone beside it (a page number may).
 * Anything else stays as it was read. */
#ifndef NB_FLOW_BLOCKS_H
#define NB_FLOW_BLOCKS_H
#include "celltok.h"
#include "tables.h"

/* At the end of the tables (t->counts set), in a print's text only (tp->print): sets the cells of
 * table 二's blocks and of table 四 that the values prove as above, with an info `flow-blocks`. A cell
 * already read with another value stops its block (or table 四): nothing is changed there, and a
 * warning says so. */
void nb_flow_blocks(nb_tparse *tp, nb_tables *t);

#endif
