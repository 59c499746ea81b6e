/* statcells.c — the cells of a 统计表 written a cell a line; see statcells.h. */
#include "statcells.h"

#include <string.h>

#include "numbers.h"
#include "utf8.h"

int nb_statcell_date(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *q;
    nb_trim(&s, &e);
    return nb_year_at(s, e, &q) && q < e && *q >= '0' && *q <= '9';
}

nb_statcell nb_statcell_kind(const unsigned char *s, const unsigned char *e)
{
    nb_trim(&s, &e);
    if (s >= e) return NB_SC_EMPTY;
    if (nb_statcell_date(s, e)) return NB_SC_LABEL; /* text, though it starts as a number */
    if (nb_is_number(s, e, NULL)) return NB_SC_VALUE;
    /* a unit (条, 件, 万元, 人次 …) is the unit column's cell; another short word may be a label's tail
       wrapped onto a line of its own (1.政府公报公开政府信息 / 数量), which would shift the row */
    return nb_unit_word(s, e) ? NB_SC_VALUE : NB_SC_LABEL;
}

int nb_statcells_step(int *width, int *pos, nb_statcell kind, int numbered, int *new_row)
{
    *new_row = 0;
    if (*width < 0) { /* the header's words */
        if (kind == NB_SC_EMPTY) {
            *width = 0;
            return 0;
        }
        if (!numbered) {
            (*width)--;
            return 1;
        }
        *width = -*width;
        *pos = 0;
    }
    if ((*pos == 0) != (kind == NB_SC_LABEL)) { /* a label where a value should be, or the reverse */
        *width = 0;
        return 0;
    }
    *new_row = *pos == 0;
    *pos = (*pos + 1) % *width;
    return 1;
}
