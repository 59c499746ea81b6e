/* statistics_line.h — a legacy 统计表 flattened onto one line, its cells separated by blanks only, as
 * crawled pages of older provincial reports have it:
 *
 *     指标名称 计量 单位 2011 年度 历年累计 主动公开信息数 条 425 1516 其中：1.网站公开 条 418 1509 …
 *
 * The lexer asks where such a table ends, so that it is a token of its own and its numbered rows are
 * no headings; the stream keeps it as a table of one cell; the statistics reader reads its rows here.
 * Rows are found from the words: a label (words that are neither a unit nor a number), a unit of the
 * cells' vocabulary (条 件 次 人次 …) and the numbers of the header's value columns. Where a row's
 * numbers do not fill those columns exactly (a blank cell vanished in the copy), which column a number
 * is in is not known: the row's values are left null, and said. */
#ifndef NB_STATISTICS_LINE_H
#define NB_STATISTICS_LINE_H
#include "model.h"

/* The header at s (blanks first): 指标名称 | 统计指标, 计量单位 | 单位, a value column (2011年度, 2011年,
 * 本年度, 统计数 …) and maybe 历年累计, in any spacing (计量 单位, 2011 年度). Its end, or NULL; *cum
 * (when not NULL) says whether it has the 历年累计 column. */
const unsigned char *nb_statline_header(const unsigned char *s, const unsigned char *e, int *cum);
/* Where the one-line table whose header is at s ends in [s, e): after its last row with a unit or a
 * number (what follows, a note or prose, is not the table's). NULL when s has no header, or no row. */
const unsigned char *nb_statline_end(const unsigned char *s, const unsigned char *e);
/* Reads t when its first cell is such a table (the header and its rows): 1 if it is. */
int nb_statline_read(nb_report *r, const nb_rawtable *t);

#endif
