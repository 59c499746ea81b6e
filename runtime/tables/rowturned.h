/* rowturned.h — a row of groups of columns printed turned: one printed row per group, one printed
 * column per column of a group (table 四 as some agencies print it: 行政复议, 未经复议直接起诉 and 复议后起诉
 * down the side, 结果维持 结果纠正 其他结果 尚未审结 总计 across the top).
 *
 * Nothing new is declared for it: a grouped row (NB_SPLIT_GROUPS) labels its columns "group column"
 * (行政复议 结果维持), so the words of its groups and of a group's columns are in its declaration, and
 * a header over some of its groups (行政诉讼) in the edition's parts (nb_rowpart.over). A turned row is
 * read only where its labels say which cell is which: a group's word (after the header over it, or not)
 * with as many values after it as a group has columns, below a header that names the group's columns,
 * each once, in the template's order, with only such rows between that header and it. A header that
 * names them otherwise (another order, one missing, one twice) leaves the group's cells null, said
 * (row-turned-unsure). */
#ifndef NB_ROWTURNED_H
#define NB_ROWTURNED_H
#include "celltok.h"

/* Whether row d is declared in groups of columns labelled "group column" (行政复议 结果维持). */
int nb_turned_grouped(const nb_rowdef *d);
/* The group of d whose word token t is (行政复议: 0), or -1. */
int nb_turned_group_of(const nb_rowdef *d, const nb_ctok *t);
/* The column of a group whose label token t is (结果纠正: 1), or -1. */
int nb_turned_column_of(const nb_rowdef *d, const nb_ctok *t);
/* The header over group k of d that the edition's parts declare (行政诉讼), or NULL. */
const char *nb_turned_over_of(const nb_edition *ed, const nb_rowdef *d, int k);
/* Whether token t is a header over some groups of d (行政诉讼). */
int nb_turned_is_over(const nb_edition *ed, const nb_rowdef *d, const nb_ctok *t);

/* The key of the grouped row one of whose groups token t names (复议后起诉: review_litigation), or NULL. */
const char *nb_turned_row(nb_tparse *tp, const nb_ctok *t);

/* Whether the header from token head up to the cells is a group's word of a turned row (see above):
 * then its cells are read as that group's (or left null, said, where the header over the rows does not
 * name the group's columns as the template does) and 1 is returned; 0 where it is no turned row. */
int nb_turned_cells(nb_tparse *tp, size_t head, nb_tspan cells);

#endif
