/* gluedrun.h — a table 三 row's cells run together, kept for the column sums to read (colglued.h).
 *
 * The table grammar leaves such a row null (its own sum splits the run many ways, or the row has fewer
 * cells than its template's); these keep the run as written in tp->glued, by the row's place, for
 * nb_glued_by_columns once every row is read. */
#ifndef NB_GLUEDRUN_H
#define NB_GLUEDRUN_H
#include "celltok.h"

/* The row at place row (the whole of its declaration) whose label's cell goes on with its numbers
 * run together (label->rest: 一、本年新收政府信息公开申请数量    23881664737301426634562, pdftotext's
 * columns set close): that run as written on the label's line, kept in tp->glued, where it is the
 * line's end and its digits are the rest's. */
void nb_glued_rest(nb_tparse *tp, int row, const nb_ctok *label);
/* The row at place row (the whole of its declaration) with fewer cells than its template's, all numbers
 * (2388 166 473 730 142 6634562: two cells set close, read as one): its cells joined by blanks, kept in
 * tp->glued. A blank cell the print left out is no glued run, and its digits are missing: such a row
 * never spells the column sums' numbers. */
void nb_glued_cells(nb_tparse *tp, int row, nb_tspan cells);
#endif
