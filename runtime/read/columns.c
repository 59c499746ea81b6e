/* columns.c — rows of a table in aligned columns, rebuilt from the lines they are spread over
 * (see columns.h).
 *
 * The text is read a run of non-blank lines at a time (a "cluster": aligned layouts leave a blank
 * line between rows, never inside one). A line whose last pieces are numbers holds a row's values
 * (an N line). The lines around it whose pieces all stand left of the numbers are the pieces of its
 * label; a line with a piece over the numbers (a header, prose) ends the rows. Which N line a label
 * line belongs to: the lines after an N line are its label's tail up to the line that starts a new
 * label (a numbering marker: 1. （一） 三、), which begins the next row's. Within a row, the label
 * is the column of its numbered piece and what lies right of it; pieces left of that column are
 * the labels that span rows (三、本 / 年度办), kept as cells before it. */
#include "columns.h"

#include <stdlib.h>
#include <string.h>

#include "cjkscan.h"
#include "colheader.h"
#include "grow.h"
#include "rowstart.h"
#include "rule.h"
#include "utf8.h"

int nb_display_width(uint32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                   (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                   (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000
               ? 2
               : 1;
}

/* A piece of a line: the bytes [s, e) between blanks, at display columns [x0, x1). */
typedef struct piece {
    size_t s, e;
    int x0, x1;
    unsigned char num;     /* a number, or a placeholder for none (- / —) */
    unsigned char starter; /* starts a label: a numbering marker (1. （一） 三、) or 第…条 */
    unsigned char group;   /* a piece of a label spanning rows, left of the row's label */
    unsigned char unit;    /* the unit column of a 统计表 row (条 件 万元) between its label and value */
    unsigned char wrapped; /* a number continued on the next line inside its cell (18 over 1) */
    unsigned char over;    /* text over a column of numbers (its column + 1): no piece of the label (mark_over) */
    size_t ts, te;         /* then the bytes of its continuation */
    size_t us, ue;         /* a number's unit wrapped under it (328 over 件): its bytes, or us == ue */
} piece;

/* A line of a cluster: its bytes [s, e) (no line end), [next - e) the line end, its pieces. */
typedef struct cline {
    size_t s, e, next;
    size_t p0, np;  /* pieces [p0, p0 + np) */
    size_t nnum;    /* trailing number pieces */
    int kind;       /* N_LINE, LABEL_LINE, OTHER_LINE */
    size_t owner;   /* the N line it belongs to, or NONE */
    int cont;       /* the numbers it held were the tails of wrapped numbers of the line above */
    int numx;       /* where the numbers of the N lines next to it start (near_numbers) */
} cline;

enum { N_LINE = 1, LABEL_LINE, OTHER_LINE };
#define NONE ((size_t)-1)

typedef struct state {
    const unsigned char *in;
    size_t n;
    piece *pc;
    size_t npc, cappc;
    cline *ln;
    size_t nln, capln;
    int wide; /* columns a wide character takes in this text: 2 on a terminal (lynx), 1 in pdftotext's grid */
    int tabs; /* a TAB is a one-column separator before blanks that place a cell (the PDF reader's
                 table lines); otherwise a line with a TAB is a row whose cells are known */
    /* every N line of the text, for the columns of a row that lacks some numbers (blank cells) */
    struct nref {
        size_t off, line, x0; /* its byte offset, line number, first column in xs */
        unsigned k, page;     /* its numbers, and the page (form feeds before it) */
        unsigned block;       /* the stretch of rows it is in: a header or prose line starts another */
        int lab;              /* where its label ends (-1: none) */
    } *ref;
    size_t nref, capref;
    /* the stretches whose header gives their leaf columns (colheader.h), leaves [x0, x0 + k) of hx */
    struct nhead {
        unsigned block, page;
        size_t x0;
        unsigned k;
    } *hd;
    size_t nhd, caphd;
    nb_hpiece *hx;
    size_t nhx, caphx;
    struct span2 {
        int x0, x1;
    } *xs;
    size_t nxs, capxs;
    size_t line0, page0; /* the line number and page of the cluster's first line */
    int flow;            /* the cluster is lynx's flow of a table whose cells break lines (flow_margin) */
    int paged;           /* the text has form feeds: pdftotext's pages, laid out in columns */
} state;

static int is_digit_at(const unsigned char *p, const unsigned char *e)
{
    return p < e && *p >= '0' && *p <= '9';
}

/* The bytes of the run of digits at p, ASCII or full-width (a Word page may type ２０), 0 for none. */
static size_t digit_run(const unsigned char *p, const unsigned char *e)
{
    size_t n = 0, k;
    while ((k = nb_digit_at(p + n, e, NULL)) != 0) n += k;
    return n;
}

static int lit(const unsigned char *p, const unsigned char *e, const char *s)
{
    size_t k = strlen(s);
    return (size_t)(e - p) >= k && memcmp(p, s, k) == 0;
}

/* A cell's number as layouts print it: a sign, digits with thousands groups, a fraction, and a
 * note in brackets after it (22（其中修订16件）); or a placeholder for no number (- — / －). */
static int numeric(const unsigned char *p, const unsigned char *e)
{
    static const char *const none[] = {"-", "--", "\xE2\x80\x94", "\xE2\x80\x94\xE2\x80\x94", "\xE2\x80\x93", "/",
                                       "\xEF\xBC\x8F", "\xEF\xBC\x8D"};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
        if ((size_t)(e - p) == strlen(none[i]) && lit(p, e, none[i])) return 1;
    /* a number wrapped in its cell, head↵tail (the PDF reader's, pdfrows.c): a number's cell, null */
    const unsigned char *w = nb_find_cjk(p, e, "\xE2\x86\xB5", 3); /* memchr, not a test a byte: pieces of prose are long */
    if (w) return w > p && numeric(p, w) && numeric(w + 3, e);
    /* a number cut at the page's edge, 1314… or …42 (the PDF reader's, pdfrows.c): a number's cell, null */
    if (e - p > 3 && lit(e - 3, e, "\xE2\x80\xA6")) return numeric(p, e - 3);
    if (e - p > 3 && lit(p, e, "\xE2\x80\xA6")) return numeric(p + 3, e);
    if (p < e && (*p == '+' || *p == '-')) p++;
    else if (lit(p, e, "\xE2\x88\x92")) p += 3; /* − */
    if (!digit_run(p, e)) return 0;
    p += digit_run(p, e);
    for (;;) {
        const unsigned char *q = p;
        if (q < e && *q == ',') q++;
        else if (lit(q, e, "\xEF\xBC\x8C")) q += 3; /* ， */
        else break;
        if (!(is_digit_at(q, e) && is_digit_at(q + 1, e) && is_digit_at(q + 2, e) && !is_digit_at(q + 3, e))) return 0;
        p = q + 3;
    }
    if (p < e && (*p == '.' || lit(p, e, "\xEF\xBC\x8E"))) {
        p += *p == '.' ? 1 : 3;
        if (!is_digit_at(p, e)) return 0;
        while (is_digit_at(p, e)) p++;
    }
    if (p == e) return 1;
    /* a note: an opening bracket here, its closing one at the end */
    if ((*p == '(' || lit(p, e, "\xEF\xBC\x88")) && (e[-1] == ')' || (e - p >= 3 && lit(e - 3, e, "\xEF\xBC\x89"))))
        return 1;
    return 0;
}

/* A 统计表 row's unit (条 件 万元), between its label and its value. */
static int unit_word(const state *st, const piece *u)
{
    static const char *const units[] = {"条", "件", "次", "篇", "个", "人", "期", "份", "万元", "元", "项", "人次", "家", "场", "批", "户"};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (u->e - u->s == strlen(units[i]) && !memcmp(st->in + u->s, units[i], u->e - u->s)) return 1;
    return 0;
}

/* Whether the piece [s, p) goes on past the blank at p: it leaves a bracket open, the blank is one
 * space, and the bracket closes before a wider one (Writer's PDF spaces the digits of a label's note
 * out: （不同渠道和方式公开相同信息计 1 条）, one piece of the label, not a number among its pieces). */
static int note_goes_on(const unsigned char *s, const unsigned char *p, const unsigned char *e)
{
    int open = 0;
    for (const unsigned char *c = s; c < p; c++)
        open += *c == '(' || lit(c, p, "\xEF\xBC\x88") ? 1 : *c == ')' || lit(c, p, "\xEF\xBC\x89") ? -1 : 0;
    if (open <= 0 || *p != ' ') return 0;
    for (const unsigned char *q = p; q < e && q - p < 60; q++) {
        if (*q == ')' || lit(q, e, "\xEF\xBC\x89")) return 1;
        if (nb_blank_at(q, e) && (*q != ' ' || (q + 1 < e && nb_blank_at(q + 1, e)))) return 0;
    }
    return 0;
}

/* The pieces of line l, appended to st->pc. */
static void split_line(state *st, cline *l)
{
    const unsigned char *in = st->in, *p = in + l->s, *e = in + l->e;
    int x = 0;
    l->p0 = st->npc;
    l->np = 0;
    while (p < e) {
        size_t b = nb_blank_at(p, e);
        if (b) {
            x += b == 3 && p[0] == 0xE3 ? st->wide : p[0] == '\t' ? (st->tabs ? 1 : 8 - x % 8) : p[0] == '\f' ? 0 : 1;
            p += b;
            continue;
        }
        nb_grow((void **)&st->pc, &st->cappc, st->npc, sizeof *st->pc);
        piece *pc = &st->pc[st->npc++];
        *pc = (piece){0};
        l->np++;
        pc->s = (size_t)(p - in);
        pc->x0 = x;
        while (p < e) {
            const unsigned char *run = nb_ideograph_run(p, e);
            if (run != p) { /* ideographs (U+4000..U+9FFF, most of the text): wide, no blank */
                x += st->wide * (int)((run - p) / 3);
                p = run;
                continue;
            }
            if (nb_blank_at(p, e) && !note_goes_on(in + pc->s, p, e)) break;
            size_t k = nb_u8len(p, e);
            uint32_t c = nb_u8decode(p, k);
            /* the PDF reader counts punctuation (“ ” — …, U+2010-206F) two columns as well (pdfrows.c) */
            x += nb_display_width(c) == 2 || (st->tabs && c >= 0x2010 && c <= 0x206F) ? st->wide : 1;
            p += k;
        }
        pc->e = (size_t)(p - in);
        pc->x1 = x;
        pc->num = (unsigned char)numeric(in + pc->s, p);
        pc->starter = (unsigned char)(!pc->num && nb_row_starter(in + pc->s, p));
        pc->group = 0;
        pc->unit = 0;
        pc->over = 0;
    }
    l->nnum = 0;
    while (l->nnum < l->np && st->pc[l->p0 + l->np - 1 - l->nnum].num) l->nnum++;
    if (l->nnum && l->np >= l->nnum + 2) st->pc[l->p0 + l->np - l->nnum - 1].unit = (unsigned char)unit_word(st, &st->pc[l->p0 + l->np - l->nnum - 1]);
}

/* The last character of a line, where an N line can end: a digit, a placeholder, a closing bracket. */
static int may_end_row(const unsigned char *s, const unsigned char *e)
{
    /* blanks after the last cell; an NBSP too (a cell padded with &nbsp;, as elinks draws it) */
    for (;;) {
        if (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
        else if (e - s >= 2 && e[-2] == 0xC2 && e[-1] == 0xA0) e -= 2;
        else break;
    }
    if (e == s) return 0;
    unsigned char c = e[-1];
    if ((c >= '0' && c <= '9') || c == '-' || c == '/' || c == ')') return 1;
    if (e - s >= 3 && nb_digit_at(e - 3, e, NULL)) return 1; /* a full-width digit */
    /* — －  ／ ） (a note's bracket), … (a number cut at the page's edge), and U+3000 padding */
    return e - s >= 3 && (lit(e - 3, e, "\xE2\x80\x94") || lit(e - 3, e, "\xE2\x80\xA6") || lit(e - 3, e, "\xEF\xBC\x8D") ||
                          lit(e - 3, e, "\xEF\xBC\x8F") || lit(e - 3, e, "\xEF\xBC\x89") ||
                          lit(e - 3, e, "\xE3\x80\x80"));
}

static piece *P(state *st, const cline *l, size_t i) { return &st->pc[l->p0 + i]; }

/* A page number on a line of its own (- 3 -, — 5 —, 3 / 8) is no row of three cells. */
static int page_number_line(state *st, const cline *l)
{
    if (l->np != 3 || l->nnum != 3) return 0;
    const piece *a = P(st, l, 0), *b = P(st, l, 1), *c = P(st, l, 2);
    int da = is_digit_at(st->in + a->s, st->in + a->e), db = is_digit_at(st->in + b->s, st->in + b->e),
        dc = is_digit_at(st->in + c->s, st->in + c->e);
    if (da && dc && !db) return st->in[b->s] == '/' || lit(st->in + b->s, st->in + b->e, "\xEF\xBC\x8F"); /* 3 / 8 */
    return !da && db && !dc;
}

/* An N line: its last pieces numbers, two of them or one after a label; a lone number (a cell a
 * line, a page number) is no row. */
static int n_line(state *st, const cline *l)
{
    if (l->nnum == 0 || page_number_line(st, l)) return 0;
    if (!st->tabs && memchr(st->in + l->s, '\t', l->e - l->s)) return 0; /* TAB rows have their cells already */
    size_t real = 0;
    for (size_t i = l->np - l->nnum; i < l->np; i++) real += digit_run(st->in + P(st, l, i)->s, st->in + P(st, l, i)->e) ||
                                                         st->in[P(st, l, i)->s] == '+' || st->in[P(st, l, i)->s] == '-';
    if (!real) return 0;
    /* numbers among the label's pieces: cells flattened onto one line (the one-line 统计表: 指标名称
       计量 单位 2011 年度 … 条 425 1516 …) or prose, not a label beside its row's numbers */
    size_t inner = 0;
    for (size_t i = 0; i + l->nnum < l->np; i++) inner += P(st, l, i)->num;
    if (inner >= 2) return 0;
    return l->nnum >= 2 || l->np > l->nnum;
}

/* The rightmost label piece of a line (left of its numbers and of a 统计表 row's unit), or NULL. */
static piece *last_label(state *st, const cline *l)
{
    size_t k = l->np - (l->kind == N_LINE ? l->nnum : 0);
    if (k && l->kind == N_LINE && P(st, l, k - 1)->unit) k--; /* a 统计表 row's unit (条) is no label */
    return k ? P(st, l, k - 1) : NULL;
}

static int starts_label(state *st, const cline *l)
{
    piece *p = last_label(st, l);
    return p && p->starter;
}

/* Line k starts a row's label: its last label piece is a numbered one, and no numbered piece of
 * lines [lo, hi) stands right of it (it is then the piece of a label spanning rows, printed beside
 * the row's own: （六）其他处理 left of 2.申请人逾期未按…). */
static int row_start(state *st, size_t k, size_t lo, size_t hi)
{
    if (!starts_label(st, &st->ln[k])) return 0;
    const piece *q = last_label(st, &st->ln[k]);
    for (size_t j = lo; j < hi; j++)
        if (j != k && starts_label(st, &st->ln[j]) && last_label(st, &st->ln[j])->x0 >= q->x1) return 0;
    return 1;
}

/* The lines [from, j) given to N line j above its label's first line (the last line that starts a
 * label, j itself where its label begins on it: （一）受理… 57 346) that stand over that label's column
 * are no piece of its label, nor of a label spanning rows (those stand left of it): rows of a label
 * alone (a 统计表's group row, 二、依申请公开情况), left as they stand. */
static void not_above_label(state *st, size_t from, size_t j)
{
    cline *L = st->ln;
    size_t s = j + 1;
    for (size_t k = j + 1; k-- > from && s > j;)
        if ((k == j || L[k].owner == j) && row_start(st, k, from, j + 1)) s = k;
    if (s > j) return;
    const piece *lab = last_label(st, &L[s]);
    for (size_t k = from; k < s; k++)
        if (L[k].owner == j && L[k].np && P(st, &L[k], L[k].np - 1)->x1 > lab->x0) L[k].owner = NONE;
}

/* Assigns the label lines of lines [a, b) (one stretch between headers) to its N lines. */
static void assign(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    size_t first = NONE, prev = NONE;
    for (size_t j = a; j < b; j++) {
        if (L[j].kind != N_LINE) continue;
        L[j].owner = j;
        if (prev == NONE) first = j;
        else {
            /* between two N lines: the tail of the first up to the line that starts a label */
            size_t t = NONE;
            for (size_t k = prev + 1; k < j && t == NONE; k++)
                if (row_start(st, k, prev + 1, j + 1)) t = k;
            if (t == NONE) t = row_start(st, j, prev + 1, j + 1) ? j : prev + 1 + (j - prev) / 2;
            for (size_t k = prev + 1; k < j; k++) L[k].owner = k < t ? prev : j;
            not_above_label(st, prev + 1, j);
        }
        prev = j;
    }
    if (first == NONE) return;
    /* above the first: up to its label's start; below the last: up to a line that starts another */
    piece *lab = row_start(st, first, a, first + 1) ? last_label(st, &L[first]) : NULL;
    for (size_t k = first; k-- > a;) {
        if (lab) { /* above the label's first line, only the pieces of a label spanning rows, left of it */
            if (P(st, &L[k], L[k].np - 1)->x1 >= lab->x0) break;
            L[k].owner = first;
            continue;
        }
        L[k].owner = first;
        if (row_start(st, k, a, first + 1)) lab = last_label(st, &L[k]);
    }
    size_t k = prev + 1;
    for (; k < b && !row_start(st, k, prev + 1, b); k++) L[k].owner = prev;
    /* a row without a label before it (its label's start went below its numbers, as over a page
       break: 1 0 … 1 / 3.其他) takes the label that follows, with its continuation */
    int labelled = last_label(st, &L[prev]) != NULL;
    for (size_t j = a; j < prev && !labelled; j++) labelled = L[j].owner == prev;
    if (!labelled && k < b)
        for (L[k++].owner = prev; k < b && !starts_label(st, &L[k]); k++) L[k].owner = prev;
}

/* The column of row r's label: its rightmost numbered piece, or the label piece on its N line. */
static int label_x(state *st, size_t r, size_t a, size_t b)
{
    int x = -1;
    for (size_t j = a; j < b; j++) {
        if (st->ln[j].owner != r) continue;
        const cline *l = &st->ln[j];
        size_t k = l->np - (l->kind == N_LINE ? l->nnum : 0);
        for (size_t i = 0; i < k; i++)
            if (P(st, l, i)->starter && !P(st, l, i)->over && P(st, l, i)->x0 > x) x = P(st, l, i)->x0;
    }
    if (x >= 0) return x;
    piece *p = last_label(st, &st->ln[r]);
    while (p && p->over) p = p > P(st, &st->ln[r], 0) ? p - 1 : NULL; /* (a note beside the numbers) */
    if (p) return p->x0;
    x = -1;
    for (size_t j = a; j < b; j++) {
        if (st->ln[j].owner != r || j == r) continue;
        piece *q = last_label(st, &st->ln[j]);
        if (q && (x < 0 || q->x0 < x)) x = q->x0;
    }
    return x < 0 ? 0 : x;
}

/* Column i of rows up and down: numbers aligned right (a table's usual way), their ends in one place
 * whatever their widths (6 over 1432), give or take a column of pdftotext's grid. */
static int aligned_right(const state *st, const struct nref *up, const struct nref *down, unsigned i)
{
    return abs(st->xs[up->x0 + i].x1 - st->xs[down->x0 + i].x1) <= 2;
}

/* The row of columns a row of N line l with fewer numbers takes them from: the nearest N line above
 * or below on its page (within 40 lines) with more numbers; where both exist they must agree. NULL
 * when there is none or they disagree. */
/* The N line of the text at line number `line`: its index in st->ref, or NONE. */
static size_t ref_at(const state *st, size_t line)
{
    /* the N lines are in text order: the first one at or after line */
    size_t lo = 0, hi = st->nref;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (st->ref[mid].line < line) lo = mid + 1;
        else hi = mid;
    }
    return lo < st->nref && st->ref[lo].line == line ? lo : NONE;
}

static const struct nref *reference(const state *st, size_t line, unsigned page, unsigned k)
{
    size_t lo = ref_at(st, line);
    if (lo == NONE) return NULL;
    unsigned block = st->ref[lo].block;
    const struct nref *up = NULL, *down = NULL;
    for (size_t i = lo; i-- > 0 && !up;) {
        const struct nref *r = &st->ref[i];
        if (r->page != page || r->block != block || line - r->line > 40) break;
        if (r->k > k) up = r;
    }
    for (size_t i = lo; i < st->nref && !down; i++) {
        const struct nref *r = &st->ref[i];
        if (r->line == line) continue;
        if (r->page != page || r->block != block || r->line - line > 40) break;
        if (r->k > k) down = r;
    }
    if (up && down) {
        if (up->k != down->k) return NULL;
        for (unsigned i = 0; i < up->k; i++) /* (numbers aligned left, right or centred) */
            if (abs(st->xs[up->x0 + i].x0 - st->xs[down->x0 + i].x0) > 2 && !aligned_right(st, up, down, i)) return NULL;
    }
    return up ? up : down;
}

/* The columns of a row's numbers from the stretch's header: col[i] for its i-th number, in order,
 * two never in one; returns the header's columns, or 0 where a number has no certain column. */
static unsigned header_columns(const nb_hpiece *leaf, unsigned k, const struct span2 *x, size_t n, unsigned *col)
{
    for (size_t i = 0; i < n; i++) {
        int c = nb_header_column(leaf, k, x[i].x0, x[i].x1);
        if (c < 0 || (i && (unsigned)c <= col[i - 1])) return 0;
        col[i] = (unsigned)c;
    }
    return k;
}

/* Where each number of N line l, fewer than its stretch's header has columns, goes among them
 * (stretch_header): col[i] for its i-th number. Returns the number of columns, or 0. */
static unsigned place_by_header(const state *st, const cline *l, unsigned *col, size_t cap)
{
    size_t i = ref_at(st, st->line0 + (size_t)(l - st->ln));
    if (i == NONE || st->nhd == 0) return 0;
    const struct nref *r = &st->ref[i];
    size_t lo = 0, hi = st->nhd; /* the headers are in the order of their stretches */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (st->hd[mid].block < r->block) lo = mid + 1;
        else hi = mid;
    }
    if (lo == st->nhd || st->hd[lo].block != r->block || st->hd[lo].page != r->page) return 0;
    const struct nhead *h = &st->hd[lo];
    if (h->k > cap || r->k >= h->k) return 0;
    return header_columns(&st->hx[h->x0], h->k, &st->xs[r->x0], r->k, col);
}

/* Where each number of N line l goes among the reference's columns: col[i] for its i-th number.
 * Returns the number of columns, or 0 when a number overlaps no column or two, or two share one. */
static unsigned place_by_rows(const state *st, const cline *l, unsigned *col, size_t cap)
{
    const struct nref *r = reference(st, st->line0 + (size_t)(l - st->ln), (unsigned)st->page0, (unsigned)l->nnum);
    if (!r || r->k > cap) return 0;
    unsigned prev = 0;
    for (size_t i = 0; i < l->nnum; i++) {
        const piece *p = &st->pc[l->p0 + l->np - l->nnum + i];
        unsigned hit = 0, c = 0;
        for (unsigned j = 0; j < r->k; j++) {
            const struct span2 *x = &st->xs[r->x0 + j];
            if (p->x0 <= x->x1 && p->x1 >= x->x0) { /* touching counts: a column is a digit wide */
                hit++;
                c = j;
            }
        }
        if (hit != 1 || (i && c <= prev)) return 0;
        col[i] = c;
        prev = c;
    }
    return r->k;
}

/* Text over a column of numbers. A cell that holds a number and a note under it (5 / （其中修订2件）)
 * is printed over two or three lines around its row's line; where the row's label and its other
 * numbers stand on the line of the note (a print whose row is set lower), the note is a piece of
 * that line left of its numbers, as a label's piece is, but it stands over a column where the rows
 * around have their numbers. Such pieces of row r's lines [a, b) (text or a number, left of the N
 * line's own numbers) are marked with the column they stand over (piece.over): they are that
 * column's cell, not the label's; a piece over two columns, or the row's first, is not marked.
 * Only where one of them is such a note in brackets (（一） is a label's marker): other text there is
 * left as it was (9,6, a number cut wrong, beside its label). Returns how many are marked. */
static size_t mark_over(state *st, size_t r, size_t a, size_t b)
{
    const cline *n = &st->ln[r];
    const struct nref *ref = reference(st, st->line0 + r, (unsigned)st->page0, (unsigned)n->nnum);
    size_t marked = 0;
    int note = 0;
    if (!ref) return 0;
    for (size_t j = a; j < b; j++) {
        const cline *l = &st->ln[j];
        if (l->owner != r) continue;
        size_t k = l->np - (l->kind == N_LINE ? l->nnum : 0);
        for (size_t i = j == r; i < k; i++) { /* (the N line's first piece is its label) */
            piece *p = P(st, l, i);
            unsigned hit = 0, c = 0;
            for (unsigned m = 0; m < ref->k && !p->unit; m++) {
                const struct span2 *x = &st->xs[ref->x0 + m];
                if (p->x0 <= x->x1 && p->x1 >= x->x0) {
                    hit++;
                    c = m;
                }
            }
            p->over = (unsigned char)(hit == 1 && c < 255 ? c + 1 : 0);
            marked += p->over != 0;
            note |= p->over && !p->starter && (st->in[p->s] == '(' || lit(st->in + p->s, st->in + p->e, "（"));
        }
    }
    if (note) return marked;
    for (size_t j = a; j < b; j++) /* no note: a piece over the numbers is what it was (9,6: a cell's bad number) */
        for (size_t i = 0; st->ln[j].owner == r && i < st->ln[j].np; i++) P(st, &st->ln[j], i)->over = 0;
    return 0;
}

/* Where each number of N line l goes: by its stretch's header where that gives more columns than
 * the rows around it (a table whose every row leaves some cell blank), else by those rows; where
 * both give as many columns they must agree. */
static unsigned place(const state *st, const cline *l, unsigned *col, size_t cap)
{
    unsigned byrow[64], k = place_by_rows(st, l, byrow, cap < 64 ? cap : 64);
    unsigned h = place_by_header(st, l, col, cap);
    if (h && h > k) return h;
    if (h == k && k && memcmp(col, byrow, l->nnum * sizeof *col) != 0) return 0;
    if (k) memcpy(col, byrow, l->nnum * sizeof *col);
    return k;
}

static void put_piece(nb_buf *o, const unsigned char *in, const piece *p, const piece *before)
{
    /* Latin words split over lines keep a blank between them; CJK text joins directly */
    if (before && in[before->e - 1] < 0x80 && in[p->s] < 0x80 && in[before->e - 1] != '-') nb_buf_putc(o, ' ');
    nb_buf_put(o, in + p->s, p->e - p->s);
}

/* The columns of the labels spanning rows beside row r (their pieces flagged `group`), left to
 * right, into cols; returns how many. */
static size_t group_columns(state *st, size_t r, size_t a, size_t b, int *cols, size_t cap)
{
    int lx = label_x(st, r, a, b);
    size_t ncols = 0;
    /* a 统计表's row (a unit before its value) has no label spanning rows: a piece left of its label
       is the label's own, wrapped to the cell's edge left of its indent (…工作人员 / 数）) */
    const cline *n = &st->ln[r];
    if (n->np > n->nnum && P(st, n, n->np - n->nnum - 1)->unit) lx = -1;
    for (size_t j = a; j < b; j++) {
        if (st->ln[j].owner != r) continue;
        const cline *l = &st->ln[j];
        size_t k = l->np - (l->kind == N_LINE ? l->nnum : 0);
        for (size_t i = 0; i < k; i++) {
            piece *p = P(st, l, i);
            p->group = p->x0 < lx - 1 && p->x1 <= lx;
            if (!p->group) continue;
            size_t c = 0;
            while (c < ncols && abs(cols[c] - p->x0) > 2) c++;
            if (c == ncols && ncols < cap) cols[ncols++] = p->x0;
        }
    }
    for (size_t i = 1; i < ncols; i++)
        for (size_t j = i; j > 0 && cols[j - 1] > cols[j]; j--) {
            int t = cols[j];
            cols[j] = cols[j - 1];
            cols[j - 1] = t;
        }
    return ncols;
}

/* Whether label piece p of a row goes in cell c of its columns (c == ncols: the row's own label). */
static int in_column(const piece *p, const int *cols, size_t ncols, size_t c)
{
    if (c == ncols) return !p->group && !p->unit && !p->over;
    if (!p->group || abs(cols[c] - p->x0) > 2) return 0;
    size_t d = 0;
    while (d < ncols && abs(cols[d] - p->x0) > 2) d++;
    return d == c;
}

/* A number's cell; a wrapped one as its head, a marker and its continuation: no number, and the
 * diagnostic that says so shows both pieces. */
static void put_wrapped(nb_buf *o, const unsigned char *in, const piece *p)
{
    if (p->wrapped) {
        nb_buf_puts(o, "\xE2\x86\xB5"); /* ↵ */
        nb_buf_put(o, in + p->ts, p->te - p->ts);
    }
    nb_buf_put(o, in + p->us, p->ue - p->us); /* (its unit, wrapped under it) */
}

/* The pieces of row r's lines [a, b) marked over column `over` (every marked one: 0), in their order. */
static void put_over(state *st, size_t r, size_t a, size_t b, unsigned over, nb_buf *o)
{
    const piece *before = NULL;
    for (size_t j = a; j < b; j++) {
        const cline *l = &st->ln[j];
        if (l->owner != r) continue;
        for (size_t i = 0; i < l->np; i++) {
            const piece *p = P(st, l, i);
            if (!p->over || (over && p->over != over)) continue;
            put_piece(o, st->in, p, before);
            before = p;
        }
    }
}

/* Row r as one TAB line: the spanning labels' columns, the label, the numbers. */
static void put_flow_row(state *st, size_t r, size_t a, size_t b, nb_buf *o);

static void put_row(state *st, size_t r, size_t a, size_t b, nb_buf *o)
{
    if (st->flow) {
        put_flow_row(st, r, a, b, o);
        return;
    }
    const unsigned char *in = st->in;
    size_t over = mark_over(st, r, a, b);
    int cols[8];
    size_t ncols = group_columns(st, r, a, b, cols, sizeof cols / sizeof cols[0]);
    size_t cells = 0;
    for (size_t c = 0; c <= ncols; c++) { /* the group columns, then (c == ncols) the label */
        const piece *before = NULL;
        size_t len0 = o->len;
        for (size_t j = a; j < b; j++) {
            if (st->ln[j].owner != r) continue;
            const cline *l = &st->ln[j];
            size_t k = l->np - (l->kind == N_LINE ? l->nnum : 0);
            for (size_t i = 0; i < k; i++) {
                const piece *p = P(st, l, i);
                if (!in_column(p, cols, ncols, c)) continue;
                if (o->len == len0 && cells) nb_buf_putc(o, '\t');
                put_piece(o, in, p, before);
                before = p;
            }
        }
        if (o->len > len0) cells++;
    }
    const cline *n = &st->ln[r];
    if (n->np > n->nnum && P(st, n, n->np - n->nnum - 1)->unit) { /* the unit, a cell of its own */
        const piece *u = P(st, n, n->np - n->nnum - 1);
        if (cells++) nb_buf_putc(o, '\t');
        nb_buf_put(o, in + u->s, u->e - u->s);
    }
    const cline *l = &st->ln[r];
    unsigned col[64], ncol = place(st, l, col, 64);
    if (over && !ncol) { /* text over the numbers that cannot be placed with them: one cell, no number */
        if (cells++) nb_buf_putc(o, '\t');
        put_over(st, r, a, b, 0, o);
        for (size_t i = l->np - l->nnum; i < l->np; i++) {
            nb_buf_putc(o, ' ');
            nb_buf_put(o, in + P(st, l, i)->s, P(st, l, i)->e - P(st, l, i)->s);
        }
        return;
    }
    if (ncol) { /* the numbers in their columns, a blank cell where a column has none */
        size_t i = 0;
        for (unsigned c = 0; c < ncol; c++) {
            if (cells++) nb_buf_putc(o, '\t');
            if (over) put_over(st, r, a, b, c + 1, o);
            if (i < l->nnum && col[i] == c) {
                const piece *p = P(st, l, l->np - l->nnum + i++);
                nb_buf_put(o, in + p->s, p->e - p->s);
                put_wrapped(o, in, p);
            }
        }
        return;
    }
    for (size_t i = l->np - l->nnum; i < l->np; i++) {
        if (cells++) nb_buf_putc(o, '\t');
        nb_buf_put(o, in + P(st, l, i)->s, P(st, l, i)->e - P(st, l, i)->s);
        put_wrapped(o, in, P(st, l, i));
    }
}

/* Row r that stands on its one line (line r) marked in place: the cells put_row would write, each
 * boundary an ASCII blank of the line turned into a TAB (a TAB between pieces of one cell into a
 * blank), so that every byte keeps its offset, line and column, and the spans of its cells index
 * the input. A blank cell takes a TAB of its own; a row of blank cells first starts with their TABs.
 * Returns 0 (o untouched) where a gap has too few ASCII blanks for its TABs, or no room is left for
 * the blank cells after the last number: the line is then copied as it is. */
static int put_inline(state *st, size_t r, nb_buf *o)
{
    const cline *l = &st->ln[r];
    if (mark_over(st, r, r, r + 1)) return 0; /* its cells are not its pieces: put_row's */
    int cols[8];
    size_t ncols = group_columns(st, r, r, r + 1, cols, sizeof cols / sizeof cols[0]);
    size_t nlab = l->np - l->nnum, cell[64 + 8 + 2], idx = 0;
    if (l->np > sizeof cell / sizeof cell[0]) return 0;
    for (size_t i = 0; i < nlab; i++) cell[i] = NONE;
    for (size_t c = 0; c <= ncols; c++) { /* group columns, then the label, as put_row counts them */
        int any = 0;
        for (size_t i = 0; i < nlab; i++)
            if (in_column(P(st, l, i), cols, ncols, c)) {
                cell[i] = idx;
                any = 1;
            }
        idx += any;
    }
    if (nlab && P(st, l, nlab - 1)->unit) cell[nlab - 1] = idx++;
    unsigned col[64], ncol = place(st, l, col, 64);
    for (size_t i = 0; i < l->nnum; i++) cell[nlab + i] = idx + (ncol ? col[i] : i);
    size_t last = idx + (ncol ? ncol : l->nnum) - 1; /* the row's last cell */
    for (size_t i = 0; i < l->np; i++) /* a piece in no cell, or cells out of order: no such row */
        if (cell[i] == NONE || (i && cell[i] < cell[i - 1])) return 0;
    size_t len0 = o->len;
    nb_buf_put(o, st->in + l->s, l->next - l->s);
    unsigned char *line = (unsigned char *)o->data + len0;
    /* the gaps: before the first piece (its index in TABs), between pieces, after the last */
    size_t from = 0, want = cell[0];
    for (size_t i = 0; i <= l->np; i++) {
        size_t to = i < l->np ? P(st, l, i)->s - l->s : l->e - l->s;
        if (i == l->np) want = last - cell[l->np - 1];
        for (size_t k = from; k < to; k++) {
            if (line[k] != ' ' && line[k] != '\t') continue;
            line[k] = want ? '\t' : ' ';
            want -= want > 0;
        }
        if (want) {
            o->len = len0;
            return 0;
        }
        if (i < l->np) {
            from = P(st, l, i)->e - l->s;
            want = i + 1 < l->np ? cell[i + 1] - cell[i] : 0;
        }
    }
    return 1;
}

static int has_unit(state *st, const cline *l) { return l->np > l->nnum && P(st, l, l->np - l->nnum - 1)->unit; }

/* Whether a number of N line l goes on under it (a tail or a unit wrapped in its cell): written by put_row. */
static int continued(state *st, const cline *l)
{
    for (size_t i = l->np - l->nnum; i < l->np; i++)
        if (P(st, l, i)->wrapped || P(st, l, i)->ue > P(st, l, i)->us) return 1;
    return 0;
}

/* Whether the row of N line r needs rebuilding: a label over several lines, spanning labels beside
 * it, or no label at all (table 四's numbers under its header). A row on one line with its label
 * reads as it is. */
static int needs_rebuild(state *st, size_t r, size_t a, size_t b)
{
    /* the lines of a row are contiguous around its N line */
    if ((r > a && st->ln[r - 1].owner == r) || (r + 1 < b && st->ln[r + 1].owner == r)) return 1;
    if (st->flow) return 0; /* a flow's row on one line reads as it stands */
    const cline *l = &st->ln[r];
    if (continued(st, l)) return 1;
    if (l->np == l->nnum) return 1;
    unsigned col[64];
    if (place(st, l, col, 64)) return 1; /* blank cells to put back */
    /* a spanning label's piece before the label (a unit there is a column of its own) */
    return l->np - l->nnum - (l->np > l->nnum && P(st, l, l->np - l->nnum - 1)->unit) > 1;
}


/* Writes the cluster [a, b) to o, its rows rebuilt; returns the rows rebuilt. Every line keeps its
 * place: a row goes on its N line, its other lines become blank, padded so that the bytes after
 * the cluster keep their offsets where the row is not longer than the lines it came from. */
static size_t put_cluster(state *st, size_t a, size_t b, nb_buf *o)
{
    cline *L = st->ln;
    size_t rows = 0;
    size_t *rebuilt = NULL, nrb = 0, caprb = 0;
    for (size_t j = a; j < b; j++)
        if (L[j].kind == N_LINE && needs_rebuild(st, j, a, b)) {
            nb_grow((void **)&rebuilt, &caprb, nrb, sizeof *rebuilt);
            rebuilt[nrb++] = j;
        }
    size_t next = 0; /* index into rebuilt */
    for (size_t j = a; j < b;) {
        size_t r = L[j].owner;
        int mine = r != NONE && next < nrb && rebuilt[next] == r;
        if (!mine) {
            nb_buf_put(o, st->in + L[j].s, L[j].next - L[j].s);
            j++;
            continue;
        }
        /* the lines of row r: [j, end) */
        size_t end = j;
        while (end < b && L[end].owner == r) end++;
        if (end == j + 1 && j == r && !continued(st, &L[r])) { /* a row on one line stays where it is, marked in place */
            unsigned col[64];
            int marked = put_inline(st, r, o);
            /* or as it stands where it cannot be; but a 统计表 row (a unit before its numbers) with a
               blank cell to put back and no blank left for it after its last number (件  2, its 历年累计
               blank, as a text browser ends the line) is rebuilt */
            if (marked || ((!has_unit(st, &L[r]) || !place(st, &L[r], col, 64)) && !mark_over(st, r, j, end))) {
                if (marked) rows++;
                else nb_buf_put(o, st->in + L[j].s, L[j].next - L[j].s);
                next++;
                j = end;
                continue;
            }
        }
        size_t budget = 0;
        for (size_t k = j; k < end; k++) budget += L[k].e - L[k].s - (k == r && st->in[L[k].s] == '\f');
        size_t start = o->len;
        put_row(st, r, j, end, o);
        size_t row_len = o->len - start;
        char *row = malloc(row_len ? row_len : 1);
        if (!row) nb_oom();
        memcpy(row, o->data + start, row_len);
        o->len = start;
        size_t spare = budget > row_len ? budget - row_len : 0;
        for (size_t k = j; k < end; k++) {
            if (k == r) {
                if (st->in[L[k].s] == '\f') nb_buf_putc(o, '\f'); /* (its page break kept) */
                nb_buf_put(o, row, row_len);
            }
            else {
                size_t w = L[k].e - L[k].s < spare ? L[k].e - L[k].s : spare;
                spare -= w;
                for (size_t i = 0; i < w; i++) nb_buf_putc(o, i == 0 && st->in[L[k].s] == '\f' ? '\f' : ' '); /* (a page break kept) */
            }
            nb_buf_put(o, st->in + L[k].e, L[k].next - L[k].e);
        }
        if (spare) { /* what the lines above the row could not hold: blanks after it, before its line end */
            size_t le = L[end - 1].next - L[end - 1].e;
            o->len -= le;
            for (size_t i = 0; i < spare; i++) nb_buf_putc(o, ' ');
            nb_buf_put(o, st->in + L[end - 1].e, le);
        }
        free(row);
        rows++;
        next++;
        j = end;
    }
    free(rebuilt);
    return rows;
}

/* A line of a header above a row of numbers without a label (table 四: 行政复议 / 行政诉讼 / 结果
 * 维持 …): short pieces, none a number or a numbered label. Returns the number of pieces, 0 if it is
 * no such line. */
static size_t header_line(const unsigned char *s, const unsigned char *e)
{
    size_t pieces = 0;
    for (const unsigned char *p = nb_skip_blanks(s, e); p < e; p = nb_skip_blanks(p, e)) {
        const unsigned char *q = p;
        size_t chars = 0;
        while (q < e && !nb_blank_at(q, e)) {
            q += nb_u8len(q, e);
            chars++;
        }
        if (chars > 12 || numeric(p, q) || nb_row_starter(p, q) || *p < 0x80) return 0;
        pieces++;
        p = q;
    }
    return pieces;
}

/* Copies in[from, to) to o, the header lines right above to as TAB rows: the first blank of each
 * gap becomes a TAB, so the line keeps its length. */
static void put_header_above(const unsigned char *in, size_t from, size_t to, nb_buf *o)
{
    size_t h = to, lines = 0;
    while (h > from && lines < 16) { /* h: the start of the header */
        size_t ls = h - 1;           /* h - 1 is the '\n' ending the line before */
        while (ls > from && in[ls - 1] != '\n') ls--;
        size_t le = h - 1;
        if (le > ls && in[le - 1] == '\r') le--;
        if (nb_skip_blanks(in + ls, in + le) != in + le) {
            if (!header_line(in + ls, in + le)) break;
            lines++;
        }
        h = ls;
    }
    while (h < to && (in[h] == '\n' || in[h] == '\r' || nb_blank_at(in + h, in + to))) h++; /* from its first piece */
    while (h > from && in[h - 1] != '\n') h--;
    nb_buf_put(o, in + from, h - from);
    for (size_t p = h; p < to;) {
        const unsigned char *le = memchr(in + p, '\n', to - p);
        size_t e = le ? (size_t)(le - in) : to;
        const unsigned char *q = nb_skip_blanks(in + p, in + e);
        nb_buf_put(o, in + p, (size_t)(q - (in + p)));
        size_t pieces = 0;
        while (q < in + e) {
            const unsigned char *r = q;
            while (r < in + e && !nb_blank_at(r, in + e)) r += nb_u8len(r, in + e);
            nb_buf_put(o, q, (size_t)(r - q));
            pieces++;
            const unsigned char *t = nb_skip_blanks(r, in + e);
            if (t == in + e) { /* a header of one piece still is a row: a TAB after it */
                if (pieces == 1 && t > r && *r == ' ') {
                    nb_buf_putc(o, '\t');
                    r++;
                }
                nb_buf_put(o, r, (size_t)(t - r));
            } else if (t > r) {
                nb_buf_putc(o, *r == ' ' ? '\t' : (char)*r);
                nb_buf_put(o, r + 1, (size_t)(t - r - 1));
            }
            q = t;
        }
        nb_buf_put(o, in + e, (le ? e + 1 : to) - e);
        p = le ? e + 1 : to;
    }
}

/* Whether piece p is all digits (ASCII or full-width). */
static int digits(const state *st, const piece *p)
{
    return p->e > p->s && digit_run(st->in + p->s, st->in + p->e) == p->e - p->s;
}

/* A number wrapped inside its narrow cell (Writer prints 181 as 18 on the row's line and 1 under
 * it): line j, right after N line r, whose numbers (digits) each lie under a number of r (their columns
 * overlap) and whose other pieces stand left of r's numbers without a numbering marker (a
 * spanning label's piece, 不予公, or the tail of r's own label). Its numbers are the tails of r's, not a row: they leave line
 * j (which keeps its label pieces) and r's numbers they continue are flagged `wrapped`. A unit word
 * among them under one number of r is that number's unit, wrapped in a narrow cell (328 over 件,
 * beside １４ over ５): it leaves line j too, and is written after its number.
 * Such a cell is left null, not joined: the same picture is a row whose short number sits under a
 * longer one of the row above, and a number printed whole (18) is not told from its wrapped head
 * by any position; put_wrapped writes both pieces into the cell so its diagnostic shows them. */
static void take_tails(state *st, cline *r, cline *l, size_t nlab);

/* The numbers of N line r that piece c lies under (their columns overlap). */
static size_t under(state *st, const cline *r, const piece *c)
{
    size_t hits = 0;
    for (size_t k = r->np - r->nnum; k < r->np; k++) hits += c->x0 < P(st, r, k)->x1 && P(st, r, k)->x0 < c->x1;
    return hits;
}

static void nb_columns_wrapped(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    for (size_t j = a + 1; j < b; j++) {
        cline *r = &L[j - 1], *l = &L[j];
        if (r->kind != N_LINE) continue;
        /* its last pieces: tails, digits under a number of r (one at least), or units under one */
        size_t nlab = l->np, tails = 0;
        while (nlab > 0) {
            const piece *c = P(st, l, nlab - 1);
            size_t hits = under(st, r, c);
            if (digits(st, c) && hits >= 1) tails++;
            else if (!(unit_word(st, c) && hits == 1)) break;
            nlab--;
        }
        if (tails == 0 || tails >= r->nnum) continue;
        const piece *lab = last_label(st, r);
        int ok = lab != NULL;
        for (size_t i = 0; i < nlab && ok; i++)
            ok = !P(st, l, i)->starter && !P(st, l, i)->num && P(st, l, i)->x1 < P(st, r, r->np - r->nnum)->x0;
        if (ok) take_tails(st, r, l, nlab);
    }
}

/* Line l's numbers (from its piece nlab on) are the tails of numbers of N line r: every number of r
 * with a tail under it is left null, also where a tail lies under two (which one it continues is
 * not certain); l keeps its other pieces. */
static void take_tails(state *st, cline *r, cline *l, size_t nlab)
{
    for (size_t i = nlab; i < l->np; i++) {
        const piece *c = P(st, l, i);
        int unit = !digits(st, c);
        for (size_t k = r->np - r->nnum; k < r->np; k++) {
            piece *q = P(st, r, k);
            if (!(c->x0 < q->x1 && q->x0 < c->x1)) continue;
            if (unit) {
                q->us = c->s;
                q->ue = c->e;
                continue;
            }
            q->wrapped = 1;
            q->ts = c->s;
            q->te = c->e;
        }
    }
    l->np = nlab;
    l->nnum = 0;
    l->kind = 0;
    l->cont = 1;
}

/* Every number of a row wrapped inside its cell, the row's label centred between the two lines
 * (pdftotext -layout of Writer's print: 202 263 … 1188 / 一、本年新收… / 1 1 0 4 7 5 8): two N lines
 * without a label, the first with no label line above it, one to three label lines between them
 * that start one label at most, each number of the second digits under a number of the first. One label for two lines of numbers: they are not two rows, and which
 * digits make each number is not certain either (18 over 1, or a row under a row): the first
 * line's numbers are left null with their tails, as nb_columns_wrapped leaves them. */
static void nb_columns_wrapped_around(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    for (size_t j = a; j < b; j++) {
        cline *r = &L[j];
        if (r->kind != N_LINE || r->np != r->nnum || r->nnum < 2) continue;
        /* nothing of r's own above it (a label there: r is a row whose label wrapped above) */
        if (j > a && L[j - 1].kind != N_LINE) continue;
        size_t m = j + 1;
        int left = P(st, r, 0)->x0;
        while (m < b && m <= j + 3 && L[m].kind != N_LINE && L[m].np && L[m].nnum == 0 &&
               P(st, &L[m], L[m].np - 1)->x1 < left)
            m++;
        if (m == j + 1 || m >= b || L[m].kind != N_LINE || L[m].np != L[m].nnum || L[m].nnum > r->nnum) continue;
        size_t starts = 0; /* one label between: two would be two rows' */
        for (size_t k = j + 1; k < m; k++)
            for (size_t i = 0; i < L[k].np; i++) starts += P(st, &L[k], i)->starter;
        int ok = starts <= 1;
        for (size_t i = 0; i < L[m].np && ok; i++) {
            const piece *c = P(st, &L[m], i);
            size_t hits = 0;
            for (size_t k = 0; k < r->np; k++) hits += c->x0 < P(st, r, k)->x1 && P(st, r, k)->x0 < c->x1;
            ok = hits >= 1 && digits(st, c);
        }
        if (ok) take_tails(st, r, &L[m], 0);
    }
}

/* A 统计表 row whose unit stands alone before its numbers, its label on the lines above (4.政务微信… /
 * 条 519): the unit is a cell of its own where it stands right of every piece of the label, in a
 * column of its own; a label's wrapped end that is such a word (8.属于行政查询事 / 项 167 2 …) stands
 * under the label, and stays its end. */
static void lone_units(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    for (size_t r = a; r < b; r++) {
        if (L[r].kind != N_LINE || L[r].np != L[r].nnum + 1) continue;
        piece *u = P(st, &L[r], 0);
        int right = unit_word(st, u), label = 0;
        size_t lo = r, hi = r + 1; /* the row's lines, contiguous around it */
        while (lo > a && L[lo - 1].owner == r) lo--;
        while (hi < b && L[hi].owner == r) hi++;
        for (size_t j = lo; j < hi && right; j++) {
            if (j == r) continue;
            const piece *p = last_label(st, &L[j]);
            label |= p != NULL;
            right = !p || p->x1 < u->x0;
        }
        u->unit = (unsigned char)(right && label);
    }
}

/* Where the numbers start beside each line of the cluster [a, b): the leftmost first number of the
 * N lines next to it, the nearest above and the nearest below (-1 where there is none), into numx.
 * Only those two: a label line belongs to one of them, and the numbers of a row farther off (table
 * 四's, under its header, at the page's left edge in pdftotext's print of Writer's PDF, which leaves
 * no blank line between tables) say nothing about where this row's numbers begin. Returns where the
 * labels of the cluster end, the farthest (-1 where none is seen): those of its N lines and every
 * piece with a numbering marker. A piece of a label starts in the labels' column, not right of it
 * (a header's piece over a column of numbers narrower than its head: 信息内容  本年处理决定数量
 * above 行政处罚  7). */
static int near_numbers(state *st, size_t a, size_t b)
{
    cline *L = st->ln;
    int x = -1, labx = -1;
    for (size_t j = a; j < b; j++) { /* the nearest above */
        if (L[j].kind == N_LINE) {
            x = P(st, &L[j], L[j].np - L[j].nnum)->x0;
            const piece *lab = last_label(st, &L[j]);
            if (lab && lab->x1 > labx) labx = lab->x1;
        }
        for (size_t i = 0; i < L[j].np - L[j].nnum; i++) { /* a numbered label's start (not 第…条: a block's head) */
            const piece *p = P(st, &L[j], i);
            if (p->starter && !lit(st->in + p->s, st->in + p->e, "\xE7\xAC\xAC") && p->x1 > labx) labx = p->x1;
        }
        L[j].numx = x;
    }
    x = -1;
    for (size_t j = b; j-- > a;) { /* and below */
        if (L[j].kind == N_LINE) x = P(st, &L[j], L[j].np - L[j].nnum)->x0;
        if (x >= 0 && (L[j].numx < 0 || x < L[j].numx)) L[j].numx = x;
    }
    return labx;
}

/* Where piece p ends on the page. pdftotext's grid gives each character a column, and a column is
 * as wide as a CJK character: a label's ASCII characters (5.要求行政机关确) take half a column each on
 * the page but a whole one in the text, where the label then seems to reach the numbers beside the
 * line below it (认或重新出具已获 52). Elsewhere (a terminal's columns) the text's width is the page's. */
static int grid_end(const state *st, const piece *p)
{
    if (st->wide != 1) return p->x1;
    int narrow = 0, x = p->x0;
    for (const unsigned char *c = st->in + p->s, *e = st->in + p->e; c < e; c += nb_u8len(c, e)) {
        if (*c < 0x80) narrow++;
        else x++;
    }
    return x + (narrow + 1) / 2;
}

/* A placeholder for no number (— / -): a number piece without a digit. */
static int placeholder(const state *st, const piece *p)
{
    if (!p->num) return 0;
    for (const unsigned char *c = st->in + p->s, *e = st->in + p->e; c < e; c++)
        if (nb_digit_at(c, e, NULL)) return 0;
    return 1;
}

/* A 统计表 row with no value (3.其他方式公开  条), or a dash for it (八、机构建设和保障经费情况  —, a
 * group row): a numbered label, then its unit, its dash or both. A row of its own, not a piece of
 * the label of a row next to it. */
static int unit_row(state *st, const cline *l)
{
    size_t k = l->np;
    if (k && placeholder(st, P(st, l, k - 1))) k--;
    if (k && unit_word(st, P(st, l, k - 1))) k--;
    return k < l->np && k >= 1 && P(st, l, k - 1)->starter;
}

/* lynx lays out a table whose cells break lines (<br>) as a flow, not in columns: a row's cells one
 * after another, each cell's lines one under another at the table's left margin, the next cell on
 * the line of the last line of the one before, the row's numbers after its last label cell, where
 * their columns say nothing (4639 / 706 under 996 / 41 of the row before at other places):
 *     三、
 *     本年度办理结果 （一）
 *     予以公开                  996       41 …
 * Between the numbers of a row and those of the next stand exactly the label cells of the next, in
 * order, a cell starting at its numbering marker: the row is read that way, and only where nothing
 * else is possible: every line of the row starts at the margin, every piece of a line but its first
 * starts a cell with a numbering marker (no header's pieces: 企业 科研), the row's first line starts
 * with a marker, and its numbers are as many as the most of any such row (a row with a blank cell
 * has fewer, and which one is blank is not known: it is left as it is, null). The cluster is such a
 * flow where some line ends with a cell's marker after another cell's tail (本年度办理结果 （一）)
 * and the next line, at the same margin, goes on with that cell (予以公开 996 …); in columns, the
 * line under a group label's piece goes on with the group label, or with the row's label in its own
 * column right of it. */

/* Pieces [0, k) of line l start cells: none a number, each after the first a numbering marker. */
static int flow_cells(state *st, const cline *l, size_t k)
{
    for (size_t i = 0; i < k; i++)
        if (P(st, l, i)->num || (i && !P(st, l, i)->starter)) return 0;
    return k > 0;
}

/* The flow's margin: the column where a line that shows the flow starts, or -1. */
static int flow_margin(state *st, size_t a, size_t b)
{
    if (st->paged || st->tabs) return -1;
    for (size_t j = a; j + 1 < b; j++) {
        const cline *l = &st->ln[j], *n = &st->ln[j + 1];
        if (l->kind == N_LINE || l->np < 2 || !flow_cells(st, l, l->np) || !P(st, l, l->np - 1)->starter) continue;
        size_t k = n->np - (n->kind == N_LINE ? n->nnum : 0);
        if (k && P(st, n, 0)->x0 == P(st, l, 0)->x0 && !P(st, n, 0)->starter && flow_cells(st, n, k))
            return P(st, l, 0)->x0;
    }
    return -1;
}

/* The lines of each row of the flow at margin m to its N line (owner); returns the rows found. */
static size_t flow_assign(state *st, size_t a, size_t b, int m)
{
    cline *L = st->ln;
    size_t most = 0, rows = 0;
    for (size_t j = a; j < b; j++)
        if (L[j].kind == N_LINE && L[j].np > L[j].nnum && L[j].nnum > most) most = L[j].nnum;
    size_t start = NONE; /* the first line of the row being read */
    for (size_t j = a; j < b; j++) {
        cline *l = &L[j];
        size_t k = l->np - (l->kind == N_LINE ? l->nnum : 0);
        if (!l->np || P(st, l, 0)->x0 != m || !flow_cells(st, l, k)) {
            start = NONE;
            continue;
        }
        if (start == NONE && !P(st, l, 0)->starter) continue;
        if (start == NONE) start = j;
        if (l->kind != N_LINE) continue;
        if (l->nnum == most && most >= 2) {
            for (size_t i = start; i <= j; i++) L[i].owner = j;
            rows++;
        }
        start = NONE;
    }
    return rows;
}

/* Row r of a flow as one TAB line: its label cells in order, a cell from each numbering marker,
 * then its numbers as they stand. */
static void put_flow_row(state *st, size_t r, size_t a, size_t b, nb_buf *o)
{
    const piece *before = NULL;
    for (size_t j = a; j < b; j++) {
        if (st->ln[j].owner != r) continue;
        const cline *l = &st->ln[j];
        for (size_t i = 0; i < l->np; i++) {
            const piece *p = P(st, l, i);
            int number = j == r && i >= l->np - l->nnum;
            if (before && (number || p->starter)) {
                nb_buf_putc(o, '\t');
                before = NULL;
            }
            put_piece(o, st->in, p, number ? NULL : before);
            before = p;
        }
    }
}

/* The cluster [a, b): classify its lines, assign label lines to rows, write it. */
static size_t do_cluster(state *st, size_t a, size_t b, nb_buf *o)
{
    cline *L = st->ln;
    for (size_t j = a; j < b; j++) {
        split_line(st, &L[j]);
        L[j].owner = NONE;
        L[j].cont = 0;
        L[j].kind = n_line(st, &L[j]) ? N_LINE : 0;
    }
    int m = flow_margin(st, a, b);
    if (m >= 0 && flow_assign(st, a, b, m)) {
        st->flow = 1;
        size_t rows = put_cluster(st, a, b, o);
        st->flow = 0;
        return rows;
    }
    nb_columns_wrapped(st, a, b);
    nb_columns_wrapped_around(st, a, b);
    int labx = near_numbers(st, a, b);
    for (size_t j = a; j < b; j++) {
        if (L[j].kind == N_LINE) continue;
        int numx = L[j].numx;
        if (L[j].cont) { /* what is left of a continuation line: pieces of spanning labels */
            L[j].kind = LABEL_LINE;
            continue;
        }
        /* the PDF reader places where a piece starts, and its end is counted (punctuation may be
           narrower than two columns): there, a label line's last piece starts left of the numbers */
        L[j].kind = L[j].np && (st->tabs ? P(st, &L[j], L[j].np - 1)->x0 + 2 : grid_end(st, P(st, &L[j], L[j].np - 1))) < numx &&
                                (labx < 0 || P(st, &L[j], L[j].np - 1)->x0 <= labx) && !unit_row(st, &L[j]) &&
                                !nb_dash_rule(st->in + L[j].s, st->in + L[j].e) && /* (under a <pre> table's last row) */
                                (st->tabs || !memchr(st->in + L[j].s, '\t', L[j].e - L[j].s))
                        ? LABEL_LINE
                        : OTHER_LINE;
    }
    /* N lines whose label reaches over the numbers of the others are no rows of this table */
    for (size_t j = a; j < b;) {
        if (L[j].kind == OTHER_LINE) {
            j++;
            continue;
        }
        size_t e = j;
        while (e < b && L[e].kind != OTHER_LINE) e++;
        assign(st, j, e);
        j = e;
    }
    lone_units(st, a, b);
    return put_cluster(st, a, b, o);
}

/* The end column of the last number of each line with a wide-character label and two numbers or
 * more, counted with wide characters 1 and 2 columns wide: how many lines share the most common one,
 * into best[0] and best[1]. A line's pieces do not depend on the width, only their columns: a line is
 * split again with the other width only when it is such a line (few are; prose lines are long). */
static void aligned_ends(const unsigned char *in, size_t n, int tabs, size_t best[2])
{
    enum { SLOTS = 512 };
    unsigned short count[2][SLOTS] = {{0}};
    best[0] = best[1] = 0;
    state st = {.in = in, .n = n, .wide = 1, .tabs = tabs};
    cline l;
    for (size_t s = 0; s < n;) {
        const unsigned char *le = memchr(in + s, '\n', n - s);
        size_t e = le ? (size_t)(le - in) : n;
        if (may_end_row(in + s, in + e)) {
            l = (cline){.s = s, .e = e};
            st.npc = 0;
            st.wide = 1;
            split_line(&st, &l);
            int wide_label = 0;
            for (size_t i = 0; i + l.nnum < l.np && !wide_label; i++) /* a label with a wide character */
                for (size_t b = st.pc[i].s; b < st.pc[i].e && !wide_label; b++) wide_label = in[b] >= 0xE0;
            for (int w = 1; w <= 2 && l.nnum >= 2 && wide_label; w++) {
                if (w == 2) {
                    st.npc = 0;
                    st.wide = 2;
                    split_line(&st, &l);
                }
                int x = st.pc[l.np - 1].x1;
                if (x >= 0 && x < SLOTS && ++count[w - 1][x] > best[w - 1]) best[w - 1] = count[w - 1][x];
            }
        }
        s = le ? e + 1 : n;
    }
    free(st.pc);
}

/* Where the cluster's first row stands when it is a row of numbers without a label (table 四) with
 * nothing before it in the cluster but lines of its header, left as they are: that line's offset,
 * or NONE. */
static size_t nolabel_row(const state *st)
{
    for (size_t j = 0; j < st->nln; j++) {
        const cline *l = &st->ln[j];
        if (l->kind == N_LINE) return l->nnum >= 3 && l->nnum == l->np ? l->s : NONE;
        if (l->owner != NONE || !header_line(st->in + l->s, st->in + l->e)) return NONE;
    }
    return NONE;
}

/* Every N line of the text with its numbers' columns, into st->ref. */
static void collect_refs(state *st)
{
    const unsigned char *in = st->in;
    size_t n = st->n, line = 0, page = 0;
    unsigned block = 0;
    for (size_t s = 0; s < n; line++) {
        const unsigned char *le = memchr(in + s, '\n', n - s);
        size_t e = le ? (size_t)(le - in) : n;
        if (in[s] == '\f') page++;
        cline l = {.s = s, .e = e};
        st->npc = 0;
        int row = may_end_row(in + s, in + e);
        /* the lines after a row, up to 40, are looked at for what ends its stretch */
        int near = st->nref && line - st->ref[st->nref - 1].line <= 40;
        if (row || (near && nb_skip_blanks(in + s, in + e) != in + e)) split_line(st, &l);
        if (row && n_line(st, &l)) {
            if (l.nnum <= 64) {
                nb_grow((void **)&st->ref, &st->capref, st->nref, sizeof *st->ref);
                st->ref[st->nref++] = (struct nref){s, line, st->nxs, (unsigned)l.nnum, (unsigned)page, block,
                                                    l.np > l.nnum ? st->pc[l.np - l.nnum - 1].x1 : -1};
                for (size_t i = l.np - l.nnum; i < l.np; i++) {
                    nb_grow((void **)&st->xs, &st->capxs, st->nxs, sizeof *st->xs);
                    st->xs[st->nxs++] = (struct span2){st->pc[i].x0, st->pc[i].x1};
                }
            }
        } else if ((l.np >= 2 && !st->pc[l.np - 1].starter) || (l.np == 1 && st->pc[0].x1 - st->pc[0].x0 >= 60))
            block++; /* a header (pieces side by side, the last no numbered label) or prose: a new stretch */
        s = le ? e + 1 : n;
    }
    st->npc = 0;
}

/* The start of the line after the one at s (n at the end). */
static size_t line_after(const unsigned char *in, size_t n, size_t s)
{
    const unsigned char *le = memchr(in + s, '\n', n - s);
    return le ? (size_t)(le - in) + 1 : n;
}

/* The start of the line before the one at s (s > 0 and at a line start). */
static size_t line_before(const unsigned char *in, size_t s)
{
    size_t p = s - 1; /* its line end */
    while (p > 0 && in[p - 1] != '\n') p--;
    return p;
}

/* The most numbers a row of refs [f, g) has. */
static unsigned stretch_most(const state *st, size_t f, size_t g)
{
    unsigned most = 0;
    for (size_t i = f; i < g; i++)
        if (st->ref[i].k > most) most = st->ref[i].k;
    return most;
}

/* The leaf columns of the header right above row ref f, the first of its stretch, into leaf: the lines
 * above it (blank lines skipped; up to a row, a line with nothing over the numbers, the top of a
 * page, six lines), their pieces right of that row's label and reaching over its numbers. Returns
 * how many, 0 where the header is not certain: a piece with a digit, or one reaching from the
 * labels over the numbers. */
static size_t header_above(state *st, size_t f, nb_hpiece *leaf, size_t cap)
{
    enum { LINES = 6, LOOK = 16, PIECES = 96 };
    const unsigned char *in = st->in;
    /* the first row's label and numbers: a later row's label may run long where a reader lost its
       positions ((二)部分公开… written at the margin) */
    int lab = st->ref[f].lab, numx = st->xs[st->ref[f].x0].x0;
    nb_hpiece hp[PIECES];
    size_t nh = 0;
    unsigned lines = 0;
    size_t s = st->ref[f].off;
    for (unsigned look = 0; s > 0 && in[s] != '\f' && look < LOOK && lines < LINES; look++) {
        s = line_before(in, s);
        size_t e = s;
        while (e < st->n && in[e] != '\n') e++;
        if (e > s && in[e - 1] == '\r') e--;
        if (nb_skip_blanks(in + s, in + e) == in + e) continue;
        cline l = {.s = s, .e = e};
        st->npc = 0;
        split_line(st, &l);
        if (n_line(st, &l)) break;
        size_t over = 0, across = 0;
        for (size_t i = 0; i < l.np; i++) {
            over += st->pc[i].x0 > lab && st->pc[i].x1 > numx;
            across += st->pc[i].x0 <= lab && st->pc[i].x1 > numx;
        }
        if (!over) break; /* a heading or prose above the header (or a line of it across the table) */
        if (across) return 0;
        for (size_t i = 0; i < l.np; i++) {
            const piece *p = &st->pc[i];
            if (p->x0 <= lab || p->x1 <= numx) continue; /* the labels' column, its name (信息内容) too */
            for (size_t b = p->s; b < p->e; b++)
                if (in[b] >= '0' && in[b] <= '9') return 0;
            if (nh == PIECES) return 0;
            hp[nh++] = (nb_hpiece){p->x0, p->x1, lines};
        }
        lines++;
    }
    for (size_t i = 0; i < nh; i++) hp[i].level = lines - 1 - hp[i].level; /* 0 the top line */
    return nb_header_leaves(hp, nh, leaf, cap);
}

/* Whether leaf columns leaf[0, k) are certain for the rows refs [f, g): two columns or more, no row
 * with more numbers than columns, every row of the most numbers placing them, and every row with a
 * number in each column placing them one a column. */
static int header_fits(const state *st, size_t f, size_t g, const nb_hpiece *leaf, size_t k)
{
    unsigned most = stretch_most(st, f, g), col[64], low = 0;
    unsigned char used[64] = {0};
    if (k < 2 || k < most || k > 64) return 0;
    for (size_t i = f; i < g; i++) {
        const struct nref *r = &st->ref[i];
        int placed = r->k <= k && header_columns(leaf, (unsigned)k, &st->xs[r->x0], r->k, col);
        if (!placed && (r->k == most || r->k == k)) return 0;
        for (unsigned c = 0; c < r->k && placed; c++) {
            if (r->k == k && col[c] != c) return 0;
            /* counting characters (links2, lynx) a cell's text starts where its column's name does:
               a number beside the names, as pdftotext's narrowed names leave them, places none */
            const struct span2 *x = &st->xs[r->x0 + c];
            if (st->wide == 1 && (x->x1 <= leaf[col[c]].x0 || x->x0 >= leaf[col[c]].x1)) return 0;
            used[col[c]] = 1;
        }
    }
    /* a name above the lowest line with none under it names a column where a number is under it or
       under another such name of its line (自然人 … 其他 总计, 其他 left blank): a caption over the
       columns (第二十条第（一）项, centred between two names, on a line of its own) names none */
    for (size_t c = 0; c < k; c++) {
        if (leaf[c].level > low) low = leaf[c].level;
        /* links2 sets cells one blank apart, as it does a name's words (本年制发 件数): counting
           characters, a name of the top line with no number under it may be a word of its neighbour */
        if (st->wide == 1 && leaf[c].level == 0 && !used[c]) return 0;
    }
    for (size_t c = 0; c < k; c++) {
        int named = leaf[c].level == low || used[c];
        for (size_t d = 0; d < k && !named; d++) named = used[d] && leaf[d].level == leaf[c].level;
        if (!named) return 0;
    }
    return 1;
}

/* Whether the lines between the rows of two stretches, [from, to), lie left of column x on one page:
 * the tails of labels wrapped (数量, （三） 法权益), which end a stretch and no table. */
static int left_of(state *st, size_t from, size_t to, int x)
{
    for (size_t s = from; s < to;) {
        const unsigned char *le = memchr(st->in + s, '\n', to - s);
        size_t e = le ? (size_t)(le - st->in) : to;
        if (st->in[s] == '\f') return 0;
        cline l = {.s = s, .e = e};
        st->npc = 0;
        split_line(st, &l);
        if (l.np && st->pc[l.np - 1].x1 > x) return 0;
        s = le ? e + 1 : to;
    }
    return 1;
}

/* The leaf columns of each stretch of rows that has a header (header_above), or whose rows follow
 * those of the stretch before, which had, with only label lines between (elinks wraps labels in a narrow table):
 * the header's columns, where certain (header_fits). In pdftotext's grid a wide character takes
 * one column: a header's names are narrower than their columns there, and give none; links2 lays a
 * page out counting characters, a wide one a column, and its header's names stand over their
 * columns so (a text whose numbers line up counting so and that has no pages). */
static void stretch_headers(state *st)
{
    if (st->wide != 2 && st->paged) return;
    nb_hpiece leaf[64];
    size_t last = NONE; /* the previous stretch's header, in st->hd */
    for (size_t f = 0, g; f < st->nref; f = g) {
        for (g = f + 1; g < st->nref && st->ref[g].block == st->ref[f].block; g++) {}
        size_t k = header_above(st, f, leaf, 64), x0 = st->nhx;
        if (k && header_fits(st, f, g, leaf, k))
            for (size_t c = 0; c < k; c++) {
                nb_grow((void **)&st->hx, &st->caphx, st->nhx, sizeof *st->hx);
                st->hx[st->nhx++] = leaf[c];
            }
        else if (last != NONE && st->hd[last].page == st->ref[f].page &&
                 left_of(st, line_after(st->in, st->n, st->ref[f - 1].off), st->ref[f].off, st->hx[st->hd[last].x0].x0) &&
                 header_fits(st, f, g, &st->hx[st->hd[last].x0], st->hd[last].k)) {
            k = st->hd[last].k;
            x0 = st->hd[last].x0;
        } else
            k = 0;
        last = NONE;
        if (!k) continue;
        nb_grow((void **)&st->hd, &st->caphd, st->nhd, sizeof *st->hd);
        st->hd[st->nhd++] = (struct nhead){st->ref[f].block, st->ref[f].page, x0, (unsigned)k};
        last = st->nhd - 1;
    }
    st->npc = 0;
}

/* The display column where line [s, e) starts its text. */
static int indent(const state *st, const unsigned char *s, const unsigned char *e)
{
    int x = 0;
    size_t b;
    for (; s < e && (b = nb_blank_at(s, e)) > 0; s += b)
        x += b == 3 && s[0] == 0xE3 ? st->wide : s[0] == '\t' ? 8 - x % 8 : s[0] == '\f' ? 0 : 1;
    return x;
}

/* The line at p, after a form feed, is the wrapped end of the label of the row on the cluster's last
 * line, which the page break cut (（一）接受公众现场咨  人次  1432 / ↡询人次): short text with no number
 * or numbering marker, starting where that row's label starts. The cluster then goes on over the break. */
static int tail_over_break(const state *st, const unsigned char *in, size_t p, size_t n)
{
    const cline *last = &st->ln[st->nln - 1];
    if (st->tabs || !may_end_row(in + last->s, in + last->e)) return 0;
    const unsigned char *le = memchr(in + p, '\n', n - p);
    const unsigned char *e = le ? le : in + n, *q = nb_skip_blanks(in + p, e);
    if (q == e || may_end_row(q, e) || nb_row_starter(q, e) || nb_u8count(q, e) > 12) return 0;
    for (const unsigned char *c = q; c < e; c += nb_u8len(c, e))
        if (nb_blank_at(c, e)) return 0; /* one piece */
    return abs(indent(st, in + p, e) - indent(st, in + last->s, in + last->e)) <= 1;
}

size_t nb_columns(const unsigned char *in, size_t n, int positioned_tabs, nb_buf *out)
{
    /* pdftotext -layout puts a character a column whatever its width (and a form feed between
       pages); a terminal two for CJK, and so does the PDF reader; otherwise the width under which
       the rows' numbers line up */
    int tabs = positioned_tabs != 0;
    size_t ends[2] = {0, 0};
    if (!tabs && !memchr(in, '\f', n)) aligned_ends(in, n, tabs, ends);
    int wide = tabs ? 2 : memchr(in, '\f', n) ? 1 : ends[0] > ends[1] ? 1 : 2;
    state st = {.in = in, .n = n, .tabs = tabs, .wide = wide, .paged = memchr(in, '\f', n) != NULL};
    size_t rows = 0, copied = 0, start_len = out->len;
    nb_buf o, tmp;
    nb_buf_init(&o);
    nb_buf_init(&tmp);
    collect_refs(&st);
    stretch_headers(&st);
    size_t s = 0, line = 0, page = 0; /* the line number and page at s */
    while (s < n) {
        /* a cluster: non-blank lines from s */
        st.nln = 0;
        st.npc = 0;
        size_t p = s, cand = 0;
        while (p < n) {
            if (in[p] == '\f' && !(st.nln == 0 && p > s && in[p - 1] != '\n')) {
                /* a form feed (pdftotext's page break) ends a cluster, but for label lines
                   whose row's numbers went to the next page */
                if (st.nln && cand && !tail_over_break(&st, in, p, n)) break;
                page++;
            }
            const unsigned char *ls = in + p, *le = memchr(ls, '\n', n - p);
            size_t next = le ? (size_t)(le - in) + 1 : n;
            size_t e = le ? (size_t)(le - in) : n;
            if (e > p && in[e - 1] == '\r') e--;
            if (nb_skip_blanks(in + p, in + e) == in + e) {
                if (st.nln == 0) { /* blank lines between clusters */
                    p = next;
                    s = next;
                    line++;
                    continue;
                }
                break;
            }
            if (st.nln == 0) {
                st.line0 = line;
                st.page0 = page;
            }
            line++;
            nb_grow((void **)&st.ln, &st.capln, st.nln, sizeof *st.ln);
            st.ln[st.nln++] = (cline){.s = p, .e = e, .next = next};
            cand += may_end_row(in + p, in + e);
            p = next;
        }
        if (st.nln == 0) break;
        size_t cs = st.ln[0].s, ce = st.ln[st.nln - 1].next;
        if (cand) {
            /* the cluster into tmp first: the text before it is copied only when a row was
               rebuilt (copying it for every cluster tried would be quadratic) */
            tmp.len = 0;
            size_t k = do_cluster(&st, 0, st.nln, &tmp);
            if (k) {
                size_t row = nolabel_row(&st); /* its header above it, in this cluster or before */
                if (row != NONE) put_header_above(in, copied, row, &o);
                else nb_buf_put(&o, in + copied, cs - copied);
                nb_buf_put(&o, tmp.data + (row != NONE ? row - cs : 0), tmp.len - (row != NONE ? row - cs : 0));
                rows += k;
                copied = ce;
            }
        }
        s = ce;
    }
    if (rows) {
        nb_buf_put(&o, in + copied, n - copied);
        nb_buf_put(out, o.data, o.len);
    }
    (void)start_len;
    nb_buf_free(&o);
    nb_buf_free(&tmp);
    free(st.pc);
    free(st.ln);
    free(st.ref);
    free(st.xs);
    free(st.hd);
    free(st.hx);
    return rows;
}
