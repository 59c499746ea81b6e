/* blockorder.c — table 二's blocks of several columns in the order their header names (blockorder.h). */
#include "blockorder.h"

#include <string.h>

#include "headlabels.h"
#include "splitter.h"
#include "utf8.h"

#define HEADER_BYTES 1500 /* before a block's first row: its header, and the block's heading */

/* Whether row k is one of a block of several columns, each with a label of its own (table 二's first
 * block; not table 三's or 四's rows, whose sums and groups colorder and the row readers judge). */
static int block_row(const nb_tables *t, int k)
{
    const nb_rowdef *d = t->keys.rows[k];
    return d->arity >= 2 && d->arity <= NB_HEAD_MAX && d->split == NB_SPLIT_NONE && d->col_labels;
}

/* Where the first cell of rows [k0, k1) stands, or (size_t)-1. */
static size_t first_cell(const nb_tables *t, int k0, int k1)
{
    size_t at = (size_t)-1;
    for (int k = k0; k < k1; k++)
        for (int c = 0; c < t->keys.rows[k]->arity; c++)
            if (t->grid[k][c] && t->grid[k][c]->span.byte < at) at = t->grid[k][c]->span.byte;
    return at;
}

/* Where the header before byte at begins: after the last cell of any row before it, at most
 * HEADER_BYTES back. */
static size_t header_start(const nb_tables *t, size_t at)
{
    size_t s = at > HEADER_BYTES ? at - HEADER_BYTES : 0;
    for (const nb_tcell *c = t->cells; c; c = c->next) {
        size_t end = c->span.byte + c->raw.n;
        if (c->span.byte < at && end > s) s = end < at ? end : at;
    }
    return s;
}

typedef struct {
    int order[NB_HEAD_MAX], full; /* a run naming each column once, in its order */
    int against;                  /* two labels of a run in an order the template does not have */
    unsigned named;               /* the columns named in runs of two or more on a line, a bit each */
    int last_line[NB_HEAD_MAX];   /* the header's line where each column's label (or its head) is last, + 1 */
    long place[NB_HEAD_MAX][2];   /* where on that line: a wide character one column (a PDF's text grid), two */
} block_header;

/* The runs of labels of line [s, e) into h: apart as a header line sets them, or glued (headlabels.h). */
static void read_line(const unsigned char *s, const unsigned char *e, const unsigned char *const *cuts, int ncuts,
                      const nb_rowdef *d, block_header *h, int glued, int line)
{
    nb_head_label l[2 * NB_HEAD_MAX];
    int n = nb_head_labels(s, e, cuts, ncuts, d->col_labels, d->arity, 1, l, 2 * NB_HEAD_MAX);
    for (int k = 0; k < n && !glued; k++)
        if (l[k].col < NB_HEAD_MAX) {
            h->last_line[l[k].col] = line + 1; /* the nearest the values: this block's */
            nb_line_places(s, l[k].at, h->place[l[k].col]);
        }
    for (int i = 0; i < n;) {
        int j = i + 1;
        while (j < n && (glued ? nb_head_glued(l, j) : nb_head_continues(l, j))) j++;
        unsigned seen = 0;
        int heads = 0; /* glued heads (pieces of a line in reading order, or split): no column's place */
        for (int k = i; k < j; k++) {
            if (k > i && l[k].col < l[k - 1].col) h->against = 1;
            if (j - i > 1 && !glued) h->named |= 1u << l[k].col;
            seen |= 1u << l[k].col;
            heads |= glued && !l[k].whole;
        }
        if (!h->full && !heads && j - i == d->arity && seen == (1u << d->arity) - 1) {
            h->full = 1;
            for (int k = i; k < j; k++) h->order[k - i] = l[k].col;
        }
        i = j;
    }
}

typedef struct {
    const nb_rowdef *d;
    block_header *h;
} glued_reading;

static void read_glued_line(const unsigned char *s, const unsigned char *e, const unsigned char *const *cuts, int ncuts,
                            void *ctx)
{
    glued_reading *g = ctx;
    read_line(s, e, cuts, ncuts, g->d, g->h, 1, 0);
}

/* Whether [s, e) spells a piece of column c's label: two characters of it that no other label of the
 * row has (废止 of 本年废止件数), however a narrow cell wrapped it. */
static int spelled(const unsigned char *s, const unsigned char *e, const nb_rowdef *d, int c)
{
    const unsigned char *lab = (const unsigned char *)d->col_labels[c], *le = lab + strlen(d->col_labels[c]);
    for (const unsigned char *p = lab; p < le; p += nb_u8len(p, le)) {
        const unsigned char *q = p + nb_u8len(p, le);
        if (q >= le) break;
        size_t n = (size_t)(q - p) + nb_u8len(q, le);
        char two[16];
        if (n >= sizeof two) continue;
        memcpy(two, p, n);
        two[n] = 0;
        int other = 0;
        for (int k = 0; k < d->arity; k++) other |= k != c && strstr(d->col_labels[k], two) != NULL;
        if (!other && nb_find(s, e, two)) return 1;
    }
    return 0;
}

/* The length of the block's key in a row's key (active_disclosure.article_20_1 of its rows' keys). */
static int block_key(const nb_rowdef *d)
{
    const char *dot = strrchr(d->key, '.');
    return dot ? (int)(dot - d->key) : (int)strlen(d->key);
}

static void null_block(nb_tables *t, int k0, int k1)
{
    for (int k = k0; k < k1; k++)
        for (int c = 0; c < t->keys.rows[k]->arity; c++)
            if (t->grid[k][c]) t->grid[k][c]->has_value = 0;
}

/* The header's lines [s, e), each read by read_line, into h. */
static void read_lines(const unsigned char *s, const unsigned char *e, const nb_rowdef *d, block_header *h)
{
    int line = 0;
    for (const unsigned char *p = s; p < e; line++) {
        const unsigned char *nl = memchr(p, '\n', (size_t)(e - p));
        const unsigned char *le = nl ? nl : e;
        read_line(p, le, NULL, 0, d, h, 0, line);
        p = le + 1;
    }
}

/* How many of d's columns h names in runs of two or more on a line. */
static int named_columns(const block_header *h, const nb_rowdef *d)
{
    int named = 0;
    for (int c = 0; c < d->arity; c++) named += h->named >> c & 1;
    return named;
}

/* The row of another edition with d's key whose columns that edition labels otherwise (2021's
 * 本年制发件数 … for 2019's 本年新制作数量 …), of two columns at least (2021's one 本年处理决定数量 is
 * also the end of 2019's 处理决定数量), the i-th such, or NULL. */
static const nb_rowdef *other_edition_row(const nb_edition *ed, const nb_rowdef *d, int i)
{
    for (int e = 0; nb_editions[e]; e++) {
        if (nb_editions[e] == ed) continue;
        for (const nb_rowdef *const *set = nb_editions[e]->rowsets; set && *set; set++)
            for (const nb_rowdef *o = *set; o->key; o++)
                if (!strcmp(o->key, d->key) && o->col_labels && o->arity >= 2 && o->arity <= NB_HEAD_MAX &&
                    strcmp(o->col_labels[0], d->col_labels[0]) && i-- == 0)
                    return o;
    }
    return NULL;
}

/* Whether the header [s, e) names two or more columns of another edition's block, none of this one's
 * (a 2021 report set on the 2019 template's table 二 for its other blocks): its values are that
 * edition's columns, which by position would be read as this one's (本年废止件数 as 本年新公开数量).
 * *o: that edition's row. */
static int other_edition_header(const nb_tables *t, const nb_rowdef *d, const unsigned char *s,
                                const unsigned char *e, const nb_rowdef **o)
{
    for (int i = 0; (*o = other_edition_row(t->ed, d, i)) != NULL; i++) {
        block_header h = {0};
        read_lines(s, e, *o, &h);
        if (h.full || named_columns(&h, *o) >= 2) return 1;
    }
    return 0;
}

static void read_block(nb_report *r, nb_tables *t, int k0, int k1)
{
    size_t at = first_cell(t, k0, k1);
    if (at == (size_t)-1 || at > r->text.len) return;
    const nb_rowdef *d = t->keys.rows[k0];
    const unsigned char *text = (const unsigned char *)r->text.data;
    const unsigned char *s = text + header_start(t, at), *e = text + at;
    block_header h = {0};
    read_lines(s, e, d, &h);
    /* no run names them all, and on different lines a column's label (or its head: a narrow cell wraps
       it) stands left of one the template puts before it, counting a wide character as one column and as
       two (本年废止件 / 数 left of and above 本年制发件 现行有效件: a print at a small size): the order is
       another, and not named whole. (Which line a label starts on says nothing: a taller cell centres it;
       nor a label that starts its line: text in reading order sets words flush left.) */
    for (int a = 0; a < d->arity && a < NB_HEAD_MAX; a++)
        for (int b = a + 1; b < d->arity && b < NB_HEAD_MAX; b++)
            if (h.last_line[a] && h.last_line[b] && h.last_line[a] != h.last_line[b] && h.place[b][0] > 0 &&
                h.place[b][0] + 2 <= h.place[a][0] && h.place[b][1] + 2 <= h.place[a][1])
                h.against = 1;
    nb_head_joined(s, e, read_glued_line, &(glued_reading){d, &h});
    if (h.full) {
        int moved = 0;
        for (int i = 0; i < d->arity; i++) moved |= h.order[i] != i;
        if (!moved) return;
        for (int k = k0; k < k1; k++) nb_row_reorder(r, t, k, h.order);
        nb_diag_add(r, "warning", "column-order", NULL,
                    "the header of %.*s names its columns in another order than the template's (%s first): each "
                    "value is read under the column its header names",
                    block_key(d), d->key, d->col_labels[h.order[0]]);
        return;
    }
    if (h.against) {
        null_block(t, k0, k1);
        nb_diag_add(r, "warning", "column-order", NULL,
                    "the header of %.*s names its columns in another order than the template's, and not all of "
                    "them whole on one line: which value is which is not known; its cells are null",
                    block_key(d), d->key);
        return;
    }
    int named = named_columns(&h, d);
    const nb_rowdef *o;
    if (!named && other_edition_header(t, d, s, e, &o)) {
        null_block(t, k0, k1);
        nb_diag_add(r, "warning", "column-edition", NULL,
                    "the header of %.*s names another template's columns (%s …), not this one's (%s …): by "
                    "position each value would be read under a column it is not; its cells are null",
                    block_key(d), d->key, o->col_labels[0], d->col_labels[0]);
        return;
    }
    if (named < 2 || named == d->arity) return;
    for (int c = 0; c < d->arity; c++)
        if (!(h.named >> c & 1) && h.named >> c > 1 && !spelled(s, e, d, c)) {
            null_block(t, k0, k1);
            nb_diag_add(r, "warning", "column-missing", NULL,
                        "the header of %.*s names its columns and %s is not among them: by position a value "
                        "would be read under another column; its cells are null",
                        block_key(d), d->key, d->col_labels[c]);
            return;
        }
}

void nb_block_order(nb_report *r, nb_tables *t)
{
    for (int k = 0; k < t->keys.n;) {
        if (!block_row(t, k)) {
            k++;
            continue;
        }
        int m = k + 1; /* the block: the rows after it with the same columns */
        while (m < t->keys.n && t->keys.rows[m]->cols == t->keys.rows[k]->cols) m++;
        read_block(r, t, k, m);
        k = m;
    }
}
