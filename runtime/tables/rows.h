/* rows.h — the rows of tables 三 and 四, which the 2019 and 2021 templates share. */
#ifndef NB_ROWS_H
#define NB_ROWS_H
#include "edition.h"
#include "splitter.h"

/* Table 三 up to （五）不予处理 and from （七）总计 on; each edition adds its own （六）其他处理. */
extern const nb_rowdef nb_rows_applications_head[];
extern const nb_rowdef nb_rows_applications_tail[];
extern const nb_rowdef nb_rows_review[];
/* Table 三's columns, for an edition's own 其他处理 rows. */
extern const char *const nb_cols_applicants[];
extern const char *const nb_col_labels_applicants[];

#define NB_APPLICATION_ROW(k)                                                                      \
    {k, 7, nb_cols_applicants, nb_col_labels_applicants, NB_SPLIT_SUM_LAST, 0, NULL, NULL}

#endif
