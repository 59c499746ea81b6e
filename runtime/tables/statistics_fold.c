/* statistics_fold.c — a 统计表 folded into parts side by side; see statistics_fold.h. */
#include "statistics_fold.h"

#include <string.h>

#include "celltok.h"
#include "statistics_words.h"

/* Whether the n cells from head on are k runs of the same words, the first naming a label and a value
 * column: each part has the whole header. */
static int repeats(nb_report *r, const nb_cell *head, int n, int k)
{
    int w = n / k, label = 0, value = 0;
    const nb_cell *part[2] = {head, head};
    for (int i = 0; i < w; i++, part[0] = part[0]->next) {
        nb_stat_col kind = nb_statistics_header_word(nb_cell_squeezed(r, part[0]));
        label |= kind == NB_STAT_LABEL;
        value |= kind == NB_STAT_VALUE;
    }
    if (!label || !value) return 0;
    for (int i = w; i < n; i++, part[0] = part[0]->next, part[1] = part[1]->next)
        if (strcmp(nb_cell_squeezed(r, part[0]), nb_cell_squeezed(r, part[1]))) return 0;
    return 1;
}

int nb_statistics_fold_parts(nb_report *r, const nb_cell *head, int n)
{
    int k = 0;
    for (int parts = 2; parts <= n / 2 && !k; parts++)
        if (n % parts == 0 && repeats(r, head, n, parts)) k = parts;
    if (!k) return 1;
    /* every row after the header as wide: a row of other cells (a span the layout did not keep, a cell
       lost) leaves which part each cell is in unknown */
    const nb_cell *c = head;
    while (c && c->row == head->row) c = c->next;
    while (c) {
        unsigned row = c->row;
        int cells = 0;
        for (; c && c->row == row; c = c->next) cells++;
        if (cells != n) return 1;
    }
    return k;
}
