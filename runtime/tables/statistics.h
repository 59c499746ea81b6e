/* statistics.h — a statistics table of label / unit / value rows (the legacy 统计表), with each row's
 * place in the hierarchy from its numbering (一、 > （一） > 1.) and from 其中：. */
#ifndef NB_STATISTICS_H
#define NB_STATISTICS_H
#include "buf.h"
#include "model.h"
#include "statistics_line.h"
#include "statistics_words.h"

typedef struct nb_statistic {
    const char *label; /* as written, blanks removed */
    const char **path; /* labels from the top row down to this one */
    int depth;
    const char *unit;  /* NULL when blank */
    nb_str raw;        /* the value cell as written */
    nb_span span;
    int has_value, has_cumulative;
    int cum_column;    /* the table has a 历年累计 column (the row's may be blank) */
    double value, cumulative;
    struct nb_statistic *next;
} nb_statistic;

/* Reads t if its first row is a statistics header (统计指标 | 单位 | 统计数 [| 历年累计]): 1 if it is.
 * Rows run together (a copy without its blank lines) are read back when they split into whole rows of
 * the header's width; a header whose rows cannot be read gets a statistics-unread warning. */
int nb_statistics_read(nb_report *r, const nb_rawtable *t);
/* Rows given cell by column (NB_SROW_CELLS; NULL where the row has none) read as a
 * 统计表's rows are, with their hierarchy, after those read so far. A row without a label is one
 * whose label was lost (its unit cell says where): the rows after it up to the next of the outermost
 * level get no values, since whether the lost row was one of their headings is not known. */
void nb_statistics_rows(nb_report *r, const nb_cell *(*rows)[NB_SROW_CELLS], size_t n, int cum);
/* Reads every statistics table of the report, and warns of a header written as lines of text. */
void nb_statistics_read_all(nb_report *r);

#endif
