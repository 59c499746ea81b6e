/* cuttotal.h — a row's total whose last digits a print cut off.
 *
 * Chromium clips a table wider than its page at the page's margin and draws only the glyphs that
 * start inside: at A5 and 150 % the 总计 column of table 三 keeps its header whole while 13142 prints
 * as 1314 (its last digit past the clip), and a number wrapped in a narrow cell loses its tail the
 * same way. Where the row declares its last cell the sum of the others (NB_SPLIT_SUM_LAST) and they
 * add up to a number that the total is the leading digits of (8993 + 1029 + … = 13142, total 1314),
 * the total is a cut number, not the report's: it is left null, with a cell-cut warning. A total
 * that is merely wrong (13124) stays, for check R2 to report; so does any total of a page, a Word
 * file or a copy, which show every digit: only a print's text (a PDF, pdftotext's) is so read.
 * A row whose first value is the sum of the others too (9 7 1 0 0 0 1: 17 cut, or 总计 first under a
 * header not read) says neither: its table's cells are null. Runs after nb_column_order (colorder.h),
 * so that the total is the last cell. */
#ifndef NB_CUTTOTAL_H
#define NB_CUTTOTAL_H
#include "model.h"
#include "tables.h"

void nb_cut_totals(nb_report *r, nb_tables *t);

#endif
