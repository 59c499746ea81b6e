/* rows.h — the rows of tables 三 and 四, which the 2019 and 2021 templates share.
 *
 * Table 三's rows are listed once, as X-macros, so that an edition with other columns (a new
 * applicant column) declares the same rows over its own columns without copying them:
 *
 *     #define MY_ROW(k) {k, 8, my_cols, my_labels, NB_SPLIT_SUM_LAST, 0, NULL, NULL},
 *     static const nb_rowdef head[] = {NB_APPLICATIONS_HEAD(MY_ROW) NB_ROWS_END};
 *
 * A row split NB_SPLIT_SUM_LAST declares that its last cell is the sum of the others: check R2
 * follows from that (runtime/checks/rule_engine.c), over whatever columns the row has. */
#ifndef NB_ROWS_H
#define NB_ROWS_H
#include "edition.h"
#include "splitter.h"

#define NB_ROWS_END {NULL, 0, NULL, NULL, 0, 0, NULL, NULL}

/* Table 三 up to （五）不予处理 … */
#define NB_APPLICATIONS_HEAD(ROW)                                                                  \
    ROW("applications.new_received")                                                               \
    ROW("applications.carried_over")                                                               \
    ROW("applications.granted")                                                                    \
    ROW("applications.partially_granted")                                                          \
    ROW("applications.denied.state_secret")                                                        \
    ROW("applications.denied.prohibited_by_law")                                                   \
    ROW("applications.denied.three_security_one_stability")                                        \
    ROW("applications.denied.third_party_rights")                                                  \
    ROW("applications.denied.internal_affairs")                                                    \
    ROW("applications.denied.process_info")                                                        \
    ROW("applications.denied.law_enforcement_file")                                                \
    ROW("applications.denied.administrative_query")                                                \
    ROW("applications.unable.not_held")                                                            \
    ROW("applications.unable.needs_creation")                                                      \
    ROW("applications.unable.unclear_after_correction")                                            \
    ROW("applications.not_processed.petition_complaint")                                           \
    ROW("applications.not_processed.duplicate")                                                    \
    ROW("applications.not_processed.publication")                                                  \
    ROW("applications.not_processed.massive_repeated")                                             \
    ROW("applications.not_processed.confirm_or_reissue")
/* … and from （七）总计 on; each edition adds its own （六）其他处理 between the two. */
#define NB_APPLICATIONS_TAIL(ROW)                                                                  \
    ROW("applications.total_processed")                                                            \
    ROW("applications.carried_forward")

/* The template's seven applicant columns (自然人 … 总计). */
extern const char *const nb_cols_applicants[];
extern const char *const nb_col_labels_applicants[];
#define NB_APPLICATION_ROW(k)                                                                      \
    {k, 7, nb_cols_applicants, nb_col_labels_applicants, NB_SPLIT_SUM_LAST, 0, NULL, NULL},

/* The rows above over those columns, and table 四's one row of 15 cells. */
extern const nb_rowdef nb_rows_applications_head[];
extern const nb_rowdef nb_rows_applications_tail[];
extern const nb_rowdef nb_rows_review[];
/* Table 四's row in two parts, as some reports print it (nb_edition.parts). */
extern const nb_rowpart nb_parts_review[];

/* The words of table 三's labels over rows up to （五）不予处理 (nb_edition.spanning); an edition whose
 * （六）其他处理 spans rows adds it. */
extern const char *const nb_spanning_applications[];
/* Table 三's labels of rows and of groups of rows as the 2019 and 2021 templates print them, with
 * their numbering, （六）其他处理 as a label whether it has cells or spans rows (nb_edition.labels); an
 * edition with rows of its own under it adds theirs. */
extern const char *const nb_labels_applications[];

#endif
