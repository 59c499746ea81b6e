/* spacercol.h — a table's empty spacer columns (a spreadsheet's narrow gutter between the labels and
 * the counts, or between groups of counts: Excel's "Save as web page", WPS), in the TAB rows the
 * readers make of a table. Such a column has no text in any row, its header's either: it carries no
 * cell, but as an empty cell among a row's values it gives the row a cell more than the template's,
 * and the row is not read. */
#ifndef NB_SPACERCOL_H
#define NB_SPACERCOL_H
#include "encoding.h"

/* Drops the spacer columns of each table of t: a run of TAB rows, every one with as many cells, that
 * holds the header of each column of counts (a cell that is no number in every column holding a
 * number: the header is in the run, so a column blank only in the body is a real one, left alone),
 * and a column blank in every row. Each such column's cell is merged with its neighbour (the TAB
 * between them becomes a blank): every line, column and byte of the text keeps its place. A table
 * whose rows are not all as wide (a reader that writes a row's own cells only) is left as it is.
 * diag gets an info per table. For a text of nianbao's own making (an HTML page's, a Word document's):
 * the merged blank becomes part of a cell's raw text, which a text file's cells must take as written. */
void nb_spacercol_drop(nb_text *t, nb_enc_diag_fn diag, void *ctx);

/* The same over the TAB rows [rows, rows + len) a drawn table was rewritten as (grid.c: pandoc's and
 * Markdown's tables keep a spreadsheet's gutter as a column of empty cells). at: the rows' byte
 * offset in the text, for the diagnostics. The rows are nianbao's own making, not the file's bytes. */
void nb_spacercol_drop_rows(char *rows, size_t len, size_t at, nb_enc_diag_fn diag, void *ctx);

#endif
