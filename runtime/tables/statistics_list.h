/* statistics_list.h — the rows of a legacy 统计表 written as a list of paragraphs (syntax/statlist.h:
 * a caption, then 1.主动公开政府信息数：1286条 a line), read as a 统计表's rows are. */
#ifndef NB_STATISTICS_LIST_H
#define NB_STATISTICS_LIST_H
#include "model.h"
#include "statistics_line.h"

/* Reads t when its first row is a caption naming a 统计表 and its other rows a line of the list each:
 * 1 if it is one, its rows in *out as nb_statline_read gives them (out->rows is malloc'd: the caller
 * frees it). A value with no unit after it is left null, said: the list has no column that says what
 * it counts. */
int nb_statistics_list_read(nb_report *r, const nb_rawtable *t, nb_statline_table *out);

#endif
