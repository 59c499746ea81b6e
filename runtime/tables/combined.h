/* combined.h — a row that a report prints as one where its edition's template splits it: 2021's
 * （六）其他处理 printed as a single row, as the 2019 template had it.
 *
 * Such a row is declared by the edition like any other, with a key ending in ".combined"
 * (applications.other.combined); it stands for its siblings (the other rows under the same parent
 * key). It is written, and summed by the checks, only where the report has it and none of its
 * siblings; its siblings are then null, not missing, and the checks take it in their place. */
#ifndef NB_COMBINED_H
#define NB_COMBINED_H
#include "edition.h"

/* The key is a combined row's (ends in ".combined"). */
int nb_row_is_combined(const char *key);
/* counts[i] for each row i of the edition (its place in the edition's rows, as in nb_tables.grid;
 * NB_MAX_ROWS at most): whether it counts, given which rows the report has (seen, by the same places;
 * nb_tables.seen). A combined row only where the report has it and none of its siblings, a sibling
 * only where the combined row does not count; every other row always. seen may be NULL (no tables:
 * combined rows do not count). Returns the number of rows. */
int nb_rows_counting(const nb_edition *ed, const unsigned char *seen, unsigned char counts[NB_MAX_ROWS]);

#endif
