/* statistics_line.c — a 统计表 on one line, cells separated by blanks; see statistics_line.h. */
#include "statistics_line.h"

#include <stdlib.h>
#include <string.h>

#include "celltok.h"
#include "grow.h"
#include "lexer.h"
#include "statistics.h"
#include "utf8.h"

/* The word w at p, blanks allowed before and inside it (计量 单位, 统 计 指 标): its end, or NULL. */
static const unsigned char *spaced(const unsigned char *p, const unsigned char *e, const char *w)
{
    for (const unsigned char *c = (const unsigned char *)w; *c;) {
        p = nb_skip_blanks(p, e);
        size_t n = nb_u8len(c, c + 4);
        if ((size_t)(e - p) < n || memcmp(p, c, n)) return NULL;
        p += n;
        c += n;
    }
    return p;
}

static const unsigned char *any_of(const unsigned char *p, const unsigned char *e, const char *const *words)
{
    const unsigned char *q;
    for (; *words; words++)
        if ((q = spaced(p, e, *words)) != NULL) return q;
    return NULL;
}

/* A value column headed by its year: four digits, then 年度 or 年. */
static const unsigned char *year_column(const unsigned char *p, const unsigned char *e)
{
    size_t w;
    int k = 0;
    p = nb_skip_blanks(p, e);
    for (; k < 4 && (w = nb_digit_at(p, e, NULL)) > 0; k++) p += w;
    if (k != 4 || nb_digit_at(p, e, NULL)) return NULL;
    const unsigned char *q = spaced(p, e, "年度");
    return q ? q : spaced(p, e, "年");
}

const unsigned char *nb_statline_header(const unsigned char *s, const unsigned char *e, int *cum)
{
    static const char *const label[] = {"指标名称", "统计指标", NULL};
    static const char *const unit[] = {"计量单位", "单位", NULL};
    static const char *const value[] = {"统计数", "本年数", "本年度", "数量", NULL};
    static const char *const total[] = {"历年累计", "累计数", NULL};
    s = nb_skip_blanks(s, e); /* most text starts with neither word: one look at its first character */
    if (e - s < 3 || (memcmp(s, "指", 3) && memcmp(s, "统", 3))) return NULL;
    const unsigned char *p = any_of(s, e, label);
    if (!p || !(p = any_of(p, e, unit))) return NULL;
    const unsigned char *q = any_of(p, e, value);
    if (!q && !(q = year_column(p, e))) return NULL;
    const unsigned char *c = any_of(q, e, total);
    if (cum) *cum = c != NULL;
    return c ? c : q;
}

/* ---- words and rows ------------------------------------------------------------------------------ */

typedef enum wkind { W_TEXT, W_UNIT, W_NUM, W_BAD /* starts like a number, is none: 425（含转载） */ } wkind;

typedef struct word {
    const unsigned char *s, *e;
    wkind kind;
    int seg; /* the piece of text it is in (a cell of the raw table) */
} word;

typedef struct words {
    word *v;
    size_t n, cap;
} words;

static void push_word(words *ws, const unsigned char *s, const unsigned char *e, int seg)
{
    nb_grow(&ws->v, &ws->cap, ws->n, sizeof *ws->v);
    word *w = &ws->v[ws->n++];
    double v;
    int is_null;
    const char *unit;
    nb_marker m;
    w->s = s;
    w->e = e;
    w->seg = seg;
    w->kind = nb_unit_word(s, e)                          ? W_UNIT
              : nb_parse_number(s, e, &v, &is_null, &unit) ? W_NUM
              : nb_digit_at(s, e, NULL) && !nb_match_marker(s, e, &m) ? W_BAD
                                                           : W_TEXT;
}

/* What ends the table: a sentence, a note under it, the form's signature lines. */
static int ends_table(const unsigned char *s, const unsigned char *e)
{
    static const char *const starts[] = {"注", "备注", "说明", "填报", "填表", "制表", "审核", "负责人",
                                         "联系人", "联系电话", "（注", "(注"};
    if (nb_find(s, e, "。") || nb_find(s, e, "；")) return 1;
    for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++)
        if ((size_t)(e - s) >= strlen(starts[i]) && !memcmp(s, starts[i], strlen(starts[i]))) return 1;
    return nb_u8count(s, e) > 60;
}

enum { MAX_TEXT_RUN = 32 }; /* words without a unit or number: prose, the table has ended */

/* The words of [s, e) onto ws; a unit glued to its number (条425) is two words. Returns 0 at a word
 * that ends the table (ws then ends before it), or after a run of words with no unit or number in it
 * (so a line of prose is not scanned to its end from each place a header could start). */
static int add_words(words *ws, const unsigned char *s, const unsigned char *e, int seg)
{
    int text = 0;
    for (const unsigned char *p = nb_skip_blanks(s, e); p < e; p = nb_skip_blanks(p, e)) {
        const unsigned char *q = p;
        while (q < e && !nb_blank_at(q, e)) q += nb_u8len(q, e);
        if (ends_table(p, q)) return 0;
        text = ws->n && ws->v[ws->n - 1].kind == W_TEXT ? text + 1 : 0;
        if (text > MAX_TEXT_RUN) return 0;
        const unsigned char *u = p + 3, *u2 = p + 6; /* 条425, 人次320: the unit's characters, then digits */
        if (q > u && nb_unit_word(p, u) && nb_digit_at(u, q, NULL)) {
            push_word(ws, p, u, seg);
            push_word(ws, u, q, seg);
        } else if (q > u2 && nb_unit_word(p, u2) && nb_digit_at(u2, q, NULL)) {
            push_word(ws, p, u2, seg);
            push_word(ws, u2, q, seg);
        } else {
            push_word(ws, p, q, seg);
        }
        p = q;
    }
    return 1;
}

enum { MAX_NUMS = 8 };

typedef struct srow {
    long label_first, label_last; /* words; -1: none */
    long unit;
    long nums[MAX_NUMS];
    int nnum, more; /* more: numbers past MAX_NUMS */
} srow;

static int is_of_which(const word *w)
{
    size_t n = (size_t)(w->e - w->s);
    return (n == 6 || n == 7 || n == 9) && !memcmp(w->s, "其中", 6) &&
           (n == 6 || (n == 7 && w->s[6] == ':') || (n == 9 && !memcmp(w->s + 6, "：", 3)));
}

/* A word that starts a row of its own: a number (一、 （一） 1.) or 其中. */
static int starts_row(const word *w)
{
    nb_marker m;
    return nb_match_marker(w->s, w->e, &m) || ((size_t)(w->e - w->s) >= 6 && !memcmp(w->s, "其中", 6));
}

/* Cuts ws into rows (fn called for each, in order); a new piece of text (cell) starts a new row. Returns
 * the number of words up to the end of the last row with a unit or a number. */
typedef void (*row_fn)(void *ctx, const srow *row);
static size_t cut_rows(const words *ws, row_fn fn, void *ctx)
{
    srow cur = {-1, -1, -1, {0}, 0, 0};
    size_t end = 0;
#define FLUSH()                                                                                    \
    do {                                                                                           \
        if (cur.label_first >= 0 || cur.unit >= 0 || cur.nnum) {                                   \
            if (fn) fn(ctx, &cur);                                                                 \
        }                                                                                          \
        cur = (srow){-1, -1, -1, {0}, 0, 0};                                                       \
    } while (0)
    for (size_t i = 0; i < ws->n; i++) {
        const word *w = &ws->v[i];
        if (i && w->seg != ws->v[i - 1].seg) FLUSH();
        int data = cur.unit >= 0 || cur.nnum;
        switch (w->kind) {
        case W_TEXT:
            if (data || (cur.label_first >= 0 && starts_row(w) && !is_of_which(&ws->v[cur.label_last]))) FLUSH();
            if (cur.label_first < 0) cur.label_first = (long)i;
            cur.label_last = (long)i;
            break;
        case W_UNIT:
            if (data || cur.label_first < 0) FLUSH(); /* a unit with no label before it */
            cur.unit = (long)i;
            end = i + 1;
            break;
        case W_NUM:
        case W_BAD:
            if (cur.nnum < MAX_NUMS) cur.nums[cur.nnum++] = (long)i;
            else cur.more = 1;
            end = i + 1;
            break;
        }
    }
    FLUSH();
#undef FLUSH
    return end;
}

const unsigned char *nb_statline_end(const unsigned char *s, const unsigned char *e)
{
    const unsigned char *h = nb_statline_header(s, e, NULL);
    if (!h) return NULL;
    words ws = {0};
    add_words(&ws, h, e, 0);
    size_t n = cut_rows(&ws, NULL, NULL);
    const unsigned char *end = n ? ws.v[n - 1].e : NULL;
    free(ws.v);
    return end;
}

/* ---- reading --------------------------------------------------------------------------------------- */

typedef struct reading {
    nb_report *r;
    const nb_cell *const *segs; /* the raw cells the words are in */
    const words *ws;
    size_t last;                /* rows end with the word before this one */
    int cum;
    const nb_cell *(*rows)[4];
    size_t n, cap;
    /* the column of a place in the text, carried forward: a line may hold the whole table */
    int at_seg;
    const unsigned char *at;
    uint32_t at_col;
} reading;

/* A cell for words [a, b] of the text, with its span. */
static const nb_cell *cell_of(reading *x, long a, long b)
{
    const word *wa = &x->ws->v[a], *wb = &x->ws->v[b];
    const nb_cell *seg = x->segs[wa->seg];
    nb_cell *c = nb_arena_alloc(&x->r->arena, sizeof *c);
    c->raw.p = (const char *)wa->s;
    c->raw.n = (size_t)(wb->e - wa->s);
    if (x->at_seg != wa->seg || !x->at || wa->s < x->at) {
        x->at_seg = wa->seg;
        x->at = (const unsigned char *)seg->raw.p;
        x->at_col = seg->span.col;
    }
    x->at_col += (uint32_t)nb_u8count(x->at, wa->s);
    x->at = wa->s;
    c->span = seg->span;
    c->span.col = x->at_col;
    c->span.byte += (size_t)(wa->s - (const unsigned char *)seg->raw.p);
    return c;
}

static void on_row(void *ctx, const srow *row)
{
    reading *x = ctx;
    long first = row->label_first >= 0 ? row->label_first : row->unit >= 0 ? row->unit : row->nums[0];
    if ((size_t)first >= x->last) return; /* after the table's last row: a note or prose */
    if (row->label_first < 0) { /* a unit or numbers where the 统计表 has a label */
        const nb_cell *c = cell_of(x, first, row->nnum ? row->nums[row->nnum - 1] : first);
        nb_diag_add(x->r, "warning", "cell-unplaced", &c->span,
                    "\"%.*s\" in the one-line 统计表 has no row label before it: not read", (int)c->raw.n, c->raw.p);
        return;
    }
    nb_grow(&x->rows, &x->cap, x->n, sizeof *x->rows);
    const nb_cell **out = x->rows[x->n++];
    out[0] = cell_of(x, row->label_first, row->label_last);
    out[1] = row->unit >= 0 ? cell_of(x, row->unit, row->unit) : NULL;
    out[2] = out[3] = NULL;
    int cols = x->cum ? 2 : 1;
    if (row->nnum == cols && !row->more) {
        out[2] = cell_of(x, row->nums[0], row->nums[0]);
        if (cols == 2) out[3] = cell_of(x, row->nums[1], row->nums[1]);
    } else if (row->nnum) {
        const nb_cell *c = cell_of(x, row->nums[0], row->nums[row->nnum - 1]);
        nb_diag_add(x->r, "warning", "statistics-ambiguous", &c->span,
                    "统计表 row %.*s: %d number%s (\"%.*s\") where the header has %d value column%s; which "
                    "column %s in is not known (a blank cell is lost on one line): left null",
                    (int)out[0]->raw.n, out[0]->raw.p, row->nnum + row->more, row->nnum > 1 ? "s" : "",
                    (int)c->raw.n, c->raw.p, cols, cols > 1 ? "s" : "", row->nnum > 1 ? "each is" : "it is");
    }
}

int nb_statline_read(nb_report *r, const nb_rawtable *t)
{
    const nb_cell *head = t->cells;
    if (!head) return 0;
    const unsigned char *s = (const unsigned char *)head->raw.p, *e = s + head->raw.n;
    int cum = 0;
    const unsigned char *h = nb_statline_header(s, e, &cum);
    if (!h) return 0;
    /* the header's cell, and the cells after it (rows a line each) */
    const nb_cell **segs = NULL;
    size_t nsegs = 0, segcap = 0;
    words ws = {0};
    int seg = 0;
    for (const nb_cell *c = head; c; c = c->next, seg++) {
        nb_grow(&segs, &segcap, nsegs, sizeof *segs);
        segs[nsegs++] = c;
        const unsigned char *cs = c == head ? h : (const unsigned char *)c->raw.p;
        if (!add_words(&ws, cs, (const unsigned char *)c->raw.p + c->raw.n, seg)) break;
    }
    reading x = {r, segs, &ws, 0, cum, NULL, 0, 0, -1, NULL, 0};
    x.last = cut_rows(&ws, NULL, NULL);
    cut_rows(&ws, on_row, &x);
    if (x.n) nb_statistics_rows(r, x.rows, x.n, cum);
    else
        nb_diag_add(r, "warning", "statistics-unread", &head->span,
                    "a 统计表 header (指标名称 / 计量单位 / …) on one line with no row after it that could be read");
    free(x.rows);
    free(ws.v);
    free(segs);
    return 1;
}
