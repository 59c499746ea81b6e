/* rowyear.h — a header's row printed for several years under one header (table 四 with a 年度 column:
 * a row 2022年 for comparison above the row 2023年 the report is on, or below it).
 *
 * The grammar gives a header's row (HEADROW: 行政复议) the values after its header, the first row of
 * them; the rows after it would be values of no row. Where the row's values are labelled with a year
 * (a cell 2022年 or 2023年度 right before them), or another run of values labelled so follows, the
 * labels decide: the run labelled with the report's year is the row's, where exactly one is; else
 * (none, two, a run without a year among them, the report's year unknown) the row is null. The
 * other runs are the table's, no stray values. */
#ifndef NB_ROWYEAR_H
#define NB_ROWYEAR_H
#include "celltok.h"

/* The cells of header head's row that are the report year's (cells: the ones after the header), and
 * 1; or 0 where runs labelled with years do not name one as the report year's (said: the row is to be
 * left null). Runs after cells that the labels make the table's are taken (no cell-unplaced). */
int nb_row_of_year(nb_tparse *tp, size_t head, nb_tspan *cells);

/* A row whose label is followed (blank cells aside) by runs of values each labelled with a year (a
 * table 三 printing last year's row under this year's, a 年度 column: 一、本年新收… | 2024年 | 452 … /
 * | 2023年 | 391 …): 1 and the report year's run in *cells where exactly one is; -1 where runs so
 * labelled follow and none or two are the report's (said: the row is to be left null); 0 where no run
 * labelled with a year follows. */
int nb_row_years_after(nb_tparse *tp, size_t label, nb_tspan *cells);

#endif
