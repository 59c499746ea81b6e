/* cutcol.h — a table column that a print cut at the page's edge, seen in the text alone.
 *
 * Chromium clips a table wider than its page at the page's margin; pdftotext -layout of that print
 * gives the header 采购总金额 as 采购总 at the end of its line, and the amount under it, 187.35, as 187
 * at the end of the row's line: a wrong number if read. A column header cut short at the end of its
 * line (a strict beginning of one of the edition's column labels, two characters at least, not
 * followed by a note of the label, 本年收费金额（单位：万元）, nor continued on a later line before the
 * rows, as a header wrapped in its cell is) says the table is cut there: the value at the end of each
 * row's line under it, up to the next article block or header, is left null, and a column-cut
 * warning says why. */
#ifndef NB_CUTCOL_H
#define NB_CUTCOL_H
#include "celltok.h"

void nb_cut_columns(nb_tparse *tp);

#endif
