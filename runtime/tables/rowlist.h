/* rowlist.h — a row of groups of columns printed as a list: one printed row per cell (table 四 as
 * some agencies print it: 案件类型 | 结果 | 件数, then 行政复议 | 结果维持 | 3, | 结果纠正 | 1, …, 行政诉讼 |
 * 未经复议直接起诉 | 结果维持 | 1 …, the group cells merged over their rows).
 *
 * Nothing new is declared for it: a grouped row (NB_SPLIT_GROUPS) labels its columns "group column"
 * (行政复议 结果维持), so a group's word and a column's word name one cell (rowturned.h's words). A list
 * is read only where it leaves one reading: every group named once in the template's order (the
 * header over some groups, 行政诉讼, allowed between the rows), under each every column of a group named
 * once in the template's order, each column's word followed by exactly one value. A group's word may
 * stand among its rows (a print puts a merged cell at its rows' middle), but only before its last.
 * Anything else in between leaves the list to the other readers (its cells null, as before). */
#ifndef NB_ROWLIST_H
#define NB_ROWLIST_H
#include "celltok.h"

/* Reads the list tables among the tokens into the report's tables and takes their tokens out. */
void nb_list_rows(nb_tparse *tp);

#endif
