/* printed.h — whether a report's text is a print's: where a table's cells may be cut at the page's
 * edge or drawn out of their order, which a page, a Word file or a copy never does. */
#ifndef NB_PRINTED_H
#define NB_PRINTED_H
#include "model.h"

/* 1 for a PDF read by nianbao, or text with page breaks (form feeds, as pdftotext writes). */
int nb_text_is_print(const nb_report *r);

#endif
