/* colglued.h — a row of table 三 whose cells a print glued into one run of digits that the row's own
 * sum cannot split, read where the table's column sums give each of its cells.
 *
 * pdftotext prints a narrow table's cells set close as one run: 23881664737301426634562 is
 * 2388|166|473|730|142|663|4562, and is also many other splits whose six first numbers add up to the
 * last (R2), so the splitter leaves the row null (cells-ambiguous). R1 (新收 + 上年结转 = 办理结果总计
 * + 结转下年度) and R3 (办理结果总计 = the sum of the results that count, combined.h) tie each column
 * together: with every other cell a rule names read, the row's cell is the one number the rule leaves.
 * The run is read as those numbers only where it is exactly their digits one after the other (blanks
 * only between two of them, never inside one), they keep the row's sum, and every rule that gives the
 * row's cells gives the same. A report whose sums do not hold gives numbers that do not spell the run,
 * and the row stays null. Rows glued so are taken in turn while one is read: 办理结果总计 by R3 first,
 * then 新收 by R1 with it. */
#ifndef NB_COLGLUED_H
#define NB_COLGLUED_H
#include "celltok.h"
#include "tables.h"

/* Reads the rows tp->glued holds, as far as the column sums prove them (after the table grammar). */
void nb_glued_by_columns(nb_tparse *tp, nb_tables *t);

#endif
