/* combined_cells.c — a combined row's cells taken out where its siblings are printed; see
 * combined_cells.h. */
#include "combined_cells.h"

#include <string.h>

#include "combined.h"

/* b is a row under the same parent as the combined row a (applications.other.*). */
static int sibling(const char *b, const char *a)
{
    const char *dot = strrchr(a, '.');
    size_t n = (size_t)(dot - a);
    return strlen(b) > n && !memcmp(a, b, n) && b[n] == '.' && !strchr(b + n + 1, '.');
}

void nb_combined_unsure(struct nb_report *r, struct nb_tables *t)
{
    for (int c = 0; c < t->keys.n; c++) {
        const nb_rowdef *d = t->keys.rows[c];
        if (!t->seen[c] || !nb_row_is_combined(d->key)) continue;
        int siblings = 0;
        for (int k = 0; k < t->keys.n; k++) siblings |= k != c && t->seen[k] && sibling(t->keys.rows[k]->key, d->key);
        if (!siblings || !t->grid[c][0]) continue;
        const nb_tcell *first = t->grid[c][0];
        nb_diag_add(r, "warning", "row-combined", &first->span,
                    "%s has cells, but the rows under it are printed too: its label heads them, and the numbers "
                    "after it are not its own (another row's, out of order?); left out", d->key);
        for (nb_tcell **p = &t->cells; *p;) {
            int mine = 0;
            for (int i = 0; i < d->arity && !mine; i++) mine = *p == t->grid[c][i];
            if (mine) {
                *p = (*p)->next;
                t->ncells--;
            } else {
                p = &(*p)->next;
            }
        }
        t->cells_tail = &t->cells;
        while (*t->cells_tail) t->cells_tail = &(*t->cells_tail)->next;
        for (int i = 0; i < d->arity; i++) t->grid[c][i] = NULL;
        t->seen[c] = 0;
    }
}
