/* sumjoin.h — a number broken over the lines of its narrow cell, read where the row's declared sum
 * proves it one number.
 *
 * A tool that draws a table in narrow columns (pandoc's grids) breaks a number that does not fit:
 * 111 as 1 / 11, which the grid reader joins as the text "1 11". A page's cell that holds two numbers
 * (1<br>11) is drawn the same, so the text alone is no number. A row whose template declares a sum
 * (NB_SPLIT_SUM_LAST: table 三's 总计 is the sum of the six applicant columns, R2; NB_SPLIT_GROUPS:
 * each total of table 四 is the sum of the four before it, R4) may prove it: where the row's cells
 * satisfy the sum with the pieces joined, and with no other reading of them (each piece alone, or
 * the pieces added), the cell is the joined number (raw kept as written, and a warning says so). A
 * blank or dashed part counts none, for a broken total only (the parts then add up to it at least,
 * more than its other readings); a piece after the first with a leading 0 (3 / 024) is none alone.
 * Anything else stays as it was: null, with the row's diagnostic. */
#ifndef NB_SUMJOIN_H
#define NB_SUMJOIN_H
#include "celltok.h"

/* Reads such texts among tp's tokens as numbers (before the table grammar runs). */
void nb_sum_join(nb_tparse *tp);

#endif
