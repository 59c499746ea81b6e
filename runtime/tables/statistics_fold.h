/* statistics_fold.h — a legacy 统计表 folded into parts set side by side (a long table on one page:
 * 指标名称 | 计量单位 | 统计数 | 指标名称 | 计量单位 | 统计数 in one header row). */
#ifndef NB_STATISTICS_FOLD_H
#define NB_STATISTICS_FOLD_H
#include "model.h"

/* The number of parts the table whose header row has n cells from head on is folded into: k >= 2 when
 * that row is k runs of the same header words (a label and a value column among them) and every row
 * after it has n cells too, so each cell's part is known; 1 otherwise (not folded, or parts that cannot
 * be told apart: the table is read as it stands). */
int nb_statistics_fold_parts(nb_report *r, const nb_cell *head, int n);

#endif
