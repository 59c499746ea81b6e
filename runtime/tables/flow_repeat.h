/* flow_repeat.h — a line of table 三's values that a print drew on both sides of a page break.
 *
 * A print that cuts a page through a line of text (wkhtmltopdf's, which does not move a line to the
 * next page) draws the line at the foot of the page, clipped, and again at the head of the next one:
 * pdftotext writes both, the same text on the last line before the page break (\f) and the first
 * line after it (… / 386 / \f 386 / 37 …). Table 三 read in reading order (flow_table.h) then holds
 * those values twice. A pair is known by its place only (nothing but blanks and one page break
 * between two lines of the same text, each line holding nothing but values): two cells of the same
 * value, one each side of a break (0 / \f 0), look alike. So the pairs whose second copies are
 * exactly the values too many are dropped only where the table then adds up in every row and column
 * (R1, R2, R3: flow_sums.h), and only where one table does: two choices of pairs that both add up
 * but give different cells leave the values as they are. */
#ifndef NB_FLOW_REPEAT_H
#define NB_FLOW_REPEAT_H
#include "celltok.h"
#include "model.h"

/* v[0..n) the values of table 三's part in reading order (tokens of r's text), more than its
 * nrows × ncols cells. Where dropping the second copies of some such pairs, as many values as are too
 * many, gives one table whose sums hold as above, writes it into v (nrows × ncols, in order) and
 * returns how many values were dropped; else leaves v as it is and returns 0. */
int nb_flow_drop_repeats(const nb_report *r, const nb_ctok **v, int n, int nrows, int ncols);

#endif
