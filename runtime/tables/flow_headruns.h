/* flow_headruns.h — table 二's cells from a print's text in reading order where each column's values come
 * right after its column's label: runs of column labels, each followed by its columns' values.
 *
 * LibreOffice's print of a Word report (and Chromium's of a page) read by pdftotext without -layout
 * writes table 二 so: the rows' labels apart (all blocks' before the first article header, or between
 * a block's rows), then each block's header (第二十条第（一）项), the labels of its columns read left to
 * right (本年新制作数量 本年新公开数量 对外公开总数量), then its values. Reading order alone does not say
 * whether a block of several rows and columns was read across each row (0 0 0 / 2 2 9) or down each
 * column (0 2 / 0 2 / 0 9: the crawl page's print, 规章 0 行政规范性文件 77 0 0 132 470); only the rows'
 * labels among the values tell. Read only what the text forces:
 * - the part has every block's header once, in the template's order; no value stands before a
 *   column label in its block (nor after text no label reads), and no page number may stand among them;
 * - a run is its block's only under that block's own header (labels in order, each column once); a run
 *   of another block's labels there (a column drawn apart, whose values may be anyone's) leaves the
 *   table unread;
 * - every run holds exactly its block's rows × labels values (a blank cell, which pdftotext writes as
 *   nothing, or a number come from elsewhere leaves the whole table unread), and no column is in two runs;
 * - a run of one row or one column is read in its order; of several rows and columns, row by row only
 *   where each later row's label stands right after the values of the rows before it
 *   (规章 0 0 0 行政规范性文件 2 2 9), or where its values are all the same; a row's label anywhere
 *   else among the values (规章 0 行政规范性文件 77 0 0) leaves the table unread.
 * Cell notes in brackets (（其中修订 2 件）, （单位：万元）) and a mark after a value (4126*) are no values. */
#ifndef NB_FLOW_HEADRUNS_H
#define NB_FLOW_HEADRUNS_H
#include "celltok.h"
#include "tables.h"

/* Table 二 of t from the first block header at byte from up to byte end: sets cells[place][col] to the
 * value token of each cell its runs prove (NULL elsewhere; cells is zeroed here) and returns how many,
 * or 0 where the part is not runs as above. */
int nb_flow_head_runs(const nb_tparse *tp, const nb_tables *t, size_t from, size_t end,
                      const nb_ctok *cells[NB_MAX_ROWS][NB_MAX_COLS]);

#endif
