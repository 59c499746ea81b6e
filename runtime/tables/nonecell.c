/* nonecell.c — a cell that writes 无 read as a blank (nonecell.h). */
#include "nonecell.h"

#include <stdint.h>
#include <string.h>

#include "numbers.h"

static int is_none_text(const nb_ctok *t)
{
    if (t->kind != NB_C_TEXT) return 0;
    const unsigned char *s = (const unsigned char *)t->raw.p, *e = s + t->raw.n;
    nb_trim_all(&s, &e);
    return e - s == 3 && !memcmp(s, "无", 3);
}

static int is_value(const nb_ctok *t) { return t->kind == NB_C_NUM || t->kind == NB_C_GLUED; }

/* The token next to i in direction dir on i's line (blank cells aside), or NULL. */
static const nb_ctok *beside(const nb_tparse *tp, size_t i, int dir)
{
    uint32_t line = tp->toks.v[i].span.line;
    for (size_t j = i; dir < 0 ? j-- > 0 : ++j < tp->toks.n;) {
        const nb_ctok *t = &tp->toks.v[j];
        if (t->span.line != line) return NULL;
        if (t->kind != NB_C_EMPTY) return t;
    }
    return NULL;
}

/* Whether the 无 at i stands among its row's values (see nonecell.h). */
static int among_values(const nb_tparse *tp, size_t i)
{
    const nb_ctok *p = beside(tp, i, -1), *n = beside(tp, i, 1);
    int pv = p && is_value(p), nv = n && is_value(n);
    int pw = pv || (p && (is_none_text(p) || (p->kind == NB_C_LABEL && p->label.kind == NB_L_ROW)));
    int nw = nv || (n && is_none_text(n));
    /* the row's last cell: table 四's 总计 of a column with no case written 无 at the line's end, after
       two values (after one it may be a 统计表's remark: 延期办结数  件  0  无) */
    const nb_ctok *pp = p ? beside(tp, (size_t)(p - tp->toks.v), -1) : NULL;
    int last = pv && !n && pp && is_value(pp);
    return (pv && nw) || (pw && nv) || last;
}

void nb_none_cells(nb_tparse *tp)
{
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t i = 0; i < tp->toks.n; i++) {
            nb_ctok *t = &tp->toks.v[i];
            if (!is_none_text(t) || !among_values(tp, i)) continue;
            t->kind = NB_C_NUM;
            t->is_null = 1;
            t->value = 0;
            t->unit = NULL;
            nb_diag_add(tp->r, "info", "cell-none", &t->span, "a cell writes 无: blank (null) as a dash is, not 0");
            changed = 1;
        }
    }
}
