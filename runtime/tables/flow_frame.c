/* flow_frame.c — the part of a print's text table 三 stands in; see flow_frame.h. */
#include "flow_frame.h"

#include <stdint.h>
#include <string.h>

#include "flow_cells.h"

static int table_row_label(const nb_ctok *t, const char *prefix)
{
    return nb_flow_names_row(t) && !strncmp(t->label.key, prefix, strlen(prefix));
}

/* Whether the label of the row key stands in [from, to). */
static int row_label_in(const nb_ctoks *toks, size_t from, size_t to, const char *key)
{
    for (size_t i = 0; i < toks->n; i++) {
        const nb_ctok *t = &toks->v[i];
        if (t->span.byte < from) continue;
        if (t->span.byte >= to) break;
        if (nb_flow_names_row(t) && !strcmp(t->label.key, key)) return 1;
    }
    return 0;
}

/* Whether the table's row labels from first on, before byte to, are a run with no number among them
 * (after the last of them, other tables' cells may follow: a column drawn beside the table before). */
static int labels_alone(const nb_ctoks *toks, size_t first, size_t to, const char *prefix)
{
    size_t last = first;
    for (size_t i = first; i < toks->n && toks->v[i].span.byte < to; i++)
        if (table_row_label(&toks->v[i], prefix)) last = i;
    for (size_t i = first; i < last; i++)
        if (toks->v[i].kind == NB_C_NUM) return 0;
    return 1;
}

int nb_flow_table_part(const nb_report *r, const nb_ctoks *toks, size_t first, const char *prefix,
                       const char *last_key, size_t *from, size_t *to)
{
    size_t b = toks->v[first].span.byte;
    const nb_section *s = nb_flow_section_at(r->sections, b);
    if (!s) return 0;
    size_t next = nb_flow_next_frame(s);
    if (next && labels_alone(toks, first, next, prefix) && !row_label_in(toks, b, next, last_key))
        /* the label column's top before a frame's heading: the table is in the first frame after
           that holds the column's bottom, its last row's label */
        for (const nb_section *f = nb_flow_section_at(r->sections, next); f;) {
            size_t after = nb_flow_next_frame(f);
            if (row_label_in(toks, f->span.byte, after ? after : SIZE_MAX, last_key)) {
                *from = f->span.byte;
                *to = after ? after : SIZE_MAX;
                return 1;
            }
            f = after ? nb_flow_section_at(r->sections, after) : NULL;
        }
    if (!s->table_frame) return 0;
    *from = s->span.byte;
    *to = next ? next : SIZE_MAX;
    return 1;
}
