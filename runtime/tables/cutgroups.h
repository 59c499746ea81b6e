/* cutgroups.h — table 四 printed cut at the page's edge.
 *
 * Table 四 is the widest of the template (15 columns): a page printed narrower than it (Chromium's A5,
 * wkhtmltopdf, a page that does not wrap) clips it after the tenth or fourteenth column, and its row
 * has fewer values than the template's, which tables.c leaves null. Fewer values could as well be
 * blank cells that a print writes as nothing. What tells the two apart is the header: a print clips
 * the header's column labels with their values, while a blank cell keeps its label. So where the
 * lines between the section's title and the values name the columns one by one in the template's
 * order (结果维持 结果纠正 其他结果 尚未审结 总计, group after group, the last maybe cut short: 尚未审),
 * as many as there are values, the k-th value is the k-th column's. Groups are read whole only: each
 * where the header writes its own label (未经复议直接起诉) and its last value is the sum of the others
 * (a value cut short at the edge, 12 printed as 1, breaks it; the report's or the reading's slip leaves
 * the row null). A group cut short is not read: its last value stands at the edge, maybe the total
 * of a group with a blank cell whose 总计 label the edge cut (spec/total_column_cut.txt). A value the
 * PDF reader marks cut (12件…) counts as one, its group not read. Only a print's text (printed.h). */
#ifndef NB_CUTGROUPS_H
#define NB_CUTGROUPS_H
#include "celltok.h"
#include "tables.h"

void nb_cut_groups(nb_tparse *tp, nb_tables *t);

#endif
