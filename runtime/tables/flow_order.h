/* flow_order.h — whether a row's values, read from a PDF's text in reading order, are certainly in
 * their columns' order.
 *
 * pdftotext without -layout writes a page's words in the order the page draws them, and a PDF may
 * draw a row's cells out of their left-to-right order (wkhtmltopdf drew a 0 of 商业企业 after the
 * row's 总计; a fallback font's full-width digits before the others): the values come one a line,
 * and nothing in the text shows the order is not the columns'. Where the template declares the row's
 * arithmetic (its last cell the sum of the others, or of each group of them), values that break it
 * are not trusted to be in order there. */
#ifndef NB_FLOW_ORDER_H
#define NB_FLOW_ORDER_H
#include "celltok.h"

/* 1 when the row d's values cells (as many as its cells, in order) stand on more than one line of a
 * PDF's text (one with page breaks, form feeds, as pdftotext writes), are all numbers or blanks (a
 * dash, a slash, an empty cell: 0 in the sum), and do not add up as d's split rule declares: their
 * order is not certain, or a number that wrapped in its cell (８４ over ５) is two of them while a
 * blank cell the text lost keeps their count whole. */
int nb_flow_order_unsure(const nb_tparse *tp, const nb_rowdef *d, nb_tspan cells);

#endif
