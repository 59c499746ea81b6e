/* rowturned.c — a row of groups of columns printed turned; see rowturned.h. */
#include "rowturned.h"

#include <stdint.h>
#include <string.h>

#include "splitter.h"
#include "tables.h"

/* Whether token t is the label w (its n bytes) as written: w, perhaps with a note in brackets after it. */
static int word_is(const nb_ctok *t, const char *w, size_t n)
{
    if ((t->kind != NB_C_LABEL && t->kind != NB_C_TEXT) || t->raw.n < n || memcmp(t->raw.p, w, n)) return 0;
    return t->raw.n == n || t->raw.p[n] == '(' || (t->raw.n - n >= 3 && !memcmp(t->raw.p + n, "（", 3));
}

/* Whether row d is declared in groups of columns labelled "group column" (行政复议 结果维持). */
static int grouped(const nb_rowdef *d)
{
    return d && d->split == NB_SPLIT_GROUPS && d->group > 1 && d->arity % d->group == 0 && d->col_labels;
}

/* The group of d whose word token t is (行政复议: 0), or -1. */
static int group_of(const nb_rowdef *d, const nb_ctok *t)
{
    for (int k = 0; k < d->arity / d->group; k++) {
        const char *w = d->col_labels[k * d->group];
        if (strchr(w, ' ') && word_is(t, w, (size_t)(strchr(w, ' ') - w))) return k;
    }
    return -1;
}

/* The column of a group whose label token t is (结果纠正: 1), or -1. */
static int column_of(const nb_rowdef *d, const nb_ctok *t)
{
    for (int i = 0; i < d->group; i++) {
        const char *blank = strchr(d->col_labels[i], ' ');
        if (blank && word_is(t, blank + 1, strlen(blank + 1))) return i;
    }
    return -1;
}

/* The header over group k of d that the edition's parts declare (行政诉讼), or NULL. */
static const char *over_of(const nb_edition *ed, const nb_rowdef *d, int k)
{
    for (const nb_rowpart *p = ed->parts; p && p->row; p++)
        if (!strcmp(p->row, d->key) && p->first <= k * d->group && k * d->group < p->first + p->count) return p->over;
    return NULL;
}

/* Whether token t is a header over some groups of d. */
static int is_over(const nb_edition *ed, const nb_rowdef *d, const nb_ctok *t)
{
    for (int k = 0; k < d->arity / d->group; k++) {
        const char *o = over_of(ed, d, k);
        if (o && word_is(t, o, strlen(o))) return 1;
    }
    return 0;
}

const char *nb_turned_row(nb_tparse *tp, const nb_ctok *t)
{
    const nb_tables *tb = nb_tables_get(tp->r, tp->ed);
    for (int i = 0; i < tb->keys.n; i++)
        if (grouped(tb->keys.rows[i]) && group_of(tb->keys.rows[i], t) >= 0) return tb->keys.rows[i]->key;
    return NULL;
}

/* The group the labels from token head up to the cells name: one group's word, after the header over
 * it or not (blank cells aside); or -1. */
static int named_group(const nb_tparse *tp, const nb_rowdef *d, size_t head, size_t first)
{
    int k = -1, over = 0;
    for (size_t i = head; i < first; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        int g = group_of(d, t);
        if (t->kind == NB_C_EMPTY) continue;
        if (g >= 0 && k < 0) k = g;
        else if (!over && is_over(tp->ed, d, t)) over = 1 + (k >= 0);
        else return -1;
    }
    if (k < 0) return -1;
    if (over == 2) return k; /* after the group's word, which names one group: a label spanning rows, set beside */
    const char *o = over_of(tp->ed, d, k);
    return !over || (o && word_is(&tp->toks.v[head], o, strlen(o))) ? k : -1;
}

/* Where the turned rows above token head begin: back over groups' words, headers over them and values,
 * each group's as many as a group has columns (blank cells aside); SIZE_MAX where values stand there
 * in other numbers (values of no such row). */
static size_t rows_top(const nb_tparse *tp, const nb_rowdef *d, size_t head)
{
    size_t top = head;
    for (; top > 0; top--) {
        const nb_ctok *t = &tp->toks.v[top - 1];
        int value = t->kind == NB_C_NUM || t->kind == NB_C_GLUED || t->kind == NB_C_EMPTY;
        if (!value && group_of(d, t) < 0 && !is_over(tp->ed, d, t)) break;
    }
    int run = 0, labelled = 0;
    for (size_t i = top; i < head; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        if (t->kind == NB_C_EMPTY) continue;
        if (t->kind == NB_C_NUM || t->kind == NB_C_GLUED) {
            if (!labelled) return SIZE_MAX;
            run++;
            continue;
        }
        if (run && run != d->group) return SIZE_MAX;
        run = 0;
        labelled = 1;
    }
    return run && run != d->group ? SIZE_MAX : top;
}

/* The column of a group the n bytes at w name (结果纠正: 1), or -1. */
static int column_named(const nb_rowdef *d, const char *w, size_t n)
{
    nb_ctok t = {.kind = NB_C_TEXT, .raw = {w, n}};
    return column_of(d, &t);
}

/* Whether the n bytes at p end with a blank (a space, a tab, an ideographic space); its length, or 0. */
static size_t blank_before(const char *p, size_t n)
{
    if (n && (p[n - 1] == ' ' || p[n - 1] == '\t')) return 1;
    return n >= 3 && !memcmp(p + n - 3, "\xe3\x80\x80", 3) ? 3 : 0;
}

/* The columns of a group the header right above token top names, last first, into cols (at most max):
 * label cells, or the words of a line of text (项目 结果维持 结果纠正 …), back to the first word that
 * names none. Returns how many. */
static int header_columns(const nb_tparse *tp, const nb_rowdef *d, size_t top, int *cols, int max)
{
    int n = 0;
    for (size_t i = top; i-- > 0;) {
        const nb_ctok *t = &tp->toks.v[i];
        if (t->kind == NB_C_EMPTY) continue;
        if (t->kind != NB_C_TEXT) {
            int c = column_of(d, t);
            if (c < 0 || n == max) return n;
            cols[n++] = c;
            continue;
        }
        size_t end = t->raw.n; /* the line's words, from its end */
        while (end) {
            size_t b, start = end;
            while (start && !blank_before(t->raw.p, start)) start--;
            int c = column_named(d, t->raw.p + start, end - start);
            if (c < 0 || n == max) return n;
            cols[n++] = c;
            for (end = start; end && (b = blank_before(t->raw.p, end));) end -= b;
        }
    }
    return n;
}

/* How the header right above token top names a group's columns: 1 each once, in the template's order;
 * 0 none of them (no turned table); -1 otherwise. */
static int header_names_columns(const nb_tparse *tp, const nb_rowdef *d, size_t top)
{
    enum { MAX_HEAD = 2 * NB_MAX_COLS };
    int cols[MAX_HEAD], n = header_columns(tp, d, top, cols, MAX_HEAD);
    if (!n) return 0;
    if (n != d->group) return -1;
    for (int i = 0; i < n; i++)
        if (cols[n - 1 - i] != i) return -1;
    return 1;
}

int nb_turned_cells(nb_tparse *tp, size_t head, nb_tspan cells)
{
    const nb_ctok *h = &tp->toks.v[head];
    if (h->kind != NB_C_LABEL || !h->label.key) return 0;
    nb_tables *tb = nb_tables_get(tp->r, tp->ed);
    int row = nb_edition_row_at(&tb->keys, h->label.key, strlen(h->label.key));
    const nb_rowdef *d = row >= 0 ? tb->keys.rows[row] : NULL;
    if (!grouped(d)) return 0;
    nb_tspan v = cells; /* blank cells around the values: the spans of labels */
    while (v.count > (size_t)d->group && tp->toks.v[v.first].kind == NB_C_EMPTY) v.first++, v.count--;
    while (v.count > (size_t)d->group && tp->toks.v[v.first + v.count - 1].kind == NB_C_EMPTY) v.count--;
    int k = v.count == (size_t)d->group ? named_group(tp, d, head, cells.first) : -1;
    size_t top = k >= 0 ? rows_top(tp, d, head) : SIZE_MAX;
    int named = top != SIZE_MAX ? header_names_columns(tp, d, top) : 0;
    if (!named) return 0;
    nb_rowdef view = *d;
    view.arity = d->group;
    view.cols = d->cols + k * d->group;
    view.col_labels = d->col_labels + k * d->group;
    view.flags = d->flags ? d->flags + k * d->group : NULL;
    if (named < 0) {
        nb_diag_add(tp->r, "warning", "row-turned-unsure", &h->span,
                    "%s is printed turned (a row for each group of its columns), and the header over the rows "
                    "does not name a group's columns each once in the template's order (%s …): which value is "
                    "which column is not certain; the values of %s are left null",
                    d->key, strchr(d->col_labels[0], ' ') + 1, view.cols[0]);
        nb_table_nulls(tp, head, row, &view);
        return 1;
    }
    nb_diag_add(tp->r, "info", "row-turned", &h->span,
                "%s is printed turned (a row for each group of its columns): the row %.*s gives its columns %s … %s",
                d->key, (int)(h->raw.n > 60 ? 60 : h->raw.n), h->raw.p, view.cols[0], view.cols[view.arity - 1]);
    nb_table_cells(tp, head, cells, row, &view);
    return 1;
}
