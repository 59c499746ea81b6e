/* flow_blocks.c — tables 二 and 四 from a print's text in reading order; see flow_blocks.h. */
#include "flow_blocks.h"

#include <math.h>
#include <string.h>

#include "flow_cells.h"
#include "flow_headwords.h"
#include "flow_headruns.h"
#include "flow_rows.h"
#include "flow_sums.h"
#include "splitter.h"
#include "numbers.h"
#include "utf8.h"

enum { MAX_VALUES = 32 }; /* table 二's every cell (2019: 22), table 四's 15 */

typedef struct values {
    const nb_ctok *v[MAX_VALUES];
    int n, bad; /* bad: a token that cannot be one cell (glued digits, a number joined as text), or too
                   many; or a page break among them, where a page number (a line of one number) may stand */
} values;

static int has_prefix(const char *key, const char *prefix) { return !strncmp(key, prefix, strlen(prefix)); }

/* Where the table in section s ends: at the next level-1 section that holds a table, else at the end
 * of s. */
static size_t part_end(const nb_section *s)
{
    size_t next = nb_flow_next_frame(s);
    return next ? next : s->end_byte;
}

/* The value tokens from token i up to (not including) the first of: a token at or past byte end, a
 * row label of a table other than the one whose keys start with own, or a token stop() accepts.
 * Returns the index of that token. from: the byte where the part starts (its header). */
static size_t collect(const nb_tparse *tp, size_t from, size_t i, size_t end, const char *own,
                      int (*stop)(const nb_ctok *), values *out)
{
    out->n = out->bad = 0;
    for (; i < tp->toks.n; i++) {
        const nb_ctok *t = &tp->toks.v[i];
        if (t->span.byte >= end || (stop && stop(t)) || (nb_flow_names_row(t) && !has_prefix(t->label.key, own))) break;
        if (t->kind == NB_C_GLUED || (t->kind == NB_C_TEXT && nb_flow_digits_only(t))) out->bad = 1;
        if (t->kind != NB_C_NUM) continue;
        if (out->n == MAX_VALUES) out->bad = 1;
        else out->v[out->n++] = t;
    }
    const nb_text *text = &tp->r->text;
    size_t to = i < tp->toks.n ? tp->toks.v[i].span.byte : text->len;
    if (to > end) to = end;
    if (to > text->len) to = text->len;
    if (to > from && nb_flow_page_number_may_stand(text->data + from, text->data + to)) out->bad = 1;
    return i;
}

/* Whether x can be the cell in column c of row d: a count (件) or the column's unit, a whole number
 * unless the column holds decimals, not negative unless it holds signed changes. */
static int fits(const nb_rowdef *d, int c, const nb_ctok *x)
{
    if (x->is_null) return 1;
    unsigned flags = d->flags ? d->flags[c] : NB_CELL_INT;
    if (x->unit && strcmp(x->unit, "件") && !(d->unit && !strcmp(x->unit, d->unit))) return 0;
    if (x->value < 0 && !(flags & NB_CELL_SIGNED)) return 0;
    return (flags & NB_CELL_DECIMAL) || x->value == floor(x->value);
}

static int same(const nb_ctok *a, const nb_ctok *b)
{
    return a->is_null == b->is_null && (a->is_null || a->value == b->value);
}

/* Whether the rows rows[0..nrows) (places in the edition), their cells in order, may take the values v
 * (NULL: a cell they leave as it is): each fits its column, no cell already read says otherwise (a
 * warning then). */
static int cells_agree(nb_tparse *tp, nb_tables *t, const int *rows, int nrows, const values *v, const char *what)
{
    int i = 0;
    for (int r = 0; r < nrows; r++)
        for (int c = 0; c < t->keys.rows[rows[r]]->arity; c++, i++) {
            const nb_tcell *cell = t->grid[rows[r]][c];
            const nb_ctok *x = v->v[i];
            if (!x) continue;
            if (!fits(t->keys.rows[rows[r]], c, x)) return 0;
            if (cell && cell->has_value && (x->is_null || cell->value != x->value)) {
                nb_diag_add(tp->r, "warning", "flow-blocks", &cell->span,
                            "%s was read as \"%.*s\", but %s gives it \"%.*s\": left as it was read", cell->key,
                            (int)(cell->raw.n > 20 ? 20 : cell->raw.n), cell->raw.p, what,
                            (int)(x->raw.n > 20 ? 20 : x->raw.n), x->raw.p);
                return 0;
            }
        }
    return 1;
}

/* The rows take the values v where cells_agree. Returns how many cells left null row by row now hold a
 * number, or -1. */
static int set_cells(nb_tparse *tp, nb_tables *t, const int *rows, int nrows, const values *v, const char *what)
{
    if (!cells_agree(tp, t, rows, nrows, v, what)) return -1;
    int set = 0, i = 0;
    for (int r = 0; r < nrows; r++)
        for (int c = 0; c < t->keys.rows[rows[r]]->arity; c++, i++)
            if (v->v[i]) set += nb_flow_set_cell(tp, t, rows[r], c, v->v[i]);
    return set;
}

static int all_same(const values *v)
{
    for (int i = 1; i < v->n; i++)
        if (!same(v->v[0], v->v[i])) return 0;
    return v->n > 0;
}

/* ---- table 二 ---- */

static int is_block(const nb_ctok *t) { return t->kind == NB_C_LABEL && t->label.kind == NB_L_BLOCK; }

/* The first token that is row's label, or toks.n. */
static size_t label_at(const nb_tparse *tp, const char *key)
{
    for (size_t i = 0; i < tp->toks.n; i++)
        if (nb_flow_names_row(&tp->toks.v[i]) && !strcmp(tp->toks.v[i].label.key, key)) return i;
    return tp->toks.n;
}

enum { MAX_BLOCKS = 8 };

/* A block of table 二: its article (第二十条第（n）项), its header's token, its values, its rows. */
typedef struct block {
    int n;
    size_t header;
    values v;
    int rows[NB_MAX_ROWS], nrows, cells, one_column;
} block;

/* The template's blocks, in order, with their rows (places in the edition); returns how many. */
static int template_blocks(const nb_tables *t, block *b)
{
    nb_flow_tblock tb[MAX_BLOCKS];
    int nb = nb_flow_template_blocks(t, tb, MAX_BLOCKS);
    for (int k = 0; k < nb; k++) {
        b[k] = (block){.n = tb[k].n, .nrows = tb[k].nrows, .one_column = 1};
        for (int r = 0; r < tb[k].nrows; r++) {
            int arity = t->keys.rows[tb[k].rows[r]]->arity;
            b[k].rows[r] = tb[k].rows[r];
            b[k].cells += arity;
            b[k].one_column &= arity == 1;
        }
    }
    return nb;
}

/* Whether the labels of block x's rows, where the text has them, stand in the template's order. */
static int labels_in_order(const nb_tparse *tp, const nb_tables *t, const block *x)
{
    size_t last = 0;
    for (int r = 0; r < x->nrows; r++) {
        size_t at = label_at(tp, t->keys.rows[x->rows[r]]->key);
        if (at < tp->toks.n) {
            if (at < last) return 0;
            last = at;
        }
    }
    return 1;
}

/* Block x's values into its cells where they prove them (flow_blocks.h). */
static void read_block(nb_tparse *tp, nb_tables *t, const block *x)
{
    int open = 0;
    for (int r = 0; r < x->nrows; r++)
        for (int c = 0; c < t->keys.rows[x->rows[r]]->arity; c++)
            open |= !t->grid[x->rows[r]][c] || !t->grid[x->rows[r]][c]->has_value;
    if (!open || !labels_in_order(tp, t, x) || (!x->one_column && !all_same(&x->v))) return;
    int set = set_cells(tp, t, x->rows, x->nrows, &x->v, "its block's values in reading order");
    if (set < 0) return;
    const nb_ctok *h = &tp->toks.v[x->header];
    nb_diag_add(tp->r, "info", "flow-blocks", &h->span,
                "table 二's block %.*s read from the text in reading order: its values, between its header and the "
                "next, are as many as its %d cells (so are every block's) and %s; cells left null row by row and "
                "read from them: %d",
                (int)h->raw.n, h->raw.p, x->cells,
                x->one_column ? "stand in one column, read from the top down" : "all the same", set);
}

/* Whether nothing but blanks and line breaks stands between values a and b in the text (no other
 * word, no page break), both as written. */
static int adjacent(const nb_report *r, const nb_ctok *a, const nb_ctok *b)
{
    const char *text = r->text.data;
    if (!nb_flow_as_written(r, a) || !nb_flow_as_written(r, b)) return 0;
    size_t end = a->span.byte + a->raw.n;
    if (b->span.byte < end) return 0;
    for (size_t i = end; i < b->span.byte; i++)
        if (!text[i] || !strchr(" \t\r\n", text[i])) return 0;
    return 1;
}

/* The bytes of text at p that word takes, or 0. */
static size_t word_at(const char *p, const char *e, const char *word)
{
    size_t n = strlen(word);
    return (size_t)(e - p) >= n && !memcmp(p, word, n) ? n : 0;
}

/* Whether the words of text [p, e) are, blanks and page breaks aside, the column labels labels[0..n)
 * each once in their order, with nothing else but 信息内容 (the header over the rows' labels) and the
 * label of row key, where a token of toks[from, to) reads it. */
static int only_labels(const nb_tparse *tp, size_t from, size_t to, const char *p, const char *e, const char *key,
                       const char *const *labels, int n)
{
    const char *text = tp->r->text.data;
    int next = 0;
    while (p < e) {
        if (strchr(" \t\r\n\f", *p)) {
            p++;
            continue;
        }
        size_t len = 0;
        for (size_t i = from; i < to && !len; i++) {
            const nb_ctok *x = &tp->toks.v[i];
            if (nb_flow_names_row(x) && !strcmp(x->label.key, key) && p == text + x->span.byte &&
                (size_t)(e - p) >= x->raw.n && !memcmp(p, x->raw.p, x->raw.n))
                len = x->raw.n;
        }
        if (!len) len = word_at(p, e, "信息内容");
        if (!len && next < n && (len = word_at(p, e, labels[next]))) next++;
        if (!len) return 0;
        p += len;
    }
    return next == n;
}

/* A block of table 二 of one row (2019: （八）项 行政事业性收费, （九）项 政府集中采购) where the reading order
 * of the rest of the table proves nothing (table2: a block's values before its header, or after the
 * next): its header, once in the part, followed up to the next header (or the part's end) by exactly
 * its columns' labels in order, then exactly as many values as its cells with nothing but blanks
 * between them, then nothing but its row's label. A column of another block come here would bring its
 * label, a column of this one gone elsewhere would take its label: the labels being exactly the row's,
 * the values after them are the row's cells, read left to right as its labels were. */
static void one_row_block(nb_tparse *tp, nb_tables *t, const block *x, size_t first, size_t end)
{
    const nb_rowdef *d = t->keys.rows[x->rows[0]];
    if (x->nrows != 1 || !d->col_labels) return;
    size_t h = tp->toks.n;
    for (size_t i = first; i < tp->toks.n && tp->toks.v[i].span.byte < end; i++)
        if (is_block(&tp->toks.v[i]) && nb_flow_article(&tp->toks.v[i]) == x->n) {
            if (h < tp->toks.n) return; /* twice: which is the block's is not known */
            h = i;
        }
    if (h == tp->toks.n) return;
    values v;
    size_t stop = collect(tp, tp->toks.v[h].span.byte, h + 1, end, "active_disclosure.", is_block, &v);
    if (v.bad || v.n != d->arity) return;
    for (int c = 1; c < v.n; c++)
        if (!adjacent(tp->r, v.v[c - 1], v.v[c])) return;
    const char *text = tp->r->text.data;
    const nb_ctok *hd = &tp->toks.v[h], *last = v.v[v.n - 1];
    size_t to = stop < tp->toks.n && tp->toks.v[stop].span.byte < end ? tp->toks.v[stop].span.byte : end;
    if (to > tp->r->text.len) to = tp->r->text.len;
    /* the header's text (its token may hold it squeezed, as the labels read it) */
    if (hd->span.byte + hd->raw.n > to || memcmp(text + hd->span.byte, hd->raw.p, hd->raw.n) ||
        last->span.byte + last->raw.n > to ||
        !only_labels(tp, h + 1, stop, text + hd->span.byte + hd->raw.n, text + v.v[0]->span.byte, d->key,
                     d->col_labels, d->arity) ||
        !only_labels(tp, h + 1, stop, text + last->span.byte + last->raw.n, text + to, d->key, NULL, 0))
        return;
    int open = 0;
    for (int c = 0; c < d->arity; c++) open |= !t->grid[x->rows[0]][c] || !t->grid[x->rows[0]][c]->has_value;
    if (!open) return;
    int set = set_cells(tp, t, x->rows, 1, &v, "its block's values in reading order");
    if (set < 0) return;
    nb_diag_add(tp->r, "info", "flow-blocks", &hd->span,
                "table 二's block %.*s of one row read from the text in reading order: after its header come exactly "
                "its %d columns' labels in order, then as many values with nothing between them, then nothing but "
                "its row's label before the next header; cells left null row by row and read from them: %d",
                (int)hd->raw.n, hd->raw.p, d->arity, set);
}

/* Table 二's blocks of one row, each on its own (one_row_block), where the part's block headers stand
 * in the template's order and the part (section s up to end) has exactly as many numbers as the
 * table's cells, none that may be a page number or that cannot be one cell: a value the print lost (a
 * blank cell, or a page number taken for a value) or a number come from elsewhere leaves a block's
 * labels and values unproven, even where they look its own (a lone value after its one column's
 * label may be a neighbour's). */
static void one_row_blocks(nb_tparse *tp, nb_tables *t, const block *b, int nb, const nb_section *s, size_t first,
                           size_t end)
{
    int cells = 0;
    for (int k = 0; k < nb; k++) cells += b[k].cells;
    size_t at = 0;
    while (at < tp->toks.n && tp->toks.v[at].span.byte < s->span.byte) at++;
    values all;
    collect(tp, s->span.byte, at, end, "active_disclosure.", NULL, &all);
    if (all.bad || all.n != cells) return;
    int k = 0;
    for (size_t i = first; i < tp->toks.n && tp->toks.v[i].span.byte < end; i++) {
        if (!is_block(&tp->toks.v[i])) continue;
        while (k < nb && b[k].n != nb_flow_article(&tp->toks.v[i])) k++;
        if (k == nb) return;
        k++;
    }
    for (k = 0; k < nb; k++) one_row_block(tp, t, &b[k], first, end);
}

/* Table 二's cells where the part is runs of its columns' labels and their values (flow_headruns.h): every
 * block's that agree with what is read, or none where one does not. */
static void head_runs(nb_tparse *tp, nb_tables *t, const block *b, int nb, size_t first, size_t end)
{
    static const char WHAT[] = "the runs of its columns' labels and values in reading order";
    const nb_ctok *cells[NB_MAX_ROWS][NB_MAX_COLS];
    if (!nb_flow_head_runs(tp, t, tp->toks.v[first].span.byte, end, cells)) return;
    values v[MAX_BLOCKS];
    for (int k = 0; k < nb; k++) {
        v[k].n = v[k].bad = 0;
        for (int r = 0; r < b[k].nrows; r++)
            for (int c = 0; c < t->keys.rows[b[k].rows[r]]->arity; c++) v[k].v[v[k].n++] = cells[b[k].rows[r]][c];
        if (!labels_in_order(tp, t, &b[k]) || !cells_agree(tp, t, b[k].rows, b[k].nrows, &v[k], WHAT)) return;
    }
    int set = 0;
    for (int k = 0; k < nb; k++) set += set_cells(tp, t, b[k].rows, b[k].nrows, &v[k], WHAT);
    if (set)
        nb_diag_add(tp->r, "info", "flow-blocks", &tp->toks.v[first].span,
                    "table 二 read from the text in reading order: each block's header, then runs of its columns' "
                    "labels, each followed by exactly its rows' values under them, row by row; cells left null "
                    "row by row and read from them: %d",
                    set);
}

/* Table 二 where the text has every block's header, in the template's order, and between each header
 * and the next exactly as many values as that block's cells: a column of a block whose glyphs stand
 * clear of the header above it may come after a later header (Word's print put 现行有效件数 and its
 * values after 第二十条第（六）项), and then two blocks' counts are off. */
static void table2(nb_tparse *tp, nb_tables *t)
{
    block b[MAX_BLOCKS];
    int nb = template_blocks(t, b);
    size_t i = 0;
    while (i < tp->toks.n && !is_block(&tp->toks.v[i])) i++;
    if (!nb || i == tp->toks.n) return;
    const nb_section *s = nb_flow_section_at(tp->r->sections, tp->toks.v[i].span.byte);
    if (!s) return;
    size_t end = part_end(s), first = i;
    int whole = 0; /* blocks with every value between their header and the next */
    while (whole < nb) {
        if (i == tp->toks.n || !is_block(&tp->toks.v[i]) || nb_flow_article(&tp->toks.v[i]) != b[whole].n) break;
        b[whole].header = i;
        i = collect(tp, tp->toks.v[i].span.byte, i + 1, end, "active_disclosure.", is_block, &b[whole].v);
        if (b[whole].v.bad || b[whole].v.n != b[whole].cells) break;
        whole++;
    }
    if (whole == nb)
        for (int k = 0; k < nb; k++) read_block(tp, t, &b[k]);
    one_row_blocks(tp, t, b, nb, s, first, end);
    head_runs(tp, t, b, nb, first, end);
}

/* ---- table 四 ---- */

/* Whether token x is a header that says word (a group's: 未经复议直接起诉), blanks aside. */
static int says(const nb_ctok *x, const char *word)
{
    if (x->kind != NB_C_LABEL) return 0;
    size_t k = 0, n = strlen(word);
    for (size_t i = 0; i < x->raw.n; i++) {
        char c = x->raw.p[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        if (k == n || c != word[k++]) return 0;
    }
    return k == n;
}

enum { MAX_GROUPS = 4 };

/* The headers of the groups of row key's columns, in order (its parts' groups: 行政复议, 未经复议直接起诉,
 * 复议后起诉), into g; returns how many, 0 where the edition declares none or they are not of one width. */
static int row_groups(const nb_edition *ed, const char *key, int arity, const char **g)
{
    int n = 0;
    for (const nb_rowpart *p = ed->parts; p && p->row; p++)
        if (!strcmp(p->row, key))
            for (const char *const *w = p->groups; *w; w++) {
                if (n == MAX_GROUPS) return 0;
                g[n++] = *w;
            }
    return n && arity % n == 0 ? n : 0;
}

/* Whether the group headers among tokens [x, e) name exactly the groups [from, to) of group[], in order
 * (other words aside: 行政诉讼 over two of them, the columns' labels); or none, where none_ok. */
static int names_groups(const nb_ctok *x, const nb_ctok *e, const char *const *group, int ng, int from, int to,
                        int none_ok)
{
    int next = from, any = 0;
    for (; x < e; x++)
        for (int g = 0; g < ng; g++)
            if (says(x, group[g])) {
                if (g != next) return 0;
                next++, any = 1;
            }
    return next == to || (none_ok && !any);
}

/* Whether every group of width values in v, one after another, is written whole (no dash) and its
 * last, the group's 总计, is the sum of the others. */
static int groups_add(const values *v, int width)
{
    for (int g = 0; g < v->n; g += width) {
        for (int c = 0; c < width; c++)
            if (v->v[g + c]->is_null) return 0;
        if (!nb_flow_sums_row_adds(v->v + g, width)) return 0;
    }
    return 1;
}

/* Whether table 四's values v (as many as the row's cells; the part's tokens from first) are its cells
 * in order, as a print in reading order gives them (flow_blocks.h): runs of values with nothing but
 * blanks between, each run whole groups of the row (a run is cells the page drew side by side, read left
 * to right; a cell read apart with its column's header stands after header words and cuts a run); the
 * group headers before each run, since the run before, naming exactly its groups in order (the first
 * run's may name none): which groups a run holds is proven by the header, as a sum holds in any group;
 * and each group's 总计, its last, the sum of the others. */
static int runs_of_groups(const nb_tparse *tp, const char *key, const nb_ctok *first, const values *v)
{
    const char *group[MAX_GROUPS];
    int ng = row_groups(tp->ed, key, v->n, group);
    if (!ng) return 0;
    int width = v->n / ng, start = 0; /* the run's first value */
    for (int i = 1; i <= v->n; i++) {
        if (i < v->n && adjacent(tp->r, v->v[i - 1], v->v[i])) continue;
        if (i % width) return 0;
        const nb_ctok *from = start ? v->v[start - 1] + 1 : first;
        if (!names_groups(from, v->v[start], group, ng, start / width, i / width, !start)) return 0;
        start = i;
    }
    return groups_add(v, width);
}

/* The header over the groups of row key's part that has one (行政诉讼 over 未经复议直接起诉 and 复议后起诉), or NULL. */
static const char *row_over(const nb_edition *ed, const char *key)
{
    for (const nb_rowpart *p = ed->parts; p && p->row; p++)
        if (!strcmp(p->row, key) && p->over) return p->over;
    return NULL;
}

/* Whether table 四's values v (as many as row d's cells; the part's words from byte from on) are its
 * cells in order, proven column by column as a print gives them that reads the table a column or a few
 * at a time (flow_headwords.h): the words before each run of values (since the run before) are
 * exactly the labels of the columns that run then holds, group headers aside — so each value is of
 * its column (a value drawn apart comes after its own label, which then names another column than
 * the cell in turn); each group's header, once, in order, stands among the values of its columns: after
 * every value left of its group but the one right before it (the left group's 总计, read beside it)
 * and before its group's last — a group read before the one left of it would have its header before
 * that one's values; and each group's 总计 is the sum of its results. */
static int columns_named(const nb_tparse *tp, const nb_rowdef *d, size_t from, const values *v)
{
    const char *group[MAX_GROUPS];
    int ng = row_groups(tp->ed, d->key, v->n, group);
    if (!ng || !d->col_labels) return 0;
    const char *over = row_over(tp->ed, d->key), *text = tp->r->text.data;
    int width = v->n / ng, start = 0, at[MAX_GROUPS], last = -1, overs = 0;
    for (int g = 0; g < ng; g++) at[g] = -1;
    for (int i = 1; i <= v->n; i++) {
        if (i < v->n && adjacent(tp->r, v->v[i - 1], v->v[i])) continue;
        const nb_ctok *x = v->v[start], *before = start ? v->v[start - 1] : NULL;
        size_t gap = before ? before->span.byte + before->raw.n : from;
        int found[NB_HEADWORDS_MAX], nfound;
        if (!nb_flow_as_written(tp->r, x) || x->span.byte < gap ||
            !nb_flow_head_words(text + gap, text + x->span.byte, d->col_labels + start, i - start, group, ng, over,
                                found, &nfound))
            return 0;
        for (int k = 0; k < nfound; k++) {
            if (found[k] == ng) { /* 行政诉讼, over two groups */
                if (overs++) return 0;
                continue;
            }
            if (found[k] <= last) return 0;
            last = found[k];
            at[last] = start;
        }
        start = i;
    }
    for (int g = 0; g < ng; g++)
        if (at[g] < 0 || at[g] < g * width - 1 || at[g] > (g + 1) * width - 1) return 0;
    return groups_add(v, width);
}

/* Table 四 whose values a print in reading order cut in two at the heading of the section after it
 * (Word's print read by pdftotext: the header's words, the first group's values, then 五、存在的主要问题…
 * and right under that heading the other groups' values, a line each, before its first sentence). Read
 * where the header names every group once, in order, before any value; the last run of values of the
 * part (nothing but blanks between them, nothing after them up to the next heading) is whole groups,
 * after the header with no value between; right after the next heading's line come exactly the other
 * groups' values, a run with nothing but blanks between; no page break from the first run to the last
 * value (a page number cannot be told from a value); and each group's 总计 is the sum of its results.
 * The runs then are the groups in the header's order, each read left to right, as runs_of_groups reads
 * runs in one part. Into v: 1, else 0. */
static int runs_past_heading(const nb_tparse *tp, const char *key, const nb_section *s, size_t first, int arity,
                             nb_ctok made_toks[MAX_VALUES], values *v)
{
    const char *group[MAX_GROUPS], *text = tp->r->text.data;
    int ng = row_groups(tp->ed, key, arity, group);
    const nb_section *next = s->next;
    if (!ng || !next || next->table_frame || arity > MAX_VALUES) return 0;
    int width = arity / ng;
    size_t end = next->span.byte, last = tp->toks.n, head = tp->toks.n;
    /* the part's last value, and the first group's header */
    for (size_t i = first; i < tp->toks.n && tp->toks.v[i].span.byte < end; i++) {
        if (tp->toks.v[i].kind == NB_C_NUM) last = i;
        if (head == tp->toks.n && says(&tp->toks.v[i], group[0])) head = i;
    }
    if (last == tp->toks.n || head == tp->toks.n || head > last) return 0;
    const nb_ctok *lt = &tp->toks.v[last];
    if (!nb_flow_as_written(tp->r, lt) || !nb_flow_blank_between(text + lt->span.byte + lt->raw.n, text + end))
        return 0; /* (a page break there is refused below, with the others from the first run on) */
    size_t a = last; /* the first value of the last run */
    while (a > head && tp->toks.v[a - 1].kind == NB_C_NUM && adjacent(tp->r, &tp->toks.v[a - 1], &tp->toks.v[a])) a--;
    int w = (int)(last - a + 1);
    if (w % width || w >= arity) return 0;
    for (size_t i = head; i < a; i++) /* only the header's words before the run: no value, no digits */
        if (tp->toks.v[i].kind == NB_C_NUM || tp->toks.v[i].kind == NB_C_GLUED ||
            (tp->toks.v[i].kind == NB_C_TEXT && nb_flow_digits_only(&tp->toks.v[i])))
            return 0;
    if (!names_groups(&tp->toks.v[head], &tp->toks.v[a], group, ng, 0, ng, 0)) return 0;
    /* the next section's heading line, then the other groups' values, a line each (that section holds
       no table: its text is no token, so they are read from its lines) */
    const char *p = memchr(text + end, '\n', tp->r->text.len - end), *e = text + tp->r->text.len;
    if (!p) return 0;
    int made = 0;
    nb_span at = lt->span;
    const unsigned char *counted = (const unsigned char *)text + lt->span.byte; /* at is the span of this byte */
    while (p < e) {
        const char *ls = p + 1, *le = memchr(ls, '\n', (size_t)(e - ls));
        if (!le) le = e;
        const unsigned char *ws = (const unsigned char *)ls, *we = (const unsigned char *)le;
        nb_trim(&ws, &we);
        p = le;
        if (ws == we) continue;
        nb_ctok x = {.kind = NB_C_NUM};
        if (memchr(ls, '\f', (size_t)(le - ls)) || !nb_parse_number(ws, we, &x.value, &x.is_null, &x.unit) || x.unit)
            break;
        if (made == arity - w) return 0; /* more numbers than the groups left */
        x.span = at = nb_span_in(&at, counted, ws); /* counted on from the last value's */
        counted = ws;
        x.raw = (nb_str){(const char *)ws, (size_t)(we - ws)};
        made_toks[made++] = x;
    }
    if (made != arity - w) return 0;
    /* no page break from the first run on (a page number cannot be told from a value) */
    if (memchr(text + tp->toks.v[a].span.byte, '\f', made_toks[made - 1].span.byte - tp->toks.v[a].span.byte))
        return 0;
    v->n = v->bad = 0;
    for (size_t i = a; i <= last; i++) v->v[v->n++] = &tp->toks.v[i];
    for (int i = 0; i < made; i++) v->v[v->n++] = &made_toks[i];
    return groups_add(v, width);
}

/* Table 四's cells from runs_past_heading's values v, where some are null row by row. */
static void past_heading(nb_tparse *tp, nb_tables *t, int row, size_t head, const values *v)
{
    int open = 0;
    for (int c = 0; c < v->n; c++) open |= !t->grid[row][c] || !t->grid[row][c]->has_value;
    if (!open) return;
    int set = set_cells(tp, t, &row, 1, v, "table 四's values in reading order");
    if (set < 0) return;
    nb_diag_add(tp->r, "info", "flow-blocks", &tp->toks.v[head].span,
                "table 四 read from the text in reading order, its values cut in two by the next section's heading: "
                "after its header (every group named, in order) the first groups' values, a run right before that "
                "heading, and right under the heading the other groups', a run before its text; each group's 总计 "
                "the sum of its results, so they are its cells in the header's order; cells left null row by row "
                "and read from them: %d",
                set);
}

static void table4(nb_tparse *tp, nb_tables *t)
{
    static const char KEY[] = "review_litigation";
    int row = nb_edition_row_at(&t->keys, KEY, sizeof KEY - 1);
    if (row < 0) return;
    size_t head = label_at(tp, KEY);
    if (head == tp->toks.n) return;
    const nb_section *s = nb_flow_section_at(tp->r->sections, tp->toks.v[head].span.byte);
    if (!s) return;
    size_t first = 0;
    while (first < tp->toks.n && tp->toks.v[first].span.byte < s->span.byte) first++;
    values v;
    collect(tp, s->span.byte, first, part_end(s), KEY, NULL, &v);
    if (v.bad || v.n != t->keys.rows[row]->arity) {
        nb_ctok made[MAX_VALUES];
        if (runs_past_heading(tp, KEY, s, first, t->keys.rows[row]->arity, made, &v))
            past_heading(tp, t, row, head, &v);
        return;
    }
    /* the part's words start after its heading's line (四、…行政复议、行政诉讼情况) */
    const char *nl = memchr(tp->r->text.data + s->span.byte, '\n', tp->r->text.len - s->span.byte);
    size_t words = nl ? (size_t)(nl - tp->r->text.data) : tp->r->text.len;
    int same = all_same(&v), runs = !same && runs_of_groups(tp, KEY, &tp->toks.v[first], &v),
        named = !same && !runs && columns_named(tp, t->keys.rows[row], words, &v);
    if (!same && !runs && !named) {
        /* A group's 总计 is the sum of its results in whatever order they come, and a print in reading
           order moves a cell (a column drawn apart, after its header's words): with few values other
           than 0, a moved value keeps every sum. Only runs of whole groups prove the order. */
        nb_diag_add(tp->r, "info", "flow-blocks", &tp->toks.v[head].span,
                    "table 四 not read from the text in reading order: its %d values are as many as its cells, but "
                    "they are not all the same, nor runs of whole groups with nothing between a group's values "
                    "and each group's 总计 the sum of its results, nor runs each after exactly its columns' labels "
                    "with the groups' headers among their values, so the order reading order gives them is not "
                    "proof of their cells",
                    v.n);
        return;
    }
    int open = 0;
    for (int c = 0; c < v.n; c++) open |= !t->grid[row][c] || !t->grid[row][c]->has_value;
    if (!open) return;
    int set = set_cells(tp, t, &row, 1, &v, "table 四's values in reading order");
    if (set < 0) return;
    nb_diag_add(tp->r, "info", "flow-blocks", &tp->toks.v[head].span,
                "table 四 read from the text in reading order: its values are as many as its %d cells and %s; cells "
                "left null row by row and read from them: %d",
                v.n,
                same   ? "all the same, so each cell holds that value whatever their order"
                : runs ? "come in runs of whole groups, a group's values with nothing between them, each group's 总计 "
                         "the sum of its results, so they are its cells in order"
                       : "come column by column, the header words before each run of values exactly the labels of "
                         "its columns, each group's header among its columns' values, each group's 总计 the sum of "
                         "its results, so they are its cells in order",
                set);
}

void nb_flow_blocks(nb_tparse *tp, nb_tables *t)
{
    if (!tp->print) return;
    table2(tp, t);
    table4(tp, t);
}
