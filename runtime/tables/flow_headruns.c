/* flow_headruns.c — table 二 from runs of column labels and their values; see flow_headruns.h. */
#include "flow_headruns.h"

#include <string.h>

#include "flow_cells.h"
#include "flow_sums.h"

enum { MAX_BLOCKS = 8, MAX_ITEMS = 160, MAX_RUNS = 32, MAX_HEADS = 4, MAX_RUN_VALUES = 24, MAX_RUN_ROWS = 8 };

static const char PREFIX[] = "active_disclosure.";

/* What the part's text is, piece by piece. */
typedef enum item_kind { IT_HEADER, IT_HEAD, IT_VALUE, IT_ROW, IT_OTHER } item_kind;

typedef struct item {
    item_kind kind;
    int article;         /* IT_HEADER */
    const char *head;    /* IT_HEAD: the template's label */
    const nb_ctok *value; /* IT_VALUE */
    int place;           /* IT_ROW: the row's place in the edition */
} item;

/* A block of the template: its article and its rows (places in the edition), of one arity. */
typedef struct tblock {
    int n, rows[NB_MAX_ROWS], nrows, arity;
    const char *const *labels;
} tblock;

/* A row's label met while a run was open: the row's place, and how many of the run's values came before it. */
typedef struct rowmark {
    int place, at;
} rowmark;

/* A run: labels, then values, in the segment of block seg (its place in the template's blocks), with the
 * rows' labels among them. */
typedef struct run {
    const char *head[MAX_HEADS];
    int nheads, seg;
    const nb_ctok *v[MAX_RUN_VALUES];
    int n;
    rowmark rows[MAX_RUN_ROWS];
    int nrows;
} run;

static int blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

/* The end of word at p where the text has it with blanks and line breaks between its characters (a label
 * wrapped in its narrow cell: 本年新制作数↵量), or NULL. */
static const char *squeezed(const char *p, const char *e, const char *word, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        /* blanks only between characters, not within one */
        if (k && ((unsigned char)word[k] & 0xC0) != 0x80)
            while (p < e && blank(*p) && *p != '\f') p++;
        if (p >= e || *p != word[k]) return NULL;
        p++;
    }
    return p;
}

/* The end of a note in brackets at p (（其中修订 2 件）, （单位：万元）), at most 60 characters, or NULL. */
static const char *note(const char *p, const char *e)
{
    static const char *const open[] = {"（", "("}, *const close[] = {"）", ")"};
    for (int k = 0; k < 2; k++) {
        size_t n = strlen(open[k]);
        if ((size_t)(e - p) < n || memcmp(p, open[k], n)) continue;
        const char *q = p + n;
        for (int chars = 0; q < e && chars < 60 && *q != '\f'; chars++) {
            size_t m = strlen(close[k]);
            if ((size_t)(e - q) >= m && !memcmp(q, close[k], m)) return q + m;
            q++;
            while (q < e && ((unsigned char)*q & 0xC0) == 0x80) q++;
        }
    }
    return NULL;
}

/* The template's blocks of table 二, in order, each of one arity; returns how many (0: none, or too many). */
static int blocks_of(const nb_tables *t, tblock *b)
{
    nb_flow_tblock tb[MAX_BLOCKS];
    int nb = nb_flow_template_blocks(t, tb, MAX_BLOCKS);
    for (int k = 0; k < nb; k++) {
        const nb_rowdef *d = t->keys.rows[tb[k].rows[0]];
        if (!d->col_labels || d->arity > MAX_HEADS) return 0;
        b[k] = (tblock){.n = tb[k].n, .nrows = tb[k].nrows, .arity = d->arity, .labels = d->col_labels};
        for (int r = 0; r < tb[k].nrows; r++) {
            const nb_rowdef *e = t->keys.rows[tb[k].rows[r]];
            if (!e->col_labels || e->arity != d->arity) return 0;
            b[k].rows[r] = tb[k].rows[r];
        }
    }
    return nb;
}

/* The column of block x that label names, or -1. */
static int column(const tblock *x, const char *label)
{
    for (int c = 0; c < x->arity; c++)
        if (!strcmp(x->labels[c], label)) return c;
    return -1;
}

/* The longest of the blocks' column labels at p, its end in *to; or NULL. */
static const char *head_at(const tblock *b, int nb, const char *p, const char *e, const char **to)
{
    const char *best = NULL;
    for (int k = 0; k < nb; k++)
        for (int c = 0; c < b[k].arity; c++) {
            const char *q = squeezed(p, e, b[k].labels[c], strlen(b[k].labels[c]));
            if (q && (!best || q > *to)) best = b[k].labels[c], *to = q;
        }
    return best;
}

/* The part's text [from, end) as items; returns how many, or -1 where it holds more than can be kept or
 * a value not as written. */
static int scan(const nb_tparse *tp, const nb_tables *t, const tblock *b, int nb, size_t from, size_t end, item *it)
{
    const char *text = tp->r->text.data, *p = text + from, *e = text + end;
    size_t ti = 0;
    int n = 0;
    while (p < e) {
        if (blank(*p)) {
            p++;
            continue;
        }
        if (n == MAX_ITEMS) return -1;
        size_t at = (size_t)(p - text);
        while (ti < tp->toks.n && tp->toks.v[ti].span.byte < at) ti++;
        const nb_ctok *x = ti < tp->toks.n && tp->toks.v[ti].span.byte == at ? &tp->toks.v[ti] : NULL;
        const char *q;
        if (x && x->kind == NB_C_NUM) {
            if (!nb_flow_as_written(tp->r, x)) return -1;
            it[n++] = (item){.kind = IT_VALUE, .value = x};
            p += x->raw.n;
        } else if (x && x->kind == NB_C_LABEL && x->label.kind == NB_L_BLOCK &&
                   (q = squeezed(p, e, x->raw.p, x->raw.n))) {
            it[n++] = (item){.kind = IT_HEADER, .article = nb_flow_article(x)};
            p = q;
        } else if ((q = squeezed(p, e, "信息内容", strlen("信息内容")))) {
            p = q; /* the header over the rows' labels */
        } else if ((it[n].head = head_at(b, nb, p, e, &q))) {
            it[n++].kind = IT_HEAD;
            p = q;
        } else if (x && nb_flow_names_row(x) && !strncmp(x->label.key, PREFIX, sizeof PREFIX - 1) &&
                   (q = squeezed(p, e, x->raw.p, x->raw.n))) {
            /* a row's label: the rows are the template's; where it stands tells how a run is read */
            it[n] = (item){.kind = IT_ROW, .place = -1};
            for (int k = 0; k < t->keys.n; k++)
                if (!strcmp(t->keys.rows[k]->key, x->label.key)) it[n].place = k;
            n++;
            p = q;
        } else if (n && (it[n - 1].kind == IT_VALUE || it[n - 1].kind == IT_HEAD) && (q = note(p, e))) {
            p = q; /* a cell's note: 5（其中修订 2 件）, 本年收费金额（单位：万元） */
        } else if (n && it[n - 1].kind == IT_VALUE && (*p == '*' || !strncmp(p, "＊", strlen("＊")))) {
            p += *p == '*' ? 1 : strlen("＊"); /* a value's mark (4126*) */
        } else {
            if (!n || it[n - 1].kind != IT_OTHER) it[n++] = (item){.kind = IT_OTHER};
            p++;
            while (p < e && ((unsigned char)*p & 0xC0) == 0x80) p++;
        }
    }
    return n;
}

/* The runs of items it[0..n): labels then values, by the segment (block) they stand in, with the rows'
 * labels met among them; returns how many, or -1 where the headers are not the blocks' in order, each
 * once, or a value follows no label. */
static int runs_of(const item *it, int n, const tblock *b, int nb, run *r)
{
    int nr = 0, seg = -1, open = 0; /* open: the last run takes values */
    for (int i = 0; i < n; i++) {
        switch (it[i].kind) {
        case IT_HEADER:
            if (seg + 1 >= nb || b[seg + 1].n != it[i].article) return -1;
            seg++, open = 0;
            break;
        case IT_OTHER: open = 0; break;
        case IT_HEAD:
            if (seg < 0) return -1;
            if (!open || !nr || r[nr - 1].n) { /* a new run */
                if (nr == MAX_RUNS) return -1;
                r[nr++] = (run){.seg = seg};
                open = 1;
            }
            if (r[nr - 1].nheads == MAX_HEADS) return -1;
            r[nr - 1].head[r[nr - 1].nheads++] = it[i].head;
            break;
        case IT_ROW:
            if (!open) break;
            if (r[nr - 1].nrows == MAX_RUN_ROWS) return -1;
            r[nr - 1].rows[r[nr - 1].nrows++] = (rowmark){.place = it[i].place, .at = r[nr - 1].n};
            break;
        case IT_VALUE:
            if (!open || r[nr - 1].n == MAX_RUN_VALUES) return -1;
            r[nr - 1].v[r[nr - 1].n++] = it[i].value;
            break;
        }
    }
    return seg == nb - 1 ? nr : -1;
}

/* Whether block x has run r's labels, in its columns' order. */
static int has_heads(const tblock *x, const run *r)
{
    int last = -1;
    for (int h = 0; h < r->nheads; h++) {
        int c = column(x, r->head[h]);
        if (c <= last) return 0;
        last = c;
    }
    return 1;
}

/* Row row of block x, or -1 where place is none of its rows. */
static int row_of(const tblock *x, int place)
{
    for (int k = 0; k < x->nrows; k++)
        if (x->rows[k] == place) return k;
    return -1;
}

/* Whether run r, exactly x's rows × its labels values, holds them row by row (each row left to right) by
 * what the text shows, not by a guess. One row, or one column, is read in its order. Rows and columns
 * both: the print may have read the values across (0 0 0 / 2 2 9) or down each column (0 2 / 0 2 / 0 9);
 * only the rows' labels among the values tell which: each row's label right before its values
 * (规章 0 0 0 行政规范性文件 2 2 9). Values all the same are the same cells either way. A row's label
 * among the values where a row read across would not have it (规章 0 行政规范性文件 77 0 0: read down
 * each column) leaves the run unread in any case. */
static int read_across(const tblock *x, const run *r)
{
    int m = r->nheads, proved = 1;
    for (int k = 1; k < x->nrows; k++) {
        int found = 0;
        for (int j = 0; j < r->nrows; j++) found |= r->rows[j].place == x->rows[k] && r->rows[j].at == k * m;
        proved &= found;
    }
    for (int j = 0; j < r->nrows; j++) {
        int k = row_of(x, r->rows[j].place), at = r->rows[j].at;
        if (at == r->n) continue; /* the labels after the values (a column of labels read after) */
        if (k < 0 ? at > 0 : at != k * m) return 0;
    }
    /* each value the one before it: all the same */
    return x->nrows == 1 || m == 1 || proved || nb_flow_same_values(r->v + 1, r->v, r->n - 1);
}

int nb_flow_head_runs(const nb_tparse *tp, const nb_tables *t, size_t from, size_t end,
                      const nb_ctok *cells[NB_MAX_ROWS][NB_MAX_COLS])
{
    memset(cells, 0, sizeof(const nb_ctok *[NB_MAX_ROWS][NB_MAX_COLS]));
    tblock b[MAX_BLOCKS];
    item it[MAX_ITEMS];
    run r[MAX_RUNS];
    int nb = blocks_of(t, b);
    if (!nb || end > tp->r->text.len || from >= end) return 0;
    if (nb_flow_page_number_may_stand(tp->r->text.data + from, tp->r->text.data + end) &&
        !nb_flow_pages_unnumbered(tp->r))
        return 0;
    int n = scan(tp, t, b, nb, from, end, it);
    int nr = n < 0 ? -1 : runs_of(it, n, b, nb, r);
    if (nr <= 0) return 0;
    int set = 0;
    unsigned char taken[MAX_BLOCKS][MAX_HEADS] = {{0}};
    for (int i = 0; i < nr; i++) {
        /* a run is its block's only under that block's header: a run of another block's labels there
           (a column drawn apart, or labels whose values are elsewhere) says nothing sure of its values */
        const tblock *x = &b[r[i].seg];
        if (!has_heads(x, &r[i])) {
            if (r[i].n) return 0;
            continue;
        }
        /* a value lost or come from elsewhere, or an order the text does not prove */
        if (r[i].n != x->nrows * r[i].nheads || !read_across(x, &r[i])) return 0;
        for (int h = 0; h < r[i].nheads; h++) {
            int c = column(x, r[i].head[h]);
            if (taken[r[i].seg][c]++) return 0;
            for (int row = 0; row < x->nrows; row++) cells[x->rows[row]][c] = r[i].v[row * r[i].nheads + h];
            set += x->nrows;
        }
    }
    if (!set) memset(cells, 0, sizeof(const nb_ctok *[NB_MAX_ROWS][NB_MAX_COLS]));
    return set;
}
