/* grouplate.h — a group's label printed after the label of a row it spans, before that row's values.
 *
 * A label over rows (（四）无法提供) is printed on the line of one row of its span, which one a text
 * browser chooses: where the page's rowspan is wrong (an editor's leftover: one row too few), w3m
 * sets it after that row's own label, 2.没有现成信息需要另行制作 （四）无法提供 9 1 0 0 0 0 10, and the
 * row's values then follow the group's label, which has no values of its own. Where a row's label is
 * followed on its line by a group's label and then by numbers, the two labels are read in the other
 * order (group, then row): the numbers are the row's, as they are where the group's label comes first.
 * A row printed as one over the rows under it (（六）其他处理 with values, combined.h) is left as it is. */
#ifndef NB_GROUPLATE_H
#define NB_GROUPLATE_H
#include "celltok.h"

void nb_group_labels_before_rows(nb_tparse *tp);

#endif
