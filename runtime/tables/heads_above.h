/* heads_above.h — the heads of a row's numbers, wrapped a digit a line in cells taller than the
 * label's line, standing on the line right above the row's label.
 *
 * A print on a narrow sheet (Chromium's A5 print of a report, pdftotext -layout of it or the PDF
 * reader's own text) breaks a number wider than its cell a digit a line: 174 as 1 / 7 / 4, centred in
 * a row three lines tall, its label and its one-line values on the middle line. The heads (1, and the
 * 1 of 156 in another column) then stand on the line above, after a group label's first piece (三、)
 * or alone, and no row takes them; the row under them has its count of values, the middles (5, 7; or
 * 5↵6 and 7↵4 in the PDF reader's ruled cells, whose sum holds with or without the heads). Values
 * no row took, on the line right above the label (no blank line between), fewer than the row's cells
 * (not a row of their own whose label was not read), may be such heads: the row is null. */
#ifndef NB_HEADS_ABOVE_H
#define NB_HEADS_ABOVE_H
#include "celltok.h"

/* 1 + the token of the last such value before the label at label_tok of a row of arity cells, or 0. */
size_t nb_heads_above(const nb_tparse *tp, size_t label_tok, int arity);

/* In a print's text laid out by position (pdftotext -layout of wkhtmltopdf's A5 print), the pieces
 * of such numbers may stand a line each above and below the row's line (1 / 15 / row / 6 / 4 for
 * 156 and 174), in no paragraph of the table: the columns' reader then set a blank cell under 自然人
 * and 7 under 总计. A line right above or below the row's line (all its cells on the label's) that
 * holds numbers only, and no token of the table, is such a piece: its byte in the text, or SIZE_MAX. */
size_t nb_pieces_beside(const nb_tparse *tp, size_t label_tok, nb_tspan cells);

#endif
