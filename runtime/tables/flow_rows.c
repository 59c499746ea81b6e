/* flow_rows.c — a row's values in reading order that may be another row's; see flow_rows.h. */
#include "flow_rows.h"

#include <stdint.h>
#include <string.h>

#include "combined.h"

/* Keys a and b are rows of one table (applications.*, review_litigation.*): values of one may be the other's. */
int nb_flow_same_table(const char *a, const char *b)
{
    size_t n = strcspn(a, ".");
    return n == strcspn(b, ".") && !memcmp(a, b, n);
}

/* The row's first value stands on a line after its label's. */
int nb_flow_values_below(const nb_tparse *tp, size_t label_tok, nb_tspan cells)
{
    for (size_t i = 0; i < cells.count; i++) {
        const nb_ctok *v = &tp->toks.v[cells.first + i];
        if (v->kind != NB_C_EMPTY) return v->span.line > tp->toks.v[label_tok].span.line;
    }
    return 0;
}

const char *nb_flow_row_after_label(const nb_tparse *tp, size_t label_tok, nb_tspan cells)
{
    if (label_tok == 0 || !nb_flow_values_below(tp, label_tok, cells)) return NULL;
    /* past the labels of columns between (行政强制 / 信息内容 / 信息内容 / 行政事业性收费: column
       headers printed between two rows' labels own no value, and the values after them may still be
       the first row's), and past a group's label or the piece of one a narrow cell cut (三、本年度,
       printed where its rowspan's middle falls, among the rows' labels, owns no value either); a
       block's header (第二十条第（八）项) ends the rows before it */
    size_t k = label_tok - 1;
    while (k > 0 && (tp->toks.v[k].kind == NB_C_TEXT ||
                     (tp->toks.v[k].kind == NB_C_LABEL &&
                      (tp->toks.v[k].label.kind == NB_L_COLUMN || tp->toks.v[k].label.kind == NB_L_MARK ||
                       tp->toks.v[k].label.kind == NB_L_GROUP))))
        k--;
    const nb_ctok *p = &tp->toks.v[k], *label = &tp->toks.v[label_tok];
    /* a row whose value was in its label's cell (a one-column part, partvalue.h) has it: the values
       after this label are not its */
    return p->kind == NB_C_LABEL && p->label.kind == NB_L_ROW && !nb_row_is_combined(p->label.key) &&
                   nb_flow_same_table(p->label.key, label->label.key) && !p->rest_read
               ? p->label.key
               : NULL;
}

/* Whether token t is one no value belongs to among rows' labels: text, the label of a column, a mark or
 * a group (a group's label its narrow cell cut, printed where its rowspan's middle falls). */
static int owns_no_value(const nb_ctok *t)
{
    return t->kind == NB_C_TEXT || (t->kind == NB_C_LABEL && (t->label.kind == NB_L_COLUMN || t->label.kind == NB_L_MARK ||
                                                              t->label.kind == NB_L_GROUP));
}

/* Keys a and b are rows of one block (active_disclosure.article_20_6.*, applications.denied.*). */
static int same_block(const char *a, const char *b)
{
    const char *da = strchr(a, '.'), *db = strchr(b, '.');
    if (!da || !db) return 0;
    size_t n = (size_t)(da - a) + 1 + strcspn(da + 1, ".");
    return n == (size_t)(db - b) + 1 + strcspn(db + 1, ".") && !memcmp(a, b, n);
}

const char *nb_flow_row_before_label(const nb_tparse *tp, size_t label_tok, nb_tspan cells)
{
    if (!cells.count || !nb_flow_values_below(tp, label_tok, cells)) return NULL;
    size_t k = cells.first + cells.count;
    while (k < tp->toks.n && owns_no_value(&tp->toks.v[k])) k++;
    if (k >= tp->toks.n) return NULL;
    const nb_ctok *b = &tp->toks.v[k], *label = &tp->toks.v[label_tok];
    if (b->kind != NB_C_LABEL || b->label.kind != NB_L_ROW || nb_row_is_combined(b->label.key) ||
        !nb_flow_same_table(b->label.key, label->label.key))
        return NULL;
    size_t j = k + 1; /* the next row's label, or the tables' end, with no value between: b has none; so
                         too a block's header (第二十条第（八）项) where b is a row of the label's block
                         (a block's labels may be printed before its header: 行政许可 / 第二十条第（五）项) */
    while (j < tp->toks.n && owns_no_value(&tp->toks.v[j])) j++;
    return j >= tp->toks.n || nb_flow_is_row_label(&tp->toks.v[j]) ||
                   (tp->toks.v[j].kind == NB_C_LABEL && tp->toks.v[j].label.kind == NB_L_BLOCK &&
                    same_block(b->label.key, label->label.key))
               ? b->label.key
               : NULL;
}

/* The label token before the values right before label_tok, past the labels of groups (（三）不予公开,
 * printed among the rows' labels); 0 when none. */
size_t nb_flow_owner(const nb_tparse *tp, size_t label_tok)
{
    size_t k = label_tok - 1;
    while (k > 0 && (tp->toks.v[k].kind != NB_C_LABEL || tp->toks.v[k].label.kind == NB_L_GROUP)) k--;
    return k;
}

/* Whether label l is the label of a row (or a header of one), not of a column or a group. */
int nb_flow_is_row_label(const nb_ctok *l)
{
    return l->kind == NB_C_LABEL && (l->label.kind == NB_L_ROW || l->label.kind == NB_L_HEADROW);
}

/* The cells of the row labelled by token label_tok (0 where the label is no row's). */
static size_t row_arity(const nb_tparse *tp, size_t label_tok, const nb_edition_keys *keys)
{
    const char *key = tp->toks.v[label_tok].label.key;
    int row = key ? nb_edition_row_at(keys, key, strlen(key)) : -1;
    return row >= 0 ? (size_t)keys->rows[row]->arity : 0;
}

const char *nb_flow_row_after_short(const nb_tparse *tp, size_t label_tok, nb_tspan cells, const nb_edition_keys *keys)
{
    /* rows of a few cells only (table 二's, three at most): a row of table 三's seven is often short in
       reading order for other reasons (a value on its label's line, the rest under it), and its sums
       check a value taken from another row */
    enum { FEW_CELLS = 3 };
    const char *key = tp->toks.v[label_tok].label.key;
    if (label_tok == 0 || row_arity(tp, label_tok, keys) > FEW_CELLS || !nb_flow_values_below(tp, label_tok, cells))
        return NULL;
    size_t k = label_tok - 1, values = 0;
    for (;; k--) {
        const nb_ctok *x = &tp->toks.v[k];
        if (x->kind == NB_C_GLUED) return NULL; /* values run together: how many is the row's split's */
        if (x->kind == NB_C_NUM) values++;
        else if (!owns_no_value(x) && x->kind != NB_C_EMPTY) break;
        if (k == 0) return NULL;
    }
    const nb_ctok *p = &tp->toks.v[k];
    if (!values || p->kind != NB_C_LABEL || p->label.kind != NB_L_ROW || nb_row_is_combined(p->label.key) ||
        !same_block(p->label.key, key))
        return NULL;
    return values < row_arity(tp, k, keys) ? p->label.key : NULL;
}

int nb_flow_row_after_orphans(const nb_tparse *tp, size_t label_tok, nb_tspan cells, const nb_edition_keys *keys)
{
    if (label_tok == 0 || !nb_flow_values_below(tp, label_tok, cells)) return 0;
    /* past pieces of text between (办理结果 / （四）无法: a group's label its narrow cell cut, printed
       before the row's label on its line, owns no value) */
    size_t at = label_tok;
    while (at > 1 && tp->toks.v[at - 1].kind == NB_C_TEXT) at--;
    const nb_ctok *p = &tp->toks.v[at - 1];
    if (tp->surplus != at && (tp->stray != at || p->kind != NB_C_NUM)) return 0;
    if (at < label_tok && nb_values_before(tp, at, 1) < row_arity(tp, label_tok, keys))
        return 0; /* past text, a row's worth of values: one value alone there (a row's 总计 set apart from
                     its other values by the column headers printed between: 402 … 9 / 总计 / 480) is the
                     row before's */
    size_t o = nb_flow_owner(tp, label_tok);
    const nb_ctok *owner = &tp->toks.v[o]; /* a header's label: values at the table's top */
    if (!nb_flow_is_row_label(owner)) return 1;
    if (!nb_flow_same_table(owner->label.key, tp->toks.v[label_tok].label.key)) return 0;
    /* a row's label with no value after it, then group labels (（三）不予公开 …) and one row of values:
       those are that row's, printed after the labels of the groups under it */
    size_t k = o + 1;
    while (k < label_tok && tp->toks.v[k].kind == NB_C_LABEL && tp->toks.v[k].label.kind == NB_L_GROUP) k++;
    int values = 0;
    for (size_t i = k; i < label_tok; i++) values += tp->toks.v[i].kind == NB_C_NUM || tp->toks.v[i].kind == NB_C_GLUED;
    int row = nb_edition_row_at(keys, owner->label.key, strlen(owner->label.key));
    return !(k > o + 1 && row >= 0 && values == keys->rows[row]->arity);
}

/* Open brackets of text [p, e) less closing ones: > 0 where it leaves one open. */
static int brackets_open(const char *p, const char *e)
{
    int open = 0;
    for (; p < e; p++) {
        if (*p == '(' || (e - p >= 3 && !memcmp(p, "（", 3))) open++;
        else if (*p == ')' || (e - p >= 3 && !memcmp(p, "）", 3))) open--;
    }
    return open;
}

int nb_flow_values_apart(const nb_tparse *tp, nb_tspan cells)
{
    uint32_t line = 0;
    int lines = 0, shared = 0;
    for (size_t i = 0; i < cells.count; i++) {
        const nb_ctok *v = &tp->toks.v[cells.first + i];
        if (v->kind == NB_C_EMPTY) continue;
        if (v->span.line == line) shared = 1;
        else lines++;
        line = v->span.line;
    }
    return lines > 1 && shared;
}

size_t nb_flow_label_tail_after(const nb_tparse *tp, size_t label_tok, nb_tspan cells)
{
    size_t after = cells.first + cells.count;
    if (!cells.count || !nb_flow_values_below(tp, label_tok, cells) || !nb_flow_values_apart(tp, cells)) return 0;
    const char *text = tp->r->text.data, *end = text + tp->r->text.len;
    const nb_ctok *label = &tp->toks.v[label_tok], *last = &tp->toks.v[after - 1];
    /* the rest of the label's line (its note, which no token holds), and the text after the values up
       to the next token, from the line after the last value's */
    const char *rest = text + label->span.byte + label->raw.n, *eol = memchr(rest, '\n', (size_t)(end - rest));
    const char *from = memchr(text + last->span.byte, '\n', (size_t)(end - text - last->span.byte));
    const char *to = after < tp->toks.n ? text + tp->toks.v[after].span.byte : end;
    if (!eol || !from || from >= to || brackets_open(rest, eol) <= 0) return 0;
    for (const char *p = from + 1; p < to;) { /* a line of its own that closes the bracket */
        const char *q = memchr(p, '\n', (size_t)(to - p));
        if (!q) q = to;
        if (brackets_open(p, q) < 0) return (size_t)(p - text) + 1;
        p = q + 1;
    }
    return 0;
}
