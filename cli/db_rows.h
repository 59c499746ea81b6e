/* db_rows.h — a report as the rows of the database (cli/db.c), and R7 over rows read back from it.
 *
 * The one place where `load` and `check --db` read a report (through include/nianbao.h): everything
 * else sees these plain structs.
 *
 *     nb_rows_report m; nb_rows_of(r, &m);          // the reports row
 *     nb_rows_walk(r, &sink);                        // cells, statistics, sections, checks, diagnostics
 *     nb_report *x = nb_rows_rebuild(&m);           // a report made of stored cells, for R7
 *     nb_rows_rebuild_cell(x, &cell); …
 *     nb_rows_cross(x, prev, &sink);                 // the R7 checks of x against prev, to sink.check */
#ifndef NB_CLI_DB_ROWS_H
#define NB_CLI_DB_ROWS_H
#include <stddef.h>

#include "nianbao.h"

typedef struct nb_rows_report {
    const char *path, *error, *agency, *edition, *title, *format, *encoding; /* NULL: not known */
    int year;                                                                 /* 0: not known */
    size_t bytes;
} nb_rows_report;

/* A text that is not NUL-terminated, as the report wrote it. */
typedef struct nb_rows_str {
    const char *p;
    size_t n;
} nb_rows_str;

typedef struct nb_rows_cell {
    const char *key, *row, *column; /* applications.granted.total; the labels as written / the template's */
    nb_rows_str raw;
    int has_value, recovered;
    double value;
    unsigned line, col;
    size_t byte;
} nb_rows_cell;

typedef struct nb_rows_statistic {
    const char *key; /* statistics/一、…/（一）…, as `facts` writes it */
    const char *label, *unit;
    int depth;
    nb_rows_str raw;
    int has_value, has_cumulative;
    double value, cumulative;
    unsigned line, col;
} nb_rows_statistic;

typedef struct nb_rows_section {
    int ord, parent; /* in document order from 1; parent 0: at the top */
    int level;
    nb_rows_str number, title;
    const char *text; /* the section's own paragraphs, one a line */
    size_t paragraphs;
    unsigned line, col;
} nb_rows_section;

typedef struct nb_rows_check {
    const char *rule, *where, *message, *source; /* source: the other report (R7), else NULL */
    int ok, assessed, has_expected, has_actual, has_span;
    double expected, actual;
    unsigned line, col;
    const nb_check *model; /* the check itself, for nb_check_json */
} nb_rows_check;

typedef struct nb_rows_diag {
    const char *severity, *code, *message;
    int has_span;
    unsigned line, col;
} nb_rows_diag;

typedef struct nb_rows_sink {
    void *ctx;
    void (*cell)(void *ctx, const nb_rows_cell *c);
    void (*statistic)(void *ctx, const nb_rows_statistic *s);
    void (*section)(void *ctx, const nb_rows_section *s);
    void (*check)(void *ctx, const nb_rows_check *c);
    void (*diag)(void *ctx, const nb_rows_diag *d);
} nb_rows_sink;

void nb_rows_of(const struct nb_report *r, nb_rows_report *out);
/* Every row of r to the sink's callbacks (a NULL callback skips its kind). */
void nb_rows_walk(const struct nb_report *r, const nb_rows_sink *s);

/* A report made of the fields of m and the cells given to it, as the database holds them: enough
 * for the checks that compare reports (R7). NULL when m's edition is not one this build knows. */
struct nb_report *nb_rows_rebuild(const nb_rows_report *m);
/* 1 if the cell is one of the edition's, 0 if its key is not (it is left out). */
int nb_rows_rebuild_cell(struct nb_report *r, const nb_rows_cell *c);
/* R7 of cur against prev (last year's; NULL with why_not: not assessed, for that reason), and each
 * R7 check to sink->check. */
void nb_rows_cross(struct nb_report *cur, const struct nb_report *prev, const char *why_not,
                   const nb_rows_sink *sink);
void nb_rows_free(struct nb_report *r);

#endif
