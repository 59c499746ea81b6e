/* printed.h — whether a report's text is a print's: where a table's cells may be cut at the page's
 * edge or drawn out of their order, which a page, a Word file or a copy never does. */
#ifndef NB_PRINTED_H
#define NB_PRINTED_H
#include <stdint.h>

#include "model.h"

/* 2 for a PDF read by nianbao (its own text, a table's cells placed by position on their row's
 * line), 1 for text with page breaks (form feeds, as pdftotext writes), else 0. */
int nb_text_is_print(const nb_report *r);

/* The column where byte p of the report's text stands on its line (1-based), as the text lays its
 * cells out: nianbao's PDF reader places a table's cells in display columns, a CJK or full-width
 * character (and punctuation U+2010-206F) two wide (pdfrows.c); pdftotext's grid and other text
 * give a character a column; a form feed (a page break) opening the line none. */
uint32_t nb_text_col(const nb_report *r, const char *p);

#endif
