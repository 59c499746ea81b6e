/* subtotal.h — table 三 with a column of subtotals: 小计, the five legal persons added, before 总计.
 *
 * Some forms (WPS templates) add under 法人或其他组织 a column 小计 after 其他, the sum of the five legal
 * persons: each row then has eight values where the template has seven, and by position the subtotal
 * would be read as 总计 and 总计 as a cell more. Where table 三's header writes 小计 and a row's eight
 * values add up as such a row does (the seventh the sum of the second to sixth, the eighth the first
 * plus the seventh), the subtotal is taken out of the row, said; any other row is left as it is. */
#ifndef NB_SUBTOTAL_H
#define NB_SUBTOTAL_H
#include "celltok.h"

/* Takes the subtotals out of table 三's rows among tp's tokens, before the grammar reads them. */
void nb_subtotal_cells(nb_tparse *tp);

#endif
