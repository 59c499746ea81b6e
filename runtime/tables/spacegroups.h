/* spacegroups.h — a count grouped by no-break spaces where its row's sums deny the grouping.
 *
 * A page may group thousands with &nbsp; (12&nbsp;873: numbers.c reads it as one number, where the
 * grouping is exact), and a page may set two numbers one &nbsp; apart in a cell: the old count struck
 * through beside its correction (<s>200</s>&nbsp;204), which a text browser writes 200 204 with the
 * strike lost. Where a row's values add up as its template's do (总计 the sum of the others, in each
 * group of table 四) only without the grouped reading, the grouped cells of that sum are left null. */
#ifndef NB_SPACEGROUPS_H
#define NB_SPACEGROUPS_H
#include "tables.h"

void nb_space_groups_unsure(nb_report *r, nb_tables *t);

#endif
