/* rowturned.c — a row of groups of columns printed turned; see rowturned.h. */
#include "rowturned.h"

#include <stdint.h>
#include <string.h>

#include "splitter.h"
#include "tables.h"

int nb_turned_grouped(const nb_rowdef *d)
{
    return d && d->split == NB_SPLIT_GROUPS && d->group > 1 && d->arity % d->group == 0 && d->col_labels;
}

int nb_turned_group_of(const nb_rowdef *d, const nb_ctok *t)
{
    for (int k = 0; k < d->arity / d->group; k++) {
        const char *w = d->col_labels[k * d->group];
        if (strchr(w, ' ') && nb_token_is_word(t, w, (size_t)(strchr(w, ' ') - w), 1)) return k;
    }
    return -1;
}

int nb_turned_column_of(const nb_rowdef *d, const nb_ctok *t)
{
    for (int i = 0; i < d->group; i++) {
        const char *blank = strchr(d->col_labels[i], ' ');
        if (blank && nb_token_is_word(t, blank + 1, strlen(blank + 1), 1)) return i;
    }
    return -1;
}

const char *nb_turned_over_of(const nb_edition *ed, const nb_rowdef *d, int k)
{
    for (const nb_rowpart *p = ed->parts; p && p->row; p++)
        if (!strcmp(p->row, d->key) && p->first <= k * d->group && k * d->group < p->first + p->count) return p->over;
    return NULL;
}

int nb_turned_is_over(const nb_edition *ed, const nb_rowdef *d, const nb_ctok *t)
{
    for (int k = 0; k < d->arity / d->group; k++) {
        const char *o = nb_turned_over_of(ed, d, k);
        if (o && nb_token_is_word(t, o, strlen(o), 1)) return 1;
    }
    return 0;
}

const char *nb_turned_row(nb_tparse *tp, const nb_ctok *t)
{
    const nb_tables *tb = nb_tables_get(tp->r, tp->ed);
    for (int i = 0; i < tb->keys.n; i++)
        if (nb_turned_grouped(tb->keys.rows[i]) && nb_turned_group_of(tb->keys.rows[i], t) >= 0) return tb->keys.rows[i]->key;
    return NULL;
}

/* The group token t names as the header over it with the group's word in brackets, 行政诉讼（复议后起诉）
 * (one label for both, where a table has one column of labels), or -1. */
static int over_with_group(const nb_edition *ed, const nb_rowdef *d, const nb_ctok *t)
{
    if (t->kind != NB_C_LABEL && t->kind != NB_C_TEXT) return -1;
    const char *s = t->raw.p, *e = s + t->raw.n;
    for (int k = 0; k < d->arity / d->group; k++) {
        const char *o = nb_turned_over_of(ed, d, k), *w = d->col_labels[k * d->group], *blank = strchr(w, ' ');
        size_t on = o ? strlen(o) : 0, wn = blank ? (size_t)(blank - w) : 0, open, close;
        if (!on || !wn || (size_t)(e - s) <= on || memcmp(s, o, on)) continue;
        open = s[on] == '(' ? 1 : (size_t)(e - s) >= on + 3 && !memcmp(s + on, "（", 3) ? 3 : 0;
        close = e > s && e[-1] == ')' ? 1 : e - s >= 3 && !memcmp(e - 3, "）", 3) ? 3 : 0;
        if (open && close && (size_t)(e - s) == on + open + wn + close && !memcmp(s + on + open, w, wn)) return k;
    }
    return -1;
}

/* The group the labels from token head up to the cells name: one group's word, after the header over
 * it or not, or both in one label (blank cells aside); or -1. Between the header over it and the
 * group's word may stand the labels of the group's columns (行政诉讼 over 结果维持 … 总计, a table of
 * its own whose first row follows its header): their first token into *cols, or SIZE_MAX. */
static int named_group(const nb_tparse *tp, const nb_rowdef *d, size_t head, size_t first, size_t *cols)
{
    int k = -1, over = 0;
    *cols = SIZE_MAX;
    for (size_t i = head; i < first; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        int g = nb_turned_group_of(d, t);
        if (t->kind == NB_C_EMPTY) continue;
        if (g < 0 && k < 0 && !over && (g = over_with_group(tp->ed, d, t)) >= 0) {
            k = g;
            over = 2;
            continue;
        }
        if (g < 0 && k < 0 && over == 1 && nb_turned_column_of(d, t) >= 0) {
            if (*cols == SIZE_MAX) *cols = i;
            continue;
        }
        if (g >= 0 && k < 0) k = g;
        else if (!over && nb_turned_is_over(tp->ed, d, t)) over = 1 + (k >= 0);
        else return -1;
    }
    if (k < 0) return -1;
    if (over == 2) return k; /* after the group's word, which names one group: a label spanning rows, set beside */
    const char *o = nb_turned_over_of(tp->ed, d, k);
    return !over || (o && nb_token_is_word(&tp->toks.v[head], o, strlen(o), 1)) ? k : -1;
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
        if (!value && nb_turned_group_of(d, t) < 0 && !nb_turned_is_over(tp->ed, d, t)) break;
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
    return nb_turned_column_of(d, &t);
}

/* Whether the n bytes at w are a piece of the label of a group's column (结果维 of 结果维持). */
static int column_piece(const nb_rowdef *d, const char *w, size_t n)
{
    for (int i = 0; i < d->group && n; i++) {
        const char *l = strchr(d->col_labels[i], ' ');
        for (const char *p = l ? l + 1 : ""; strlen(p) >= n; p++)
            if (!memcmp(p, w, n)) return 1;
    }
    return 0;
}

/* The length of the label of a group's column the n bytes at w end with, where one alone does; or 0. */
static size_t column_suffix(const nb_rowdef *d, const char *w, size_t n)
{
    size_t found = 0;
    int hits = 0;
    for (int i = 0; i < d->group; i++) {
        const char *l = strchr(d->col_labels[i], ' ');
        size_t m = l ? strlen(l + 1) : 0;
        if (m && m <= n && !memcmp(w + n - m, l + 1, m)) found = m, hits++;
    }
    return hits == 1 ? found : 0;
}

/* The length of a header over groups of d (行政诉讼) the n bytes at w end with, or 0. */
static size_t over_suffix(const nb_edition *ed, const nb_rowdef *d, const char *w, size_t n)
{
    for (int k = 0; k < d->arity / d->group; k++) {
        const char *o = nb_turned_over_of(ed, d, k);
        size_t m = o ? strlen(o) : 0;
        if (m && m <= n && !memcmp(w + n - m, o, m)) return m;
    }
    return 0;
}

/* Whether the n bytes at p end with a blank (a space, a tab, a line break, an ideographic space); its
 * length, or 0. */
static size_t blank_before(const char *p, size_t n)
{
    if (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\n' || p[n - 1] == '\r')) return 1;
    return n >= 3 && !memcmp(p + n - 3, "\xe3\x80\x80", 3) ? 3 : 0;
}

enum { MAX_PIECES = 32 };
typedef struct piece {
    const char *p, *rest; /* a label's cell: the label, and the text after it that no label reads (其他 结) */
    size_t n, rest_n;
    uint32_t line;
} piece;

/* Piece x's text after the w bytes at word (at most max in all); the new length, or 0 where it does
 * not fit. */
static size_t piece_add(char *word, size_t w, size_t max, const piece *x)
{
    if (w + x->n + x->rest_n >= max) return 0;
    memcpy(word + w, x->p, x->n);
    if (x->rest_n) memcpy(word + w + x->n, x->rest, x->rest_n);
    return w + x->n + x->rest_n;
}

/* The words right above token top that are the labels of a group's columns or pieces of them, back to
 * the first that is none (项目): label cells, or the words of lines of text (项目 结果维持 …), in
 * reading order into ps; how many (0 where more than MAX_PIECES). */
static int header_pieces(const nb_tparse *tp, const nb_rowdef *d, size_t top, piece *ps)
{
    piece back[MAX_PIECES];
    int n = 0, done = 0;
    for (size_t i = top; i-- > 0 && !done;) {
        const nb_ctok *t = &tp->toks.v[i];
        if (t->kind == NB_C_EMPTY) continue;
        if (t->kind == NB_C_LABEL) { /* a cell: its label and what no label reads after it */
            piece x = {t->raw.p, t->rest.n ? t->rest.p : NULL, t->raw.n, t->rest.n, t->span.line};
            if (nb_turned_column_of(d, t) >= 0) x.rest_n = 0; /* a column's label whole, a note after it or not */
            char word[64];
            size_t w = piece_add(word, 0, sizeof word, &x);
            if (!w || !column_piece(d, word, w)) break;
            if (n == MAX_PIECES) return 0;
            back[n++] = x;
            continue;
        }
        if (t->kind != NB_C_TEXT) break;
        size_t end = t->raw.n, b; /* the line's words, from its end */
        while (end && (b = blank_before(t->raw.p, end))) end -= b;
        while (end) {
            size_t start = end;
            while (start && !blank_before(t->raw.p, start)) start--;
            uint32_t line = t->span.line;
            for (size_t k = 0; k < start; k++) line += t->raw.p[k] == '\n';
            if (!column_piece(d, t->raw.p + start, end - start)) {
                /* labels a copy glued together, joining the lines of a wrapped header (案件类型结果维持
                   结果纠正…总计, and 行政诉讼 of the rows below): the columns' labels it ends with */
                size_t k = n ? 0 : over_suffix(tp->ed, d, t->raw.p + start, end - start), c;
                while (n < MAX_PIECES && end - k > start && (c = column_suffix(d, t->raw.p + start, end - start - k))) {
                    k += c;
                    back[n++] = (piece){t->raw.p + end - k, NULL, c, 0, line};
                }
                done = 1;
                break;
            }
            if (n == MAX_PIECES) return 0;
            back[n++] = (piece){t->raw.p + start, NULL, end - start, 0, line};
            for (end = start; end && (b = blank_before(t->raw.p, end));) end -= b;
        }
    }
    for (int i = 0; i < n; i++) ps[i] = back[n - 1 - i];
    return n;
}

/* The columns the pieces name, in order, into cols: each a label whole, or cut over lines in one of the
 * two ways a copy writes a row of wrapped labels — a label's pieces one after another (pdftotext -raw:
 * 结果维 / 持 / 结果纠 / 正), or the heads of all on one line and their tails on the next, in the same
 * order (结果维 结果纠 / 持 正). How many, or -1 where the pieces make no labels so. */
static int header_columns(const nb_rowdef *d, const piece *ps, int n, int *cols)
{
    char word[64];
    size_t w = 0;
    int m = 0;
    int fits = 1;
    for (int i = 0; i < n && fits; i++) { /* one after another */
        size_t k = piece_add(word, w, sizeof word, &ps[i]);
        fits = k > 0;
        w = k;
        int c = fits ? column_named(d, word, w) : -1;
        if (c >= 0) cols[m++] = c, w = 0;
    }
    if (fits && !w && m) return m;
    int half = n / 2; /* heads on a line, tails on the next */
    if (n < 2 || n % 2 || ps[half - 1].line == ps[half].line || ps[0].line != ps[half - 1].line ||
        ps[half].line != ps[n - 1].line)
        return -1;
    for (int i = 0; i < half; i++) {
        size_t k = piece_add(word, 0, sizeof word, &ps[i]);
        if (!k || !(k = piece_add(word, k, sizeof word, &ps[half + i]))) return -1;
        if ((cols[i] = column_named(d, word, k)) < 0) return -1;
    }
    return half;
}

/* How the labels from token from up to the group's word name a group's columns (each a label whole):
 * 1 each once, in the template's order; -1 otherwise. */
static int run_names_columns(const nb_tparse *tp, const nb_rowdef *d, size_t from, size_t to)
{
    int c = 0;
    for (size_t i = from; i < to; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        if (t->kind == NB_C_EMPTY) continue;
        if (nb_turned_group_of(d, t) >= 0) break;
        if (nb_turned_column_of(d, t) != c) return -1;
        c++;
    }
    return c == d->group ? 1 : -1;
}

/* How the header right above token top names a group's columns: 1 each once, in the template's order;
 * 0 none of them (no turned table); -1 otherwise. */
static int header_names_columns(const nb_tparse *tp, const nb_rowdef *d, size_t top)
{
    piece ps[MAX_PIECES];
    int cols[MAX_PIECES], n = header_pieces(tp, d, top, ps);
    if (!n) return 0;
    int m = header_columns(d, ps, n, cols);
    if (m != d->group) return -1;
    for (int i = 0; i < m; i++)
        if (cols[i] != i) return -1;
    return 1;
}

int nb_turned_cells(nb_tparse *tp, size_t head, nb_tspan cells)
{
    const nb_ctok *h = &tp->toks.v[head];
    if (h->kind != NB_C_LABEL || !h->label.key) return 0;
    nb_tables *tb = nb_tables_get(tp->r, tp->ed);
    int row = nb_edition_row_at(&tb->keys, h->label.key, strlen(h->label.key));
    const nb_rowdef *d = row >= 0 ? tb->keys.rows[row] : NULL;
    if (!nb_turned_grouped(d)) return 0;
    nb_tspan v = cells; /* blank cells around the values: the spans of labels */
    while (v.count > (size_t)d->group && tp->toks.v[v.first].kind == NB_C_EMPTY) v.first++, v.count--;
    while (v.count > (size_t)d->group && tp->toks.v[v.first + v.count - 1].kind == NB_C_EMPTY) v.count--;
    size_t cols = SIZE_MAX;
    int k = v.count == (size_t)d->group ? named_group(tp, d, head, cells.first, &cols) : -1;
    size_t top = k >= 0 && cols == SIZE_MAX ? rows_top(tp, d, head) : SIZE_MAX;
    int named = cols != SIZE_MAX && k >= 0 ? run_names_columns(tp, d, cols, cells.first)
                : top != SIZE_MAX        ? header_names_columns(tp, d, top)
                                         : 0;
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
    const char *word = d->col_labels[k * d->group];
    nb_diag_add(tp->r, "info", "row-turned", &h->span,
                "%s is printed turned (a row for each group of its columns): the row %.*s gives its columns %s … %s",
                d->key, (int)(strchr(word, ' ') - word), word, view.cols[0], view.cols[view.arity - 1]);
    nb_table_cells(tp, head, cells, row, &view);
    return 1;
}
