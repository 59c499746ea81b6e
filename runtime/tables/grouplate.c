/* grouplate.c — a group's label after a row's label on its line, read before it (grouplate.h). */
#include "grouplate.h"

#include "combined.h"

static int is_label(const nb_ctok *t, nb_label_kind kind)
{
    return t->kind == NB_C_LABEL && t->label.kind == kind;
}

void nb_group_labels_before_rows(nb_tparse *tp)
{
    nb_ctok *v = tp->toks.v;
    for (size_t i = 0; i + 2 < tp->toks.n; i++) {
        nb_ctok *row = &v[i], *group = &v[i + 1], *value = &v[i + 2];
        if (!is_label(row, NB_L_ROW) || !is_label(group, NB_L_GROUP) || value->kind != NB_C_NUM ||
            group->span.line != row->span.line || value->span.line != row->span.line || !row->label.key ||
            nb_row_is_combined(row->label.key))
            continue;
        nb_diag_add(tp->r, "info", "row-group-between", &group->span,
                    "%.*s stands between the label of row %s and its values (a label over rows printed on one of "
                    "their lines): the values are the row's", (int)(group->raw.n > 60 ? 60 : group->raw.n),
                    group->raw.p, row->label.key);
        nb_ctok t = *row;
        *row = *group;
        *group = t;
        i++;
    }
}
