/* flow_otherhead.c — another table's column header among table 三's text; see flow_otherhead.h. */
#include "flow_otherhead.h"

#include <string.h>

/* Whether the n bytes at s and the label l agree as far as the shorter goes (a header cut over lines),
 * over the whole label or two characters of it at least: a piece of one character (本) is too common a
 * start of a line to be taken for another table's header. */
static int label_prefix(const char *s, size_t n, const char *l)
{
    enum { MIN_PIECE = 6 }; /* bytes: two CJK characters in UTF-8 */
    size_t ln = strlen(l), m = n < ln ? n : ln;
    return m && (m == ln || m >= MIN_PIECE) && !strncmp(s, l, m);
}

/* Whether a column label of a row in (inside) or out of (!inside) the table of prefix reads s. */
static int column_label_of(const nb_edition *ed, const char *s, size_t n, const char *prefix, int inside)
{
    size_t pn = strlen(prefix);
    for (const nb_rowdef *const *set = ed->rowsets; set && *set; set++)
        for (const nb_rowdef *d = *set; d->key; d++) {
            if ((strncmp(d->key, prefix, pn) == 0) != inside || !d->col_labels) continue;
            for (int c = 0; c < d->arity; c++)
                if (d->col_labels[c] && label_prefix(s, n, d->col_labels[c])) return 1;
        }
    return 0;
}

int nb_flow_other_table_head(const nb_edition *ed, const nb_ctok *t, const char *prefix)
{
    if (t->kind != NB_C_LABEL || t->label.kind == NB_L_ROW || t->label.kind == NB_L_HEADROW) return 0;
    if (t->label.kind == NB_L_BLOCK) return 1; /* 第二十条第（八）项: table 二's blocks */
    if (!ed) return 0;
    const char *s = t->raw.p;
    size_t n = t->raw.n;
    while (n && (*s == ' ' || *s == '\t')) s++, n--;
    return column_label_of(ed, s, n, prefix, 0) && !column_label_of(ed, s, n, prefix, 1);
}
