/* rowparts.h — a row a report prints in parts, each a table of its own under a header of its own
 * (table 四 as two tables, （一）行政复议情况 and （二）行政诉讼情况: nb_edition.parts declares them).
 *
 * A part is read only where its header proves it: the labels from the one the table opens with (the
 * row's 行政复议, or the 行政诉讼 / 未经复议直接起诉 a part opens with) up to the values name exactly the
 * part's groups of columns, in their order (its header over them before them, or not), and nothing of
 * another part's. Its values then go to its columns by the rules of a row (tables.c), as many as it
 * has columns or none; where the header proves no part, they stay null and are said. */
#ifndef NB_ROWPARTS_H
#define NB_ROWPARTS_H
#include "celltok.h"

/* The part of the edition a table opens with at label t (its header over its groups, or its first
 * group where a report leaves that out), or NULL: the grammar's PART token. */
const nb_rowpart *nb_part_opened(const nb_edition *ed, const nb_ctok *t);

/* Whether the header from token head up to the cells proves a part of row d: then *view is d as that
 * part, its columns only (tables.c places them), a `row-part` info says so, and 1 is returned; 2
 * where the header names the part but its text does not show the part's columns before the values
 * (they may be another table's: left null, row-part-unsure), or, in a print's text, where a group of
 * columns the values fill whole does not keep its sum (reading order breaks a row at its gaps: the
 * values may begin inside another part's group); 0 where it names no part. */
int nb_part_of(nb_tparse *tp, size_t head, nb_tspan cells, const nb_rowdef *d, nb_rowdef *view);

/* The grammar's action for a header and the cells after it: head a row's header (HEADROW: 行政复议),
 * whose cells are a part of the row where its header proves one and else the row's (nb_table_row), or
 * the header a part opens with (PART), whose cells are the part's where its header proves it and
 * else values of no row (cell-unplaced, row-part-unsure). */
void nb_table_part(nb_tparse *tp, size_t head, nb_tspan cells);

/* The pieces of a wrapped row held so far (rowpieces.h), no piece having completed the row: read as
 * the other rules read their headers and cells (null, said). The table grammar's other actions call
 * it first, so they are read in their place. */
void nb_pieces_release(nb_tparse *tp);

/* When the tables end: a row read in parts says which of its parts no table gave (null). */
void nb_row_parts_end(nb_tparse *tp);

#endif
