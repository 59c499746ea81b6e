/* columns.h — tables laid out in aligned columns without borders (pdftotext -layout, lynx, the
 * PDF reader's table lines) into the TAB rows the rest of the pipeline reads.
 *
 * Such a layout puts a row's numbers on one line and spreads its label over the lines above and
 * below (a wrapped cell is centred on its row), with the pieces of a label that spans rows (三、本 /
 * 年度办 / 理结果, （三） / 不予公 / 开) in a column to their left. A row is rebuilt as one line:
 * the pieces of the spanning labels, one cell per column, then the row's label, then its numbers.
 *
 * A row that stands on one line (its label, any spanning label, a unit, its numbers) is marked in
 * place: one ASCII blank of each gap between cells becomes a TAB, so every byte keeps its offset,
 * line and column and the spans of its cells index the input as it was (a row whose gaps have too
 * few ASCII blanks for its TABs is left as it stands). A row spread over several lines is rebuilt:
 * the text keeps its lines and, where it can, the byte offset of every line after the row: the row
 * is written on the line of its numbers, the other lines of the row become blank; the spans of
 * such a row's cells index the rebuilt text. A number wrapped inside its narrow cell (18 on the row's
 * line, 1 under it) is written 18↵1: no number, its cell null with both pieces in its diagnostic.
 * Text that is not such a row is copied as it is.
 * Linear in the input. */
#ifndef NB_COLUMNS_H
#define NB_COLUMNS_H
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Rewrites in[0, n) into out when some row was rebuilt, and returns the number of rows rebuilt (0:
 * out is untouched and the input is to be used as it is). positioned_tabs: the text is the PDF
 * reader's, whose table lines place each cell after a TAB with blanks (pdf.c); otherwise a line
 * with a TAB is a row as it stands. */
size_t nb_columns(const unsigned char *in, size_t n, int positioned_tabs, nb_buf *out);

/* Display width of a character: 2 for a wide (CJK, full-width) one, the ideographic space too. */
int nb_display_width(uint32_t c);

#endif
