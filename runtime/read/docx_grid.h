/* docx_grid.h — the grid columns of a Word table that its rows' cells use.
 *
 * Word lays a table on a grid of columns, a cell spanning some of them (w:gridSpan). A grid derived
 * from a .doc (LibreOffice's conversion, or Word saving a .doc as .docx) has a column wherever any
 * row has a cell edge: a cell of one row then spans two columns where the cells above and below it
 * span one, and written as TAB rows its padding reads as a blank cell among the row's values (487, a
 * blank, 60 …), which leaves the row null. The rows that share a grid are a band: those between two
 * rows of one cell (a caption over the whole width: 二、收到和处理…, 第二十条第（一）项), so a Word table
 * that holds tables 二 三 四 one under another has a band each. In a band only the grid columns where
 * one of its cells starts are kept; a span over the others is no cell. A caption keeps its span over
 * every column (readers of TAB rows take a row of one cell and TABs to the width for a caption). */
#ifndef NB_DOCX_GRID_H
#define NB_DOCX_GRID_H
#include <stddef.h>

/* A table's rows: row r's cells start at grid columns start[first[r]] … start[first[r + 1] - 1]
 * (first has rows + 1 entries), the table `width` columns wide. Into keep[r * (width + 1) + c]: 1 where
 * grid column c (1 … width - 1, a cell's left edge) is kept for row r's band. Returns keep (the caller
 * frees it), or NULL where the table is too large to be worth it (then every column is kept). */
unsigned char *nb_docx_grid_keep(const long *start, const size_t *first, size_t rows, long width);

#endif
