/* combined_cells.h — a combined row (combined.h) read with cells where the report prints its
 * siblings too: the group label of the rows printed under it, followed by numbers that are another
 * row's (text in reading order puts a row's values after the next label). */
#ifndef NB_COMBINED_CELLS_H
#define NB_COMBINED_CELLS_H
#include "tables.h"

/* Takes such a row's cells out of t, with a diagnostic; the siblings stay. */
void nb_combined_unsure(nb_report *r, nb_tables *t);

#endif
