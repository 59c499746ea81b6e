/* statistics_list.c — a 统计表 written as a list of label：value lines; see statistics_list.h. */
#include "statistics_list.h"

#include <stdlib.h>

#include "celltok.h"
#include "grow.h"
#include "statlist.h"
#include "utf8.h"

/* The row of the list at [s, e) of cell c into out (label, unit, value): 1 if it is one with a colon,
 * 0 for a group line (a label alone). */
static int list_row(nb_report *r, const nb_cell *c, const unsigned char *s, const unsigned char *e, const nb_cell **out)
{
    nb_statlist_row row;
    out[1] = out[2] = out[3] = out[4] = NULL;
    if (!nb_statlist_row_at(s, e, &row)) {
        out[0] = nb_cell_part(r, c, s, e);
        return 0;
    }
    out[0] = nb_cell_part(r, c, row.label_s, row.label_e);
    if (row.unit_s < row.unit_e) out[1] = nb_cell_part(r, c, row.unit_s, row.unit_e);
    if (row.value_s == row.value_e) return 1;
    const nb_cell *v = nb_cell_part(r, c, row.value_s, row.value_e);
    if (out[1] || !row.number)
        out[2] = v; /* (a dash: a blank; a word: said to be no number) */
    else
        nb_diag_add(r, "warning", "statistics-unit-missing", &v->span,
                    "统计表 row %.*s: the value \"%.*s\" has no unit after it, and the list has no unit column: what "
                    "it counts is not certain, left null",
                    (int)(row.label_e - row.label_s), (const char *)row.label_s, (int)v->raw.n, v->raw.p);
    return 1;
}

int nb_statistics_list_read(nb_report *r, const nb_rawtable *t, nb_statline_table *out)
{
    *out = (nb_statline_table){NULL, 0, 0};
    const nb_cell *head = t->cells;
    if (!head || (head->next && head->next->row == head->row)) return 0;
    const unsigned char *hs = (const unsigned char *)head->raw.p;
    if (!nb_statlist_caption(hs, hs + head->raw.n)) return 0;
    const nb_cell *(*rows)[NB_SROW_CELLS] = NULL;
    size_t n = 0, cap = 0;
    int valued = 0;
    for (const nb_cell *c = head->next; c; c = c->next) {
        if (c->next && c->next->row == c->row) { /* a row of cells: no line of the list */
            free(rows);
            return 0;
        }
        const unsigned char *s = (const unsigned char *)c->raw.p, *e = s + c->raw.n;
        for (const unsigned char *next = e; s < e; s = next, next = e) {
            const unsigned char *at;
            int glued = nb_statlist_glued(s, e, &at);
            if (glued) {
                const nb_cell *g = nb_cell_part(r, c, glued > 0 ? at : s, e);
                nb_diag_add(r, glued > 0 ? "info" : "warning", "statistics-rows-glued", &g->span,
                            glued > 0 ? "two rows of the 统计表's list on one line (lines joined): the row \"%.*s\" "
                                        "read after the first one's unit"
                                      : "rows of the 统计表's list on one line (lines joined) where the first one's unit "
                                        "may end in two places: \"%.*s\" not read",
                            (int)g->raw.n, g->raw.p);
                if (glued < 0) break;
                next = at;
            }
            nb_grow(&rows, &cap, n, sizeof *rows);
            if (!list_row(r, c, s, next, rows[n++])) continue;
            valued = 1;
        }
    }
    if (!valued) {
        free(rows);
        return 0;
    }
    *out = (nb_statline_table){rows, n, 0};
    return 1;
}
