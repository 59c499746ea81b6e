/* celllines.h — tables that Word's text exports write a cell a line, with no line between a row's
 * cells: where their empty cells are.
 *
 * docx2txt centres each cell's text in 80 columns, so an empty cell is a line of its centring blanks
 * alone (39 spaces), where a line between rows is empty. LibreOffice's text export (soffice
 * --convert-to txt:Text) writes no line between rows or paragraphs and an empty cell as an empty line.
 * The stream (stream_table.c) asks these where a blank line is a cell. */
#ifndef NB_CELLLINES_H
#define NB_CELLLINES_H

/* The line at line_s (in buf, up to lim) is docx2txt's empty cell: 20 spaces or more alone, in a run
 * of such lines with text right above and right below it (lynx pads the empty lines between its
 * cells, which stand between empty lines). *run_end: where the run of such lines ends (NULL for no such
 * line), the same answer for every line of the run, so that a caller asks once a run. */
int nb_centred_empty_cell(const unsigned char *buf, const unsigned char *lim, const unsigned char *line_s,
                          const unsigned char **run_end);

/* From the line at p, under a row label of table 三 (six kinds of applicant and 总计): 7 where the
 * lines hold numbers or nothing and the 7th holds the row's last number, with an empty one before it
 * (LibreOffice: 37 / 2 / (empty) / (empty) / 1 / (empty) / 40), that number the sum of the others
 * (R2), and no number comes next past empty lines; else 0. Empty lines after the last
 * value are the next row's merged cells (三、本年度办理结果 over its rows) or a paragraph: a row whose
 * last cells are empty is not known. */
int nb_row_cells_below(const unsigned char *p, const unsigned char *lim);

#endif
