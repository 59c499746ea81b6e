/* flow_table.h — table 三 read whole from a print's text in reading order, where its values, taken
 * together, are pinned down by their count and the template's arithmetic.
 *
 * pdftotext without -layout (and -raw) writes a table's labels and values in the order the page
 * draws them: a column's labels in a run, then the rows' values a line each; a row's label before,
 * after or among its values; a page break between a label and its values. Row by row (tables.c,
 * flow_rows.c) most of those rows cannot be placed. But the page draws a table's rows from the top
 * down, and a row's cells from left to right, so the values of table 三, all of them, come in the
 * rows' order, a row's in its columns' order. Where the values in the section of table 三 are
 * exactly as many as its rows' cells, no cell blank (pdftotext writes nothing for a blank cell), and
 * every row adds up as the template declares (R2: 总计 the sum of the others), every column too (R1:
 * 一 + 二 = （七）总计 + 四; R3: （七）总计 the sum of the results), the sequence is the table: a value
 * lost, split (a number wrapped in its narrow cell) or out of its place shifts the rows after it and
 * breaks their sums. Then the rows are read from it, row by row. Where the sums fail and exactly one
 * row, its own values reordered as the other rows' column sums pin them, makes them hold (a row
 * printed over two lines of its own: flow_sums.h), the rows are read so. Where they fail at one
 * total only (one row's R2 and one column's sums, crossing at a 总计 that its row gives otherwise: the
 * report's own slip) and no row's text shows it drawn apart, every other sum pins the order: the rows
 * are read as printed, that total too. Where the values are more than the cells, numbers split over
 * two lines of narrow cells may be joined (flow_joins.h); where they are six a row and the header
 * names no 总计, the table may be a print cut before its 总计 column (shorttotal.h), read without it.
 * Anything else leaves the rows as they were read (or null). */
#ifndef NB_FLOW_TABLE_H
#define NB_FLOW_TABLE_H
#include "celltok.h"
#include "tables.h"

/* At the end of the tables (t->counts set), in a print's text only (tp->print): where table 三's
 * values in its section are its rows' cells as above, sets every cell of its rows from them, with an
 * info `flow-table`. A cell a row already read with another value (which the proof says is wrong)
 * stops it: nothing is changed, and a warning says so. */
void nb_flow_table_whole(nb_tparse *tp, nb_tables *t);

#endif
