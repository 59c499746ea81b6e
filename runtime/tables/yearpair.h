/* yearpair.h — a count written beside last year's in one cell, this year's/last year's (302/282).
 *
 * Some reports print each cell of tables 三 and 四 as two counts with a slash between them and say
 * above the table which is which: （表中“/”前为2023年数据，“/”后为2022年数据）, or in a header,
 * 申请人情况（2023年/2022年）. Where such a note stands shortly before the cell (NOTE_REACH bytes) and
 * names the report's year for one side, that side is the cell's count; without the note the cell is
 * no number (a slash may part a count from its total, or a cell's two halves), and it stays null. */
#ifndef NB_YEARPAIR_H
#define NB_YEARPAIR_H
#include <stddef.h>

#include "model.h"

/* Whether [s, e), a cell at byte `at` of r's text, is two counts around a slash with a note before it
 * naming the report's year for one side: *value is that side's count, *side 0 (before the slash) or
 * 1 (after). The notes are found in the whole text at the first such cell, kept in r->year_notes. */
int nb_year_pair(nb_report *r, size_t at, const unsigned char *s, const unsigned char *e, double *value, int *side);

#endif
