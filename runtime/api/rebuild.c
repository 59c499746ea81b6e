/* rebuild.c — a report made of stored cells (nb_report_from_cells, include/nianbao.h): what a
 * database keeps of a report is enough to run the checks across years (R7) on it again. */
#include <string.h>

#include "edition.h"
#include "model.h"
#include "nianbao.h"
#include "tables.h"

static char *dup(nb_report *r, const char *s) { return s ? nb_arena_strndup(&r->arena, s, strlen(s)) : NULL; }

nb_report *nb_report_from_cells(const char *edition, const char *path, const char *agency, int year)
{
    const nb_edition *ed = nb_edition_named(edition);
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
    int k = 0;
    int place = t ? nb_edition_cell(&t->keys, key, &k) : -1; /* the cell's place in the grid */
    if (place < 0 || k >= NB_MAX_COLS) return 0;
    const nb_rowdef *d = t->keys.rows[place];
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
