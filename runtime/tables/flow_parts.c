/* flow_parts.c — table 三's values in reading order, part by part; see flow_parts.h. */
#include "flow_parts.h"

#include <string.h>

#include "flow_rows.h"

/* Whether token t is the label of the row key. */
static int labels(const nb_ctok *t, const char *key)
{
    return t->kind == NB_C_LABEL && t->label.kind == NB_L_ROW && t->label.key && !strcmp(t->label.key, key);
}

int nb_flow_parts(const nb_ctoks *toks, const nb_ctok *const *v, int nrows, int ncols, const char *first_key,
                  const char *last_key, int *order, int *cols)
{
    int n = nrows * ncols, counts[NB_FLOW_PARTS_MAX] = {0}, parts = 1, seen_first = 0, closed = 0;
    size_t opens[NB_FLOW_PARTS_MAX], to = v[n - 1]->span.byte; /* by place in the text: a value may be joined */
    for (size_t i = 0; i < toks->n && toks->v[i].span.byte <= to; i++) {
        const nb_ctok *t = &toks->v[i];
        closed |= labels(t, last_key);
        if (!labels(t, first_key)) continue;
        if (seen_first++) {
            /* again, with no last row between: a label printed twice, not the rows again */
            if (!closed || parts == NB_FLOW_PARTS_MAX) return 0;
            opens[parts++ - 1] = t->span.byte;
        }
        closed = 0;
    }
    if (parts == 1) return 0;
    for (int i = 0, p = 0; i < n; i++) {
        while (p < parts - 1 && v[i]->span.byte > opens[p]) p++;
        counts[p]++;
    }
    int first_col = 0;
    for (int p = 0, i = 0; p < parts; p++) {
        if (!counts[p] || counts[p] % nrows || first_col + counts[p] / nrows > ncols) return 0;
        cols[p] = counts[p] / nrows;
        for (int k = 0; k < counts[p]; k++, i++) order[i] = (k / cols[p]) * ncols + first_col + k % cols[p];
        first_col += cols[p];
    }
    return first_col == ncols ? parts : 0;
}
