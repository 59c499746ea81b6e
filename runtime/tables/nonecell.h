/* nonecell.h — a cell that writes 无 (none) where the count is 0.
 *
 * Some agencies fill table 三's columns of legal persons with 无. The contract (REPORTS.md: a cell is a
 * number, or null where the report leaves it blank or writes a dash or slash) makes it a blank: null,
 * never 0, its raw kept, a cell-none diagnostic, and the row's other cells read as with a dash. A text
 * 无 is such a cell only among a row's values: on its line, a value (or another such 无) on one side and
 * a value or the row's label on the other, or two values before it and nothing after (the row's
 * last cell; after one value it may be a remark). A 无 alone on its line is a piece of a label a print cut a character a line (无法提供 down a
 * narrow column), no cell; so is one before a row's values with nothing or no label before it. */
#ifndef NB_NONECELL_H
#define NB_NONECELL_H
#include "celltok.h"

void nb_none_cells(nb_tparse *tp);

#endif
