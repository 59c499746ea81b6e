/* grouporder.c — a row of groups of columns in the order its header names; see grouporder.h. */
#include "grouporder.h"

#include <string.h>

#include "buf.h"
#include "headlabels.h"
#include "rowturned.h"
#include "utf8.h"

enum { MAX_WORDS = 2 * NB_MAX_COLS }; /* a header names each group and column once, or twice over lines */

typedef struct {
    int id;        /* the group, or the column in its group */
    uint32_t line; /* where it stands */
    unsigned col;  /* a table cell's column + 1; 0 for a word of text */
    const char *at; /* the word in the text (NULL: not in it), for its place on its line */
} word;

static unsigned col_of(const nb_ctok *t) { return t->cell ? t->cell->col + 1 : 0; }

/* Where token t's word is in the text: a cell's own text (a label token holds its words squeezed, in the
 * arena), past its padding; or the token's. */
static const char *text_at(const nb_ctok *t)
{
    if (!t->cell) return t->raw.p;
    const unsigned char *s = (const unsigned char *)t->cell->raw.p, *e = s + t->cell->raw.n;
    return (const char *)nb_skip_blanks(s, e);
}

/* Words that are all table cells, each in a column of its own, set in their columns' order (a header
 * over two rows reads 行政诉讼 行政复议 / 复议后起诉 未经复议直接起诉 in turn, where 行政复议, merged down,
 * stands right of them all): 1; else 0, w as it was. */
static int by_columns(word *w, int n)
{
    for (int i = 0; i < n; i++) {
        if (!w[i].col) return 0;
        for (int j = 0; j < i; j++)
            if (w[j].col == w[i].col) return 0;
    }
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && w[j - 1].col > w[j].col; j--) {
            word x = w[j];
            w[j] = w[j - 1];
            w[j - 1] = x;
        }
    return 1;
}

enum { NONE_AGAINST = 1, NAMED = 2 }; /* what a header's words say of an order; 0: another, not whole */

/* The groups' words of the header from token head up to first, in their order, into w. */
static int group_words(const nb_tparse *tp, size_t head, size_t first, const nb_rowdef *d, word *w)
{
    int n = 0;
    for (size_t i = head; i < first && n < MAX_WORDS; i++) {
        int k = nb_turned_group_of(d, &tp->toks.v[i]);
        if (k >= 0) w[n++] = (word){k, tp->toks.v[i].span.line, col_of(&tp->toks.v[i]), text_at(&tp->toks.v[i])};
    }
    return n;
}

/* The columns' labels of the header from token head up to first, in their order, into w. */
static int column_words(const nb_tparse *tp, size_t head, size_t first, const nb_rowdef *d, word *w)
{
    int n = 0;
    for (size_t i = head + 1; i < first && n < MAX_WORDS; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        int c = nb_turned_group_of(d, t) < 0 ? nb_turned_column_of(d, t) : -1;
        if (c >= 0) w[n++] = (word){c, t->span.line, col_of(t), text_at(t)};
    }
    return n;
}

/* Where word x stands on its line of the text (nb_line_places); 0 where the word is not in the text. */
static int place_on_line(const nb_report *r, const word *x, long place[2])
{
    const char *t = r->text.data, *e = t + r->text.len;
    if (!x->at || x->at < t || x->at >= e) return 0;
    const unsigned char *ls = (const unsigned char *)x->at;
    while (ls > (const unsigned char *)t && ls[-1] != '\n') ls--;
    nb_line_places(ls, (const unsigned char *)x->at, place);
    return 1;
}

/* Words laid out over lines by their places (pdftotext -layout: 行政诉讼 … 行政复议 over 复议后起诉 未经复议直接
 * 起诉), set in their order left to right where counting a wide character as one column (a PDF's text
 * grid) and as two (a terminal's) give the same order, no two within two columns: 1; else 0, w as it was. */
static int by_places(const nb_report *r, word *w, int n)
{
    long p1[MAX_WORDS], p2[MAX_WORDS], place[2];
    for (int i = 0; i < n; i++) {
        if (!place_on_line(r, &w[i], place)) return 0;
        p1[i] = place[0];
        p2[i] = place[1];
    }
    int idx[MAX_WORDS];
    for (int i = 0; i < n; i++) idx[i] = i;
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && p1[idx[j - 1]] > p1[idx[j]]; j--) {
            int x = idx[j];
            idx[j] = idx[j - 1];
            idx[j - 1] = x;
        }
    for (int i = 1; i < n; i++)
        if (p1[idx[i]] - p1[idx[i - 1]] < 2 || p2[idx[i]] - p2[idx[i - 1]] < 2) return 0;
    word sorted[MAX_WORDS];
    for (int i = 0; i < n; i++) sorted[i] = w[idx[i]];
    memcpy(w, sorted, (size_t)n * sizeof *w);
    return 1;
}

/* The groups' order the header names (the table's k-th group is d's group g[k]): NONE_AGAINST (g the
 * template's), NAMED where two stand side by side out of the template's order and each is named once,
 * 0 where two stand out of it on different lines (which is left of which is not known) or one is
 * missing or named twice. */
static int groups_named(const nb_tparse *tp, size_t head, size_t first, const nb_rowdef *d, int *g)
{
    /* the header may start before the row's own word: 复议后起诉 read before 行政复议 (merged down, a
       taller cell, its label later in reading order) is the header's too */
    size_t from = head;
    while (from > 0 && head - from < 8) {
        const nb_ctok *b = &tp->toks.v[from - 1];
        if (b->kind == NB_C_NUM || b->kind == NB_C_GLUED || (b->kind == NB_C_LABEL && b->label.kind == NB_L_ROW)) break;
        from--;
    }
    word w[MAX_WORDS];
    int n = group_words(tp, from, first, d, w), ng = d->arity / d->group;
    int placed = by_columns(w, n); /* in a table's cells: left and right are known whatever the lines */
    int apart = 0, beside = 0; /* two words out of the template's order on different lines, on one line */
    unsigned seen = 0;
    for (int k = 0; k < ng; k++) g[k] = k;
    for (int i = 0; i < n; i++) {
        seen |= 1u << w[i].id;
        for (int j = i + 1; j < n; j++)
            if (w[j].id < w[i].id) {
                apart |= w[j].line != w[i].line && !placed;
                beside |= w[j].line == w[i].line || placed;
            }
    }
    /* in the template's order; out of it over lines, where which is left of which is not known (a
       print's stacked header, 复/议/后/起/诉 a piece a line beside 行政诉讼, sets its words on the lines
       their pieces start; a table's text a cell a line sets 行政复议, merged down, after 行政诉讼 above
       复议后起诉), the order is not known either way: not read */
    if (!beside && !apart) return NONE_AGAINST;
    if (n != ng || apart || seen != (1u << ng) - 1) return 0;
    int one_line = 1;
    for (int i = 1; i < n; i++) one_line &= w[i].line == w[0].line;
    /* out of order side by side: named where all stand on one line, or over lines by their places */
    if (!placed && !one_line && !by_places(tp->r, w, n)) return 0;
    for (int k = 0; k < ng; k++) g[k] = w[k].id;
    return NAMED;
}

/* Whether the labels of word i's line hold one group's whole (each of its g labels): a header row as a
 * page prints it, not a print's stacked pieces. */
static int run_on_line(const word *w, int n, int i, int g)
{
    unsigned seen = 0;
    for (int k = 0; k < n; k++)
        if (w[k].line == w[i].line) seen |= 1u << w[k].id;
    return seen == (1u << g) - 1;
}

/* The columns' order the header names in each group (the table's k-th group's j-th column is its
 * group's column c[k * group + j]): NAMED where they come in runs of one group's labels each once, a
 * run a group; else NONE_AGAINST (c the template's) where no two labels side by side on a line stand
 * out of the template's order (总计 then 结果维持 is a group's end and the next one's start), 0 where
 * some do (below). */
static int columns_named(const nb_tparse *tp, size_t head, size_t first, const nb_rowdef *d, int *c)
{
    word w[MAX_WORDS];
    int n = column_words(tp, head, first, d, w), g = d->group, whole = n == d->arity;
    for (int i = 0; i < d->arity; i++) c[i] = i % g;
    for (int k = 0; whole && k < d->arity / g; k++) {
        unsigned seen = 0;
        for (int j = 0; j < g; j++) seen |= 1u << w[k * g + j].id;
        whole = seen == (1u << g) - 1;
    }
    if (whole) {
        for (int i = 0; i < n; i++) c[i] = w[i].id;
        return NAMED;
    }
    /* side by side on a line, a label after one the template puts after it (其他结果 结果纠正) says another
       order; not a group's first after any (尚未审结 结果维持: a print's staggered header may set 总计 on
       another line, and the next group starts), nor a skip forward or a label twice (总计 总计); and not in a
       print's stacked header at all, whose labels are joined a column at a time on the lines they end
       (结果纠正 其他结果 尚未审结 结果纠正 …): where one group's labels stand whole on one line */
    for (int i = 1; i < n; i++)
        if (w[i].line == w[i - 1].line && w[i].id < w[i - 1].id && w[i].id != 0 && run_on_line(w, n, i, g))
            return 0;
    return NONE_AGAINST;
}

/* Whether value at of group k of the cells is the sum of the group's others (all numbers). */
static int sums_others(const nb_tparse *tp, nb_tspan cells, const nb_rowdef *d, int k, int at)
{
    double s = 0, v = 0;
    for (int j = 0; j < d->group; j++) {
        const nb_ctok *t = &tp->toks.v[cells.first + (size_t)(k * d->group + j)];
        if (t->kind != NB_C_NUM || t->is_null) return 0;
        if (j == at) v = t->value;
        else s += t->value;
    }
    return s == v;
}

/* Why the sums contradict the order (order: the table's i-th value is d's column order[i]), or NULL:
 * a group that keeps its sum in the template's last column and not in the one named 总计; or, 总计
 * named last, groups whose first value is the sum of the others while their last is not (two at
 * least, none the other way). */
static const char *sums_against(const nb_tparse *tp, nb_tspan cells, const nb_rowdef *d, const int *order)
{
    int g = d->group, first_only = 0, last_only = 0, lost = 0, named_last = 1;
    for (int k = 0; k < d->arity / g; k++) {
        int total = g - 1;
        for (int j = 0; j < g; j++)
            if (order[k * g + j] % g == g - 1) total = j;
        named_last &= total == g - 1;
        int first = sums_others(tp, cells, d, k, 0), last = sums_others(tp, cells, d, k, g - 1);
        first_only += first && !last;
        last_only += last && !first;
        lost += last && !sums_others(tp, cells, d, k, total);
    }
    if (lost) return "a group's last value is the sum of its others, and not the value its header names 总计";
    if (named_last && first_only >= 2 && !last_only)
        return "groups' first values are the sums of their others and not their last (总计 first?), where its "
               "header names 总计 last or names nothing";
    return NULL;
}

int nb_group_order(nb_tparse *tp, size_t head, size_t first, nb_tspan cells, const nb_rowdef *d,
                   int order[NB_MAX_COLS])
{
    if (!nb_turned_grouped(d) || d->arity > NB_MAX_COLS || d->arity / d->group > NB_MAX_COLS) return NB_ORDER_TEMPLATE;
    int ng = d->arity / d->group, g[NB_MAX_COLS], c[NB_MAX_COLS];
    int groups = groups_named(tp, head, first, d, g), columns = columns_named(tp, head, first, d, c), same = 1;
    for (int i = 0; i < d->arity; i++) {
        order[i] = g[i / d->group] * d->group + c[i];
        same &= order[i] == i;
    }
    int one_each = cells.count == (size_t)d->arity;
    for (size_t i = 0; one_each && i < cells.count; i++) one_each = tp->toks.v[cells.first + i].kind != NB_C_GLUED;
    const char *why = NULL;
    if (!groups || !columns) why = "its header names an order of its columns other than the template's, but not whole (a group's "
                                    "word or a column's label missing, twice, or out of order on another line)";
    else if (!one_each && !same) why = "its header names another order of its columns than the template's, and its values are not one a cell";
    else if (one_each) why = sums_against(tp, cells, d, order);
    const nb_ctok *h = &tp->toks.v[head];
    if (!why && same) return NB_ORDER_TEMPLATE;
    if (why) {
        nb_diag_add(tp->r, "warning", "column-order", &h->span,
                    "%s: %s; its cells are left null", d->key, why);
        return NB_ORDER_NULL;
    }
    nb_buf b; /* the groups and the columns of the first as the header names them */
    nb_buf_init(&b);
    for (int k = 0; k < ng; k++) {
        const char *w = d->col_labels[g[k] * d->group];
        nb_buf_printf(&b, "%s%.*s", k ? ", " : "", (int)strcspn(w, " "), w);
    }
    nb_buf_printf(&b, ";");
    for (int j = 0; j < d->group; j++) nb_buf_printf(&b, " %s", strchr(d->col_labels[c[j]], ' ') + 1);
    nb_diag_add(tp->r, "warning", "column-order", &h->span,
                "%s: its header names its columns in another order than the template's (%s): each value is read "
                "under the column its header names", d->key, b.data);
    nb_buf_free(&b);
    return NB_ORDER_NAMED;
}
