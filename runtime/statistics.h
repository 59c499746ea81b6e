/* statistics.h — a statistics table of label / unit / value rows (the legacy 统计表), with each row's
 * place in the hierarchy from its numbering (一、 > （一） > 1.) and from 其中：. */
#ifndef NB_STATISTICS_H
#define NB_STATISTICS_H
#include "buf.h"
#include "model.h"

typedef struct nb_statistic {
    const char *label; /* as written, blanks removed */
    const char **path; /* labels from the top row down to this one */
    int depth;
    const char *unit;  /* NULL when blank */
    nb_str raw;        /* the value cell as written */
    nb_span span;
    int has_value, has_cumulative;
    double value, cumulative;
    struct nb_statistic *next;
} nb_statistic;

/* Reads t if its first row is a statistics header (统计指标 | 单位 | 统计数 [| 历年累计]). */
int nb_statistics_read(nb_report *r, const nb_rawtable *t);
void nb_statistics_json(nb_buf *b, const nb_statistic *s);

#endif
