/* grouporder.h — a row of groups of columns (table 四) read in the order its header names them.
 *
 * A header's row (HEADROW: 行政复议) takes the values after its header in the template's order:
 * 行政复议, 未经复议直接起诉, 复议后起诉, and in each group 结果维持 结果纠正 其他结果 尚未审结 总计. A report
 * may print another, and its header says so: 复议后起诉 before 未经复议直接起诉, or 总计 first in each
 * group. Read by position, each value would stand under another column, and a group whose columns
 * are only moved still adds up: nothing would say it. So the header from the row's header up to the
 * values is read for its words (nb_turned_group_of, nb_turned_column_of: the row's declaration):
 * - the groups' words give the groups' order where each group is named once and two named out of the
 *   template's order stand on one line (side by side, as a header row prints them);
 * - the columns' labels give each group's order where they come in runs of one group's labels, each
 *   once, one run a group, in the groups' order; two labels side by side on a line out of the
 *   template's order (总计 结果维持) say the order is another;
 * - a group whose last value is the sum of the others and whose named 总计 is not keeps the template's
 *   order whatever the header: then it is not read by the header.
 * Where the header names nothing against the template's order its values are read in it (a print's
 * stacked labels, 结果 / 维持, name nothing), unless the sums say 总计 is first (two groups at least,
 * none the other way). Where it names another order whole, each value goes under the column its
 * header names (column-order warning); where it names one in part, or the values are not one cell
 * each, the row is null (column-order). */
#ifndef NB_GROUPORDER_H
#define NB_GROUPORDER_H
#include "celltok.h"

enum { NB_ORDER_NULL, NB_ORDER_TEMPLATE, NB_ORDER_NAMED };

/* How row d's values cells under header head (its HEADROW token; the header up to first, the first
 * of its values) are to be read: NB_ORDER_TEMPLATE, in the template's order; NB_ORDER_NAMED, the
 * table's i-th value under d's column order[i] (said); NB_ORDER_NULL, left null (said). */
int nb_group_order(nb_tparse *tp, size_t head, size_t first, nb_tspan cells, const nb_rowdef *d,
                   int order[NB_MAX_COLS]);

#endif
