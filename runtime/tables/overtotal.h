/* overtotal.h — a part greater than its whole: a glued or cut number.
 *
 * Counts are never negative, so no cell of a row that its last cell sums (table 三), or of a group of
 * columns that its last sums (table 四), is greater than that total. Where a read row has one, a number
 * was misread: a print that set two cells close glues their digits into one word (pdftotext -layout
 * of a narrow column: 176 and the next cell's 0 printed 1760), and the row, one number short, was
 * placed by position with the glued number in one column and the next left blank; or a number was
 * cut short, or wrapped in its cell. Which of its cells holds the misread is not known (the total may
 * be the cut one, and a row placed by position may have others in the wrong column), so the row's
 * cells are all left null, and a warning says so. Only a print's text (printed.h): a page or a copy
 * shows every digit, and a part over its total there is the report's own slip, read as written. Run when the tables are read, their columns in the
 * template's order (colorder.h). */
#ifndef NB_OVERTOTAL_H
#define NB_OVERTOTAL_H
#include "tables.h"

void nb_parts_over_total(nb_report *r, nb_tables *t);

#endif
