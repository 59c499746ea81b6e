/* flow_narrow.h — table 三 printed in parts (flow_parts.h) where one part is a single column (自然人
 * alone in a table of its own, the label area beside it, and （续表） the other columns with 总计).
 *
 * That part's cells each stand alone between its rows' labels, and a label wrapped over many lines
 * of the narrow table (一、本 / 年新收 / 政府信 …) puts its value where the label's middle falls,
 * after other rows' values: pdftotext's order of that part says nothing of which value is which row.
 * The other parts' rows come in order, whole rows of their columns. Their cells then force the
 * narrow column's, row by row (R2: a row's 总计 is the sum of its other cells, so the one cell
 * missing is 总计 less the others, or their sum where the missing one is 总计): where the narrow
 * part's values are exactly those forced values, one for one (the same numbers, as a multiset), and
 * the table so laid adds up in every column too (R1, R3), each of its cells is certain. */
#ifndef NB_FLOW_NARROW_H
#define NB_FLOW_NARROW_H
#include "celltok.h"

/* laid: the nrows × ncols values of table 三 laid part by part (row by row), column col the one-column
 * part's values in its reading order. Where every row's cell in col is forced as above and the part's
 * values are those, writes the table into out with col's values in their rows and returns how many
 * of them changed place (at least 1); 0 where a value is a dash (a dash may be 0 or blank: no sum
 * forces it), a forced value is negative or not among the part's values, or the sums then fail. */
int nb_flow_narrow_place(const nb_ctok *const *laid, int nrows, int ncols, int col, const nb_ctok **out);

#endif
