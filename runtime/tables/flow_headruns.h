/* flow_headruns.h — table 二's cells from a print's text in reading order where each column's values come
 * right after its column's label: runs of column labels, each followed by its columns' values.
 *
 * LibreOffice's print of a Word report (and Chromium's of a page) read by pdftotext without -layout
 * writes table 二 so: the rows' labels apart (all blocks' before the first article header, or between
 * a block's rows), then each block's header (第二十条第（一）项), the labels of its columns read left to
 * right (本年新制作数量 本年新公开数量 对外公开总数量), then its values row by row, each row left to right
 * (0 0 0 / 2 2 9). A column drawn apart from its label's neighbours comes later as a run of its own (its
 * label, then its values from the top down), after a later header or at the table's end. The labels
 * before the values show the print read the label row across, and so the rows under it: a run of m
 * labels of a block of n rows followed by exactly n × m values holds them row by row, left to right.
 * Read only where every value of the part stands in a run:
 * - the part has every block's header once, in the template's order; no value stands before a
 *   column label in its block (nor after text no label reads), and no page number may stand among them;
 * - a run belongs to the block whose header it follows where that block has its labels (in order,
 *   each column once), else to the one block that has them; a label several blocks share (处理决定数量)
 *   only in the order of those blocks, each under its own header, up to the first that is not;
 * - every run that belongs to a block holds exactly its rows × labels values (a blank cell, which
 *   pdftotext writes as nothing, or a number come from elsewhere leaves the whole table unread), and no
 *   column is in two runs.
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
