/* remarkcol.h — a grid's columns the template lacks: remarks (备注, 说明) and shares (占比).
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

/* Whether the byte at off stands in a grid's column headed 占比, 比例 or 百分比 (perhaps with （%）): a
 * column some agencies add after table 三's 总计, each row's share of the total (31.3, — in the rows of
 * applications received). Its numbers are no cell of the template, and a row that has one more value
 * than its template there has its own cells before it. */
int nb_in_share_column(const char *text, size_t len, size_t off);

/* Whether table 三's header [s, e) (shorttotal.h's nb_header_text) names a column of shares as a head of
 * its own (占比 alone in its cell, its unit beside it or on the next line) after 申请人情况 or 总计, as
 * text that sets a cell a line writes the header's first row: the share is the rows' last value. */
int nb_header_share_last(const unsigned char *s, const unsigned char *e);

#define NB_REMARK_LINES 200

#endif
