/* statistics_cell_lines.h — a 统计表 whose cells came a line each, every one a row of its own (lynx -dump
 * of a table whose cells hold paragraphs, pdftotext in reading order). */
#ifndef NB_STATISTICS_CELL_LINES_H
#define NB_STATISTICS_CELL_LINES_H
#include "model.h"
#include "statistics_line.h"

/* Reads the table from cell `first` when its header 统计指标 / 单位 / 统计数 [/ 历年累计] comes a cell a
 * row, then its cells, whose rows are cut from them as a label, a unit, its numbers: 1 if it is such a
 * table, its rows in *out as nb_statline_read gives them (out->rows is malloc'd: the caller frees it;
 * none, said, when no row could be read). numbered: a 序号 header came before it, each row's number a
 * cell before its label. */
int nb_statistics_cell_lines(nb_report *r, const nb_cell *first, int numbered, nb_statline_table *out);

#endif
