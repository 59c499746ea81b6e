/* unitcol.h — a 单位 column between a table's labels and its numbers, set apart.
 *
 * Some reports give table 二 a column of units: 信息内容 | 单位 | 本年制发件数 …, its rows 规章 | 件 | 0 | 0 | 0
 * and 行政事业性收费 | 万元 | 1.85. The unit is a word, no cell of the template: a text that is one unit
 * the cells know (件, 万元, 个 …: nb_unit_word) alone, right after a row's label and before a number,
 * is taken out of the cells with a unit-column warning, and the row's numbers read in their places.
 * Browsers' and PDF copies' lines (规章 件 0 0 0) come to the same tokens as the page's cells. */
#ifndef NB_UNITCOL_H
#define NB_UNITCOL_H
#include "celltok.h"

void nb_units_apart(nb_tparse *tp);

#endif
