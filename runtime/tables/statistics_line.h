/* statistics_line.h — the rows of a legacy 统计表 flattened onto one line (syntax/statline.h finds
 * it, its words and its rows). Where a row's numbers do not fill the header's value columns exactly
 * (a blank cell vanished in the copy), which column a number is in is not known: the row's values
 * are left null, and said. */
#ifndef NB_STATISTICS_LINE_H
#define NB_STATISTICS_LINE_H
#include "model.h"

/* The cells of a row, by column: its label, unit, value, 历年累计, and its number in a 序号 column (1,
 * or an outline code 1.2.1 that places the row in the hierarchy). */
enum { NB_SROW_CELLS = 5 };

/* Its rows cell by column (label, unit, value, 历年累计, 序号; NULL where a row has none), as
 * nb_statistics_rows (statistics.h) takes them; cum: the header has 历年累计. A row with no label
 * holds, as its unit, the cell of a unit or numbers that stood where the table has a label (said):
 * a row whose label is lost, so that the rows after it are not placed under a guessed heading. */
typedef struct nb_statline_table {
    const nb_cell *(*rows)[NB_SROW_CELLS];
    size_t n;
    int cum;
} nb_statline_table;

/* Reads t when its first cell is such a table (the header and its rows): 1 if it is, its rows in
 * *out (out->rows is malloc'd: the caller frees it). */
int nb_statline_read(nb_report *r, const nb_rawtable *t, nb_statline_table *out);

/* Reads the cells from `first` on (every cell after it, whatever its row) as the rows of a 统计表
 * whose cells came a line each, every one apart (lynx -dump of a table whose cells hold paragraphs:
 * 统计指标 / 单位 / 统计数 / 一、主动公开情况 / … / 条 / 1873): a row is cut from them as from the
 * words of a table on one line, a label, its unit, its numbers. Rows into *out as nb_statline_read.
 * numbered: the table has a 序号 column (its numbers, 1 or 1.2.1, open their rows). */
void nb_statline_cells(nb_report *r, const nb_cell *first, int cum, int numbered, nb_statline_table *out);

#endif
