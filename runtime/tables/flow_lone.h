/* flow_lone.h — table 三's values in reading order where a print set a cell or two apart: a tall
 * header cell (总 / 计 drawn a character a line) makes pdftotext read the cell right under it with
 * the header, after other rows' labels or values, alone between two pieces of text (二、上年结转 /
 * 6 2 0 0 1 1 / （一）予以公开 …, and its 总计 10 later between （五）不 / 予处理).
 *
 * The values are as many as the table's cells but do not add up in the rows' order (flow_sums.h).
 * A value alone between two texts is no part of a row's run: where putting such lone values (one or
 * two of them, three lone at most in the part) back anywhere in the sequence gives exactly one table
 * whose every sum holds (R1, R2, R3), every other placement of them breaking some sum, that table is
 * the print's. A placement of the same numbers that gives the same cells (a 0 among 0s) is the same
 * table; two tables that add up are none. */
#ifndef NB_FLOW_LONE_H
#define NB_FLOW_LONE_H
#include "celltok.h"

/* v holds the nrows × ncols values of table 三 in reading order, tokens of toks, which do not add up
 * as read; order gives the cell (row × ncols + column) of each place of the sequence (a table printed
 * in parts: flow_parts.h), NULL the rows' order; says_nothing (or NULL) marks the values whose being
 * alone is no sign (a part of one column: every row's value stands alone between its labels), never
 * moved. Where their lone values, put back as above, give one
 * table, writes its values in the rows' order into out (nrows × ncols) and returns how many values
 * were moved (1 or 2); else 0 (none lone, too many, no placement adds up, or placements that add up
 * give different tables). */
int nb_flow_lone_place(const nb_ctoks *toks, const nb_ctok *const *v, int nrows, int ncols, const int *order,
                       const unsigned char *says_nothing, const nb_ctok **out);

#endif
