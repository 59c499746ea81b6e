/* rowrepeat.h — a row read again: the page prints its tables twice.
 *
 * Some pages write each table twice, one copy for wide screens and one for phones, and hide one by
 * CSS; a text browser (w3m) or a converter that ignores the CSS shows both. The copies hold the same
 * numbers, so the first reading stands where the second agrees; a cell whose copies disagree is left
 * null (which copy is right is not known), with a row-repeat-differs warning. A second copy whose
 * cells cannot be set against the row's (another count) leaves the first reading as it is. */
#ifndef NB_ROWREPEAT_H
#define NB_ROWREPEAT_H
#include "celltok.h"
#include "tcell.h"

/* cells: the row's second reading; row: its cells read first, d->arity of them. The number of cells
 * the copies disagree on. */
int nb_row_repeat(nb_tparse *tp, nb_tspan cells, const nb_rowdef *d, nb_tcell *const *row);

#endif
