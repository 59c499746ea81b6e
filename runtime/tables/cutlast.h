/* cutlast.h — a table's last column that a print cut off whole, header and cells.
 *
 * A browser's print of a table wider than its page loses what lies past the page's edge: table 三 of
 * a page whose 总计 column stands right of the others prints the six columns 自然人 … 其他 and no
 * trace of 总计, neither its header nor its cells (wkhtmltopdf, Chromium; pdftotext -layout gives
 * the same). Each row then has one cell fewer than the template, and which one is missing is known
 * from the header alone: where the lines of the table's header, above its first row, hold every
 * character of each of the other columns' labels and not one of the last column's (总计), the
 * columns printed are the first ones, and the last is the one cut off. Only in a print's text
 * (printed.h), only for a row whose cells are all values (a blank cell would say that its columns
 * are not known), and only for a template whose last label shares no character with the others. */
#ifndef NB_CUTLAST_H
#define NB_CUTLAST_H
#include "celltok.h"
#include "edition.h"

/* Whether the row of row definition d labelled by token label_tok, whose cells are `cells`, one
 * fewer than d's columns, lost its last column to the page's edge as above. */
int nb_last_column_cut(const nb_tparse *tp, const nb_rowdef *d, size_t label_tok, nb_tspan cells);

#endif
