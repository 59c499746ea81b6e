/* spacercells.h — table 三's empty spacer columns, where a reader kept them as cells of every row.
 *
 * A table pasted from a spreadsheet may have narrow empty gutter columns (between the labels and the
 * numbers, between 其他 and 总计). Where a reader keeps each row's own cells only (html2text's
 * Markdown: a cell a rowspan covers is not written, so its rows are not all as wide and the read
 * layer's spacercol.h cannot line them up), every row of table 三 holds an empty cell more than the
 * template in each gutter, and tables.c leaves it null. The gutter is certain, and its cells are set
 * aside before the rows are read, only where all of this holds:
 * - every row of table 三 found with cells has them on its label's line (or, a label too long for
 *   its place ending its line, as the whole next line), numbers or empty cells only, and, leading and
 *   trailing empty cells aside (a label's span), as many as every other row, more than the template's
 *   seven;
 * - the empty ones stand at the same places in every row (a column empty in every row), and the
 *   others are as many as the template's columns, numbers all (no dash);
 * - the header above the first row names each of the seven columns (a column blank in every row has
 *   its label there, and then the cells are not as many as the template's); or, where the empty
 *   cells stand one between each two values (a table typed as text, two TABs a column: its header's
 *   words broken over lines, 商业 / 企业), it names the first and last, 自然人 and 总计;
 * - every row's last value is the sum of the six before it (the template's 总计, R2), and some row has a
 *   legal person's count that is not 0: a column of the page that is not the template's (a 小计 beside
 *   a column left blank) would break the sums once the values moved.
 * Otherwise the rows are read as they are (null, row-cells). A spacer-cells info says what was set
 * aside. */
#ifndef NB_SPACERCELLS_H
#define NB_SPACERCELLS_H
#include "celltok.h"

void nb_spacer_cells_apart(nb_tparse *tp);

#endif
