/* flow_chain.h — PDF text in reading order: a run of rows each of whose labels may stand after its
 * own values (flow_rows.h says why), found when the tables end. */
#ifndef NB_FLOW_CHAIN_H
#define NB_FLOW_CHAIN_H
#include "celltok.h"
#include "tables.h"

/* At the end of the tables (t->counts set), for each row read right after values no row took: if that
 * label owns those values, the values after it are the next label's, and so on, each label owning
 * the run of values before it (a table printed so, every row's values above its label, is no rarity).
 * That reading holds up to a label with no value after it, which then owns the last run: there the
 * two readings are both whole, and the cells of the rows from the first label up to it are made
 * null, with a warning. Where the chain meets a label with another count of values after it, or the
 * table ends with a label and its values, only the first reading is whole, and the cells stay. */
void nb_flow_rows_end(nb_tparse *tp, nb_tables *t);

#endif
