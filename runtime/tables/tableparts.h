/* tableparts.h — a table printed as two tables or more, each with some of its columns (a table 三 too
 * wide for the page: 自然人 in the first, 法人或其他组织's five columns and 总计 in the second, under a
 * caption （续表）), every part repeating the row labels.
 *
 * A part opens where the table's first row comes (一、本年新收…, again for the next part), its header
 * before it. The header shows which columns the part has: the one run of the table's columns, fewer
 * than all, whose labels' characters it holds (rowparts.h's test, which wrapped or interleaved labels
 * pass: 商业 / 企业; partcols.h), the columns on both sides of the run not shown. The part's rows then give those
 * columns, by the rules of a row (tables.c: as many values as the part has columns, or null). A header
 * that shows all the columns, or two runs, or none, opens no part: the rows are read whole. Nor does
 * a part that is not one of the parts: it must begin where the part before ended (the first at the
 * first column) and, unless it ends the table, the rows must come again after it (the next part); a
 * print cut at the page's edge, or a header that lost a label, shows a run too, its rows once. Only a
 * table whose rows end in their total (NB_SPLIT_SUM_LAST) is read so: a part of it holds pieces of a
 * sum, and its glued cells are split without the sum (which is the whole row's). */
#ifndef NB_TABLEPARTS_H
#define NB_TABLEPARTS_H
#include "celltok.h"

/* Whether the row d at label_tok (row its place among keys' rows), cells after it, is read as a part of its table: then *view is d as
 * that part (its columns only) and 1 is returned. Opens a part at the table's first row, or at the
 * first of its rows the text gives (seen: the rows read so far, by place) where that one is lost (a
 * `table-part` info says which columns), and keeps it for the rows of the same table after it. */
int nb_table_part_view(nb_tparse *tp, const nb_edition_keys *keys, const unsigned char *seen, size_t label_tok,
                       nb_tspan cells, int row, const nb_rowdef *d, nb_rowdef *view);

#endif
