/* subitemnum.h — a sub-item's number standing apart, on the line before its label, taken out of the cells.
 *
 * A Word table may give the sub-items of a block of table 三 (（三）不予公开's 1 … 8) their numbers in a
 * narrow column of their own: `（三）不予公开 | 1 | 属于国家秘密 | counts…`. A copy that writes a cell a
 * line (docx2txt, LibreOffice's text export) puts each number alone on the line right before its
 * label, where it reads as the last cell of the row above, or as the head of a number wrapped over the
 * row's label; and where a cell of that row is blank (empty, not 0), the row's count of cells comes out
 * whole with the number as its 总计. A number alone on its line right before a sub-item label that has
 * no number of its own, equal to the number the template gives that label (1.属于国家秘密), is the
 * label's number and no cell, where every sub-item label of its block in the table has its number so
 * (a run 1, 2, 3 … that a row's 总计 cannot make by chance), in a block of three sub-items at least:
 * it is taken out with a subitem-numbers-dropped info. A row then short of a cell (a blank one the
 * copy wrote as nothing) is left null by the row's count. */
#ifndef NB_SUBITEMNUM_H
#define NB_SUBITEMNUM_H
#include "celltok.h"

void nb_subitem_numbers_apart(nb_tparse *tp);

#endif
