/* colorder.h — table 三 whose header names its columns in another order than the template's.
 *
 * Every reader places a row's values in the template's column order (自然人, 商业企业 … 其他, 总计). A
 * report may print 总计 first, left of 自然人, in its header and in every row: read in the template's
 * order, each value would land one column off. So once the table is read, its header (the text from
 * the section's title, 收到和处理…, to the first row) and its arithmetic are asked which order it has:
 * - the header's labels in a line, separated only by spaces, tabs, rules or pipes (a grid, a tabbed
 *   copy, lynx's or pdftotext's columns: not a sentence that names them), give their order; two labels
 *   in an order the template does not have prove the table's order is another;
 * - rows of seven values whose first is the sum of the other six while their last is not (two rows
 *   at least, and no row the other way) prove that 总计 is the first column, whatever the header shows
 *   (its labels stacked a character a line in a PDF's text, where their columns may not say it).
 * Where the order is another, the cells are moved to the columns the header names when it names all
 * seven in lines of labels (总计 自然人 法人或其他组织 over 商业企业 … 其他, or the seven in one line),
 * or, in a print that stacks them over lines (总 / 计, 自 / 然 / 人), at columns where each of the seven
 * is spelled once and they stand side by side (colstacked.h), and no row that keeps 总计 = the sum of
 * the others in the template's order loses it; otherwise
 * every cell of table 三 is left null. Either way a column-order warning says so. */
#ifndef NB_COLORDER_H
#define NB_COLORDER_H
#include "tables.h"

void nb_column_order(nb_report *r, nb_tables *t);

#endif
