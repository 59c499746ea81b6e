/* unitcol.c — a 单位 column's words taken out of the cells (unitcol.h). */
#include "unitcol.h"

#include "numbers.h"

/* Whether the token is a text that is one unit word, blanks around it aside. */
static int unit_alone(const nb_ctok *t)
{
    if (t->kind != NB_C_TEXT) return 0;
    const unsigned char *s = (const unsigned char *)t->raw.p, *e = s + t->raw.n;
    nb_trim_all(&s, &e);
    return s < e && nb_unit_word(s, e) != NULL;
}

static int is_number(const nb_ctok *t) { return t->kind == NB_C_NUM || t->kind == NB_C_GLUED; }

void nb_units_apart(nb_tparse *tp)
{
    size_t k = 0;
    for (size_t i = 0; i < tp->toks.n; i++) {
        nb_ctok *t = &tp->toks.v[i];
        const nb_ctok *prev = k ? &tp->toks.v[k - 1] : NULL;
        if (prev && prev->kind == NB_C_LABEL && prev->label.kind == NB_L_ROW && unit_alone(t) &&
            i + 1 < tp->toks.n && is_number(&tp->toks.v[i + 1])) {
            nb_diag_add(tp->r, "warning", "unit-column", &t->span,
                        "\"%.*s\" between the row label %.*s and its numbers: a column of units, set aside",
                        (int)t->raw.n, t->raw.p, (int)prev->raw.n, prev->raw.p);
            continue;
        }
        tp->toks.v[k++] = *t;
    }
    tp->toks.n = k;
}
