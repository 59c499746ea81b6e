/* rowpiece.h — a row with groups of columns (table 四) printed in pieces that cut it anywhere, not at a
 * declared part: a page too narrow wraps the table, and each piece prints the labels of its own
 * columns over its values (结果维持 … 总计 结果维持 结果纠正 其他结果 ‖ 行政诉讼 未经复议直接起诉（续）
 * 复议后起诉 尚未审结 总计 结果维持 …).
 *
 * A piece is read only where its header proves its columns: the column labels between the row's head
 * and the values, in reading order, are exactly the template's labels of as many consecutive columns
 * as there are values (all on one line), the group headers it names are exactly the groups those
 * columns fall in, and only one run of columns fits both. A header whose labels wrap (结果 结果 / 维持
 * 纠正) or that names anything else proves nothing: 0, and the other rules (rowparts.h) decide. */
#ifndef NB_ROWPIECE_H
#define NB_ROWPIECE_H
#include "celltok.h"

/* Whether the header from token head up to the cells proves the numbers among them (*values: blank cells
 * before or after them left out) to be consecutive columns of row d: then *view is d as those columns
 * only, a `row-piece` info says so, and 1 is returned; else 0. */
int nb_piece_of(nb_tparse *tp, size_t head, nb_tspan cells, const nb_rowdef *d, nb_rowdef *view, nb_tspan *values);

#endif
