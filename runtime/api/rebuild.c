/* rebuild.c — a report made of stored cells (nb_report_from_cells, include/nianbao.h): what a
 * database keeps of a report is enough to run the checks across years (R7) on it again. */
#include <string.h>

#include "edition.h"
#include "model.h"
#include "nianbao.h"
#include "tables.h"

static const nb_edition *edition_named(const char *name)
{
    for (int i = 0; name && nb_editions[i]; i++)
        if (!strcmp(nb_editions[i]->name, name)) return nb_editions[i];
    return NULL;
}

static char *dup(nb_report *r, const char *s) { return s ? nb_arena_strndup(&r->arena, s, strlen(s)) : NULL; }

nb_report *nb_report_from_cells(const char *edition, const char *path, const char *agency, int year)
{
    const nb_edition *ed = edition_named(edition);
    if (!ed) return NULL;
    nb_report *r = nb_report_new();
    r->path = dup(r, path);
    r->agency = dup(r, agency);
    r->edition = ed->name;
    r->year = year;
    nb_tables_get(r, ed);
    return r;
}

int nb_report_add_cell(nb_report *r, const char *key, const char *row, nb_str raw, nb_span span, int has_value,
                       double value, int recovered)
{
    nb_tables *t = r->tables;
    const char *dot = t ? strrchr(key, '.') : NULL;
    if (!dot) return 0;
    size_t rn = (size_t)(dot - key);
    /* the cell's place in the grid: its row's place among the edition's rows, and its column */
    int place = 0;
    for (const nb_rowdef *const *set = t->ed->rowsets; *set; set++)
        for (const nb_rowdef *d = *set; d->key && place < NB_MAX_ROWS; d++, place++) {
            if (strlen(d->key) != rn || memcmp(d->key, key, rn)) continue;
            for (int k = 0; k < d->arity && k < NB_MAX_COLS; k++) {
                if (strcmp(d->cols[k], dot + 1)) continue;
                nb_tcell *x = nb_arena_alloc(&r->arena, sizeof *x);
                x->key = dup(r, key);
                x->row = dup(r, row);
                x->column = d->col_labels[k];
                x->unit = d->unit;
                x->raw.p = nb_arena_strndup(&r->arena, raw.p ? raw.p : "", raw.n);
                x->raw.n = raw.n;
                x->span = span;
                x->has_value = has_value;
                x->recovered = recovered;
                x->value = value;
                t->grid[place][k] = x;
                t->seen[place] = 1;
                *t->cells_tail = x;
                t->cells_tail = &x->next;
                t->ncells++;
                return 1;
            }
            return 0;
        }
    return 0;
}
