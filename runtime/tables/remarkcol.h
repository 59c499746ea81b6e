/* remarkcol.h — a grid's column of remarks (备注, 说明).
 *
 * Some agencies add a column of remarks to table 三 after 总计 (WPS and Word templates with 备注 in the
 * header's first row), its cells text with numbers of their own: 含市政府办公室转办9件. Text after a
 * row's last cell, on its line, is otherwise a sign that the row has a cell more than its template (a
 * number cut short, a blank cell beside it) and leaves the row null; where the text stands in a column
 * of a grid (cells between TABs or pipes) whose header, in a grid line above, says 备注, it is a
 * remark: no value, and the row's cells are its own. */
#ifndef NB_REMARKCOL_H
#define NB_REMARKCOL_H
#include <stddef.h>

/* Whether the byte at off of text [text, text + len) stands in a grid's column headed 备注 or 说明 (the
 * cell of that column, counted by separators, in a line above of the same grid: the lines up to the
 * first with no separator, at most NB_REMARK_LINES of them). */
int nb_in_remarks_column(const char *text, size_t len, size_t off);

#define NB_REMARK_LINES 200

#endif
