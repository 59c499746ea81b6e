/* signs.h — a plus where the template's column has no sign.
 *
 * Only the 2019 template's 本年增/减 columns hold signed changes (+3, -1); every other count is a
 * number of items, decisions or applications, never written with a sign. A value written +3 under
 * such a column is a change that landed a column off (text in reading order sets a block's values
 * among its neighbours': 行政处罚's +3 after 行政事业性收费's label), or a row whose columns are not the
 * template's: the row's cells are not where its values are, and are all left null, with a warning.
 * (A count below zero is left to check R5: a report's error where the cell's place is certain.) */
#ifndef NB_SIGNS_H
#define NB_SIGNS_H
#include "tables.h"

void nb_signs_in_place(nb_report *r, nb_tables *t);

#endif
