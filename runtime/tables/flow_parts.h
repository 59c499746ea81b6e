/* flow_parts.h — table 三 printed in parts (a table of some columns, then （续表）: the row labels again
 * with the other columns; tableparts.h), read whole from a print's text in reading order
 * (flow_table.c).
 *
 * pdftotext in reading order writes each part as a table of its own: its header, then its rows from
 * the top down, a row's cells of that part left to right. So the values come part by part: all the
 * rows' cells of the first part's columns, then all the rows' cells of the next part's. Where a part
 * opens is in the text: the next part repeats the row labels, the first row's (一、本年新收…) before
 * its values, after the last row's label (四、结转下年度…) of the part before (a label drawn tall may
 * come after some of its part's values: the first part's 一、 among its values is no opening). The values between two such openings are that part's, nrows × its columns; so their
 * count gives each part's columns (the parts are runs of the columns, left to right, as a table too
 * wide for the page is cut), and nothing else is left to choose: where each count is a whole number of
 * rows, the reading is one, and the sums (R1, R2, R3) must then hold across the parts. */
#ifndef NB_FLOW_PARTS_H
#define NB_FLOW_PARTS_H
#include "celltok.h"

enum { NB_FLOW_PARTS_MAX = 4 };

/* v[0..nrows × ncols) the values of table 三 in reading order, tokens of toks; first_key and last_key
 * the keys of its first and last rows. Where the first row's label stands again among or after them,
 * p - 1 times (p parts), each time after the last row's label, and the values before the first repeat,
 * between the repeats and after the last are each a whole number (at least 1) of columns for every
 * row: writes into order[i] the place (row × ncols + column)
 * of value i, sets cols[0..p) to the parts' columns, and returns p. Returns 0 where the label stands
 * once (no parts) or the counts are no such parts. */
int nb_flow_parts(const nb_ctoks *toks, const nb_ctok *const *v, int nrows, int ncols, const char *first_key,
                  const char *last_key, int *order, int *cols);

#endif
