/* rowpieces.h — a row of groups of columns printed wrapped: its columns cut into pieces one after
 * another, each a header of its own over its values (table 四 as 8 + 7: 行政复议's five and three of
 * 未经复议直接起诉's over a first row of values, 行政诉讼 / 未经复议直接起诉（续） and 复议后起诉 over the other
 * seven), as a CMS or an editor that limits a table's width prints it.
 *
 * The header words decide, never the count of values alone. A piece's header names, in the template's
 * order, the columns that follow the pieces before it (the first piece from the row's first column):
 * each column's label (结果维持 …) once, in order, whatever group words reading order set among them;
 * the words of exactly the groups those columns are in, in order (a group the wrap cut is named again
 * in the next piece: 未经复议直接起诉（续）); a header over some of those groups (行政诉讼) or not; and
 * nothing else (blank cells and a note in brackets aside). As many values follow as it names columns
 * (blank cells after them aside: the layout's empty columns). Pieces are held until one reaches the
 * row's last column: then all are read, if each group of columns keeps its sum (a print's edge cuts a
 * piece's last value and leaves its header whole); else none (null, said). A piece that does not continue them, or the tables' end, gives
 * the held ones back to be read by the other rules (null, said). */
#ifndef NB_ROWPIECES_H
#define NB_ROWPIECES_H
#include "celltok.h"

/* Whether the header from token head (a row's header or a part's, HEADROW / PART) up to the cells and
 * the cells are the next piece of a wrapped row (see above): then it is held, or, the row complete, all
 * its pieces are read (a `row-wrapped` info says so), and 1 is returned; else 0 and nothing changes. */
int nb_piece_take(nb_tparse *tp, size_t head, nb_tspan cells);

#endif
