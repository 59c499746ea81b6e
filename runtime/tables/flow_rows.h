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
 * row whose label stands elsewhere, and this label may be it, its own values before it. Whether it
 * is so is known when the table ends: nb_flow_rows_end. Same condition on the lines. */
int nb_flow_row_after_orphans(const nb_tparse *tp, size_t label_tok, nb_tspan cells);

/* At the end of the tables (t->counts set), for each row read right after values no row took: if that
 * label owns those values, the values after it are the next label's, and so on, each label owning
 * the run of values before it (a table printed so, every row's values above its label, is no rarity).
 * That reading holds up to a label with no value after it, which then owns the last run: there the
 * two readings are both whole, and the cells of the rows from the first label up to it are made
 * null, with a warning. Where the chain meets a label with another count of values after it, or the
 * table ends with a label and its values, only the first reading is whole, and the cells stay. */
void nb_flow_rows_end(nb_tparse *tp, struct nb_tables *t);

#endif
