/* threecols.c — table 三 in three columns (threecols.h). */
#include "threecols.h"

#include <string.h>

#include "colstacked.h"
#include "rows.h"
#include "utf8.h"

/* Whether the header names 自然人, the group and 总计, written whole or stacked a piece a line (a
 * print's narrow cells: 自然 / 人, 法人或 / 其他组 / 织), and has no character of a legal person's own
 * column (商 科 研 益 律: 商业企业 科研机构 社会公益组织 法律服务机构, and the short names). */
static int names_three(const nb_report *r, const unsigned char *s, const unsigned char *e)
{
    static const char *const labels[] = {"自然人", "法人或其他组织", "法人或者其他组织", "总计", "合计"};
    static const char *const legal[] = {"商", "科", "研", "益", "律"};
    for (size_t i = 0; i < sizeof legal / sizeof legal[0]; i++)
        if (nb_find(s, e, legal[i])) return 0;
    int lo, hi, found[5] = {0};
    nb_stacked_widths(r, &lo, &hi);
    for (int w = lo; w <= hi; w++) {
        nb_label_span at[5];
        nb_stacked_labels(s, e, w, labels, 5, at);
        for (int k = 0; k < 5; k++) found[k] |= at[k].found == 1;
    }
    for (int k = 0; k < 5; k++) found[k] |= nb_find(s, e, labels[k]) != NULL;
    /* wrapped, or stacked out of line (自然 / 人, 法人或 / 其他组织, 总 / 计 set apart): their heads */
    found[0] |= nb_find(s, e, "自然") != NULL;
    found[1] |= nb_find(s, e, "法人") != NULL;
    found[3] |= nb_find(s, e, "总") != NULL;
    return found[0] && (found[1] || found[2]) && (found[3] || found[4]);
}

int nb_three_columns(const nb_tparse *tp, const nb_rowdef *d, nb_tspan cells, const unsigned char *hs,
                     const unsigned char *he, const nb_ctok *v[3])
{
    if (d->cols != nb_cols_applicants) return 0;
    int n = 0;
    for (size_t i = 0; i < cells.count; i++) {
        const nb_ctok *t = &tp->toks.v[cells.first + i];
        if (t->kind == NB_C_EMPTY && !n) continue; /* a label's cells spanned, before the values */
        if (t->kind == NB_C_EMPTY && n == 3 && t->span.line > v[2]->span.line) continue; /* the next row's */
        if (t->kind != NB_C_NUM || n == 3) return 0;
        v[n++] = t;
    }
    if (n != 3) return 0;
    double x[3];
    for (int k = 0; k < 3; k++) x[k] = v[k]->is_null ? 0 : v[k]->value;
    return x[0] + x[1] == x[2] && names_three(tp->r, hs, he);
}
