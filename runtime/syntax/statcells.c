/* statcells.c — the cells of a 统计表 written a cell a line; see statcells.h. */
#include "statcells.h"

#include "numbers.h"
#include "utf8.h"

nb_statcell nb_statcell_kind(const unsigned char *s, const unsigned char *e)
{
    enum { MAX_UNIT = 4 }; /* 条, 件, 万元, 人次, 个 … */
    nb_trim(&s, &e);
    if (s >= e) return NB_SC_EMPTY;
    double v;
    int is_null;
    const char *unit;
    if (nb_parse_number(s, e, &v, &is_null, &unit)) return NB_SC_VALUE;
    if (nb_u8count(s, e) > MAX_UNIT) return NB_SC_LABEL;
    for (const unsigned char *p = s; p < e; p += nb_u8len(p, e))
        if (nb_digit_at(p, e, NULL) || !nb_is_han(p, e)) return NB_SC_LABEL;
    return NB_SC_VALUE;
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
