/* colunit.h — a money column's unit as its header writes it, found in the text above a cell.
 *
 * A header that states its unit (采购总金额（万元）) is read as a column header token by the table
 * grammar (nb_table_header). A print may set it among other header words on a line the grammar takes
 * for text (量（个） 采购总金额（万元）, a zoomed print's wrapped header): the unit is then looked for in the
 * text of the cell's block above it, right after the column's label. */
#ifndef NB_COLUNIT_H
#define NB_COLUNIT_H
#include <stddef.h>

#include "model.h"

/* The unit (元 or 万元) the header writes right after `label` (blanks and line ends between allowed, in
 * brackets: （万元）, （单位：万元）, (元)) in the text before byte at, back to the block's heading (第二十条)
 * or at most NB_COLUNIT_BYTES; NULL where none. */
const char *nb_header_unit_before(const nb_report *r, size_t at, const char *label);

#define NB_COLUNIT_BYTES 600

#endif
