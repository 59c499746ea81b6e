/* flow_rownums.h — table 三's leading column of row numbers (序号: 1, 2, 3 … beside the rows) in a
 * print's text in reading order.
 *
 * pdftotext without -layout writes a row's number where its block falls: before the row's label, on
 * the label's line (1 一、本年新收…), or a few together between two rows' values (… 1 25 / 8 / 9 / 10
 * / 44 …). Table 三's part then holds the counts and the row numbers, more values than cells
 * (flow_table.h). The row numbers are a run 1, 2, 3 … m, in that order, m the values too many, each
 * standing where a row of the counts starts (between two rows' values, before the first or after
 * the last), under a 序号 (or 编号) header. A count may equal a row number (a 2 among the cells), so
 * which values are the numbers is known only where every choice of such a run whose removal leaves
 * a table that adds up in every row and column (R1, R2, R3) leaves the same table (flow_choice.h). */
#ifndef NB_FLOW_ROWNUMS_H
#define NB_FLOW_ROWNUMS_H
#include "celltok.h"
#include "model.h"

/* Why no row numbers were set aside: none (no header, no such run), or the runs that leave a table
 * that adds up leave more than one, or too many runs to try. */
enum { NB_ROWNUMS_TWO_TABLES = -1, NB_ROWNUMS_TOO_MANY = -2 };

/* v[0..n) the values of table 三's part in reading order (tokens of r's text, its header in the text
 * before v[0] from byte from on), more than its nrows × ncols cells. Where setting aside a run of row
 * numbers as above gives one table, writes it into v (nrows × ncols, in order) and returns how many
 * values were set aside; 0 where there is no such run or none leaves a table that adds up (v as it
 * is), or NB_ROWNUMS_TWO_TABLES / NB_ROWNUMS_TOO_MANY (v as it is). */
int nb_flow_drop_row_numbers(const nb_report *r, const nb_ctok **v, int n, int nrows, int ncols, size_t from);

#endif
