/* tables.h — the canonical tables of a report (the edition grammars fill them). */
#ifndef NB_TABLES_H
#define NB_TABLES_H
#include "buf.h"
#include "edition.h"
#include "model.h"
#include "tcell.h"

struct nb_statistic;

typedef struct nb_tables {
    const nb_edition *ed;
    nb_edition_keys keys;                     /* ed's rows and cells by key */
    nb_tcell *grid[NB_MAX_ROWS][NB_MAX_COLS]; /* by the row's place in the edition, and column */
    unsigned char seen[NB_MAX_ROWS];
    unsigned char bare[NB_MAX_ROWS];          /* seen with no cell at all: its label alone */
    unsigned char unread[NB_MAX_ROWS];        /* its cells all left null, its text not read (a diagnostic
                                                 said why): a later copy of the row may be read instead */
    unsigned char reread[NB_MAX_ROWS];        /* read from such a later copy (row-reread) */
    unsigned char differs[NB_MAX_ROWS];       /* a later copy disagreed with the first (row-repeat-differs) */
    unsigned char counts[NB_MAX_ROWS];        /* the row counts (combined.h), set when the tables end */
    nb_tcell *cells, **cells_tail;            /* in the order found */
    size_t ncells;
    struct nb_statistic *stats;               /* legacy 统计表 rows */
} nb_tables;

nb_tables *nb_tables_get(nb_report *r, const nb_edition *ed);
/* The place of the row whose key is key among t's rows, or -1. */
int nb_tables_place(const nb_tables *t, const char *key);
/* A cell of the row at place row of the report's edition, column col, written raw at span, under
 * the row's label as written (label); added to the grid and, in order, to the cells (tables.c). */
/* "row.column", a cell's key, in the arena. */
const char *nb_cell_key(nb_arena *a, const char *row, const char *col);
nb_tcell *nb_table_add_cell(nb_report *r, int row, int col, nb_str label, nb_str raw, nb_span span);
/* The cells of the row at place row moved to the columns a table's header names: the one in column i
 * to column order[i], its key and column label with it (colorder.h, blockorder.h, grouporder.h). */
void nb_row_reorder(nb_report *r, nb_tables *t, int row, const int *order);

#endif
