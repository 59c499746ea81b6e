/* flow_rows.h — whether a row's values, printed one a line after its label (PDF text in reading
 * order), are certainly its own.
 *
 * In reading order a cell's text comes where its top stands, so a row whose label and values stand
 * at different heights (a label over two lines beside values on one, a label cell spanning columns
 * that the tool reads as a column of its own) prints its label away from its values: after them, or
 * after the next row's label. A column's cells still come from the top down, so the values of the
 * rows come in the rows' order even where their labels do not. */
#ifndef NB_FLOW_ROWS_H
#define NB_FLOW_ROWS_H
#include "celltok.h"

struct nb_tables;

/* The values right after the label are not certainly its own where the token before the label is
 * the label of a row of the same table (no combined row over others) with no value after it: its
 * values are elsewhere, and these may be them. Returns that row's key, or NULL. Only where the row's
 * first value stands on a line after its label: values on the label's line are its own. */
const char *nb_flow_row_after_label(const nb_tparse *tp, size_t label_tok, nb_tspan cells);

/* Whether the token before the label is a value no row took as its own (a row's values beyond its
 * cells, values with no row before them), after a row of the same table: those are the values of a
 * row whose label stands elsewhere, and this label may be it, with its own values before it and the
 * ones after it another row's. That other row comes after it (values keep the rows' order), so
 * whether it is so is known when the table ends: nb_flow_rows_end. Same condition on the lines. A
 * label stands next to its values, before or after them: the other row is the next one, and a
 * longer chain of rows each printed after its values is not assumed. */
int nb_flow_row_after_orphans(const nb_tparse *tp, size_t label_tok, nb_tspan cells);

/* At the end of the tables (t->counts set): the cells of a row read right after values no row took
 * are made null, with a warning, where the next row that counts, of the same table, has no value (its
 * label absent, or no values after it): the values may be that row's. */
void nb_flow_rows_end(nb_tparse *tp, struct nb_tables *t);

#endif
