/* db_prep.h — a report's rows for the database, made in the thread that parsed it (load.c), so that
 * the one thread that writes (db.c) only looks up the labels and hands SQLite the rows.
 *
 * Why: SQLite has one writer. Walking the report, making each row's values, joining a section's
 * paragraphs, writing a statistic's key and encoding a cell's labels were a fifth of that thread's
 * work; the parsing threads are several, and do it beside each other.
 *
 *     nb_prep_sizes sizes = {0};       // the thread's: the sizes of its last report's rows
 *     nb_prep *p = nb_prep_of(r, &sizes);   // in a parsing thread
 *     …                                // in the writer: nb_db_put(db, r, p, &file, &was)
 *     nb_prep_free(p);
 *
 * The report is not needed after: its reports row is here too, its texts copied. The rows of
 * table k are p->rows[k] (db_insert.h, made aside), in the columns of nb_db_tables[k];
 * their report_id (column 0) is 0, and a cell's label_id (column 2) too, since only the database
 * knows them: the writer sets the label_id, and takes the rows (nb_ins_take: p->rows[k] is NULL
 * then) with the report's id, which SQLite reads in place of column 0. Cell i's labels are p->labels + label[i].off, label[i].n bytes
 * (db_labels.h's encoding), with their hash. */
#ifndef NB_CLI_DB_PREP_H
#define NB_CLI_DB_PREP_H
#include <stddef.h>
#include <stdint.h>

#include "db_insert.h"

struct nb_report;

/* A report's rows in the child tables, report_id then ord first, in this order. */
enum { NB_T_CELLS, NB_T_STATS, NB_T_SECTIONS, NB_T_CHECKS, NB_T_DIAGS, NB_NTABLE };
enum { NB_CELL_LABEL_COL = 2 };

typedef struct nb_db_table {
    const char *name, *columns;
    int ncol;
} nb_db_table;

/* The tables' names and columns (as an INSERT writes them). */
const nb_db_table *nb_db_tables(void);

typedef struct nb_prep_label {
    size_t off, n;
    uint64_t hash;
} nb_prep_label;

typedef struct nb_prep {
    /* the reports row (nb_rows_of), its texts copied: the report can go once its rows are made */
    const char *error, *agency, *agency_key, *edition, *title, *format, *encoding; /* NULL: none */
    int year; /* 0: not known */
    char *texts;
    nb_ins *rows[NB_NTABLE];
    char *labels; /* the cells' labels, encoded, one after the other */
    size_t len, cap;
    nb_prep_label *label; /* one a cell, in the order of the cells' rows */
    size_t nlabel, labelcap;
} nb_prep;

/* What the rows of a report took, so that the next one's are made in room of that size at once (growing
 * them a step at a time copied them over and over: a sixth of making them). */
typedef struct nb_prep_sizes {
    size_t rows[NB_NTABLE], bytes[NB_NTABLE]; /* rows and bytes of text of each table */
    size_t cells, labels;                     /* cells, and bytes of their labels */
} nb_prep_sizes;

/* The rows of r; sizes (NULL: none) the room to make for them, set to what the next report's may need. */
nb_prep *nb_prep_of(const struct nb_report *r, nb_prep_sizes *sizes);
void nb_prep_free(nb_prep *p);

#endif
