/* flow_otherhead.h — another table's column header among table 三's text in reading order.
 *
 * Chromium's print read by pdftotext in reading order may set the last block of table 二 across the
 * heading of part 三: its row label (行政事业性收费) before the heading, its block label, column
 * header (本年收费金额（单位：万元）) and value after it, above table 三's own header. That header
 * is no label of table 三: a value after it, before table 三's first label, is the table's before
 * (flow_table.c). */
#ifndef NB_FLOW_OTHERHEAD_H
#define NB_FLOW_OTHERHEAD_H
#include "celltok.h"

/* Whether t is an article block's label (table 二's), or a label whose text is a template column label of ed's rows outside the table whose
 * keys start with prefix (or the start of one, or starts with one), and of none of that table's rows. */
int nb_flow_other_table_head(const nb_edition *ed, const nb_ctok *t, const char *prefix);

#endif
