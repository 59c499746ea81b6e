/* checks.c — the 勾稽关系 of docs/REPORTS.md as data over the canonical keys; see checks.h and
 * docs/checks.md.
 *
 * R1–R4 and R7 are equations between sums of cells, written once as rules over keys: an edition
 * takes part in a rule wherever it has the keys, so tables 三 and 四 of 2019 and 2021 share every
 * rule, and a term such as "applications.other*" takes 2019's single 其他处理 row and 2021's three
 * alike. The shapes that are no sums (R5's bounds, the legacy 统计表 tree, the prose of R6, the
 * dates of C1–C3) have their own short code below, still keyed by name, never by edition. */
#include "checks.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "celltok.h"
#include "combined.h"
#include "edition.h"
#include "grow.h"
#include "parse.h"
#include "splitter.h"
#include "statistics.h"
#include "tables.h"
#include "utf8.h"

/* ---- the rules ------------------------------------------------------------------------------- */

/* A term of a sum: the cells of a row (or rows) in a column. In row and col, "$" stands for the
 * value the rule runs over; a row ending in '*' is that row and every row under it. */
typedef struct term {
    const char *row, *col;
    const char *name; /* in messages; NULL: the template's column label */
    int sign;         /* -1 subtracts; 0 adds */
    int prev;         /* from last year's report (R7) */
} term;

/* OVER_SUMS: every row the edition declares a sum (NB_SPLIT_SUM_LAST: its last cell is the sum of
 * the others), its terms made from the row's own columns; lhs and rhs are unused. */
typedef enum over { OVER_COLUMNS, OVER_ROWS, OVER_LIST, OVER_SUMS } over;

/* lhs = rhs for every value of the domain; lhs is the reference ("expected"). */
typedef struct rule {
    const char *id;
    over over;
    const char *domain;      /* OVER_COLUMNS: the row whose columns; OVER_ROWS: a row pattern */
    const char *const *list; /* OVER_LIST: the values, NULL-terminated */
    const char *where;
    const term *lhs, *rhs;   /* ending with row NULL */
} rule;

#define END {NULL, NULL, NULL, 0, 0}

/* R1: the template prints it above table 三. */
static const term r1_lhs[] = {{"applications.new_received", "$", "本年新收", 0, 0},
                              {"applications.carried_over", "$", "上年结转", 0, 0}, END};
static const term r1_rhs[] = {{"applications.total_processed", "$", "办理结果总计", 0, 0},
                              {"applications.carried_forward", "$", "结转下年度", 0, 0}, END};
/* R2: the applicant columns add up to 总计, in every row of table 三: the rows declare it (rows.h),
 * so that an edition's own columns take part. */
/* R3: the results add up to （七）总计; the groups are prefixes, whatever rows an edition has. */
static const term r3_lhs[] = {{"applications.total_processed", "$", "办理结果总计", 0, 0}, END};
static const term r3_rhs[] = {{"applications.granted", "$", "予以公开", 0, 0},
                              {"applications.partially_granted", "$", "部分公开", 0, 0},
                              {"applications.denied*", "$", "不予公开", 0, 0},
                              {"applications.unable*", "$", "无法提供", 0, 0},
                              {"applications.not_processed*", "$", "不予处理", 0, 0},
                              {"applications.other*", "$", "其他处理", 0, 0}, END};
/* R4: each block of table 四. */
static const char *const r4_blocks[] = {"review", "litigation_direct", "litigation_after_review", NULL};
static const term r4_lhs[] = {{"review_litigation", "$.total", NULL, 0, 0}, END};
static const term r4_rhs[] = {{"review_litigation", "$.upheld", "结果维持", 0, 0},
                              {"review_litigation", "$.corrected", "结果纠正", 0, 0},
                              {"review_litigation", "$.other", "其他结果", 0, 0},
                              {"review_litigation", "$.pending", "尚未审结", 0, 0}, END};
/* R7: what last year carried forward is what this year carried over; what is in force is what was,
 * plus what was issued, less what was abolished. */
static const term r7_lhs[] = {{"applications.carried_forward", "$", "结转下年度", 0, 1}, END};
static const term r7_rhs[] = {{"applications.carried_over", "$", "上年结转", 0, 0}, END};
static const term r7f_lhs[] = {{"$", "in_force", "现行有效件数", 0, 1},
                               {"$", "issued", "本年制发件数", 0, 0},
                               {"$", "abolished", "本年废止件数", -1, 0}, END};
static const term r7f_rhs[] = {{"$", "in_force", "现行有效件数", 0, 0}, END};

#define TERMS(a) (sizeof(a) / sizeof((a)[0]) - 1)
_Static_assert(TERMS(r1_lhs) <= NB_MAX_COLS && TERMS(r1_rhs) <= NB_MAX_COLS && TERMS(r3_rhs) <= NB_MAX_COLS &&
                   TERMS(r4_rhs) <= NB_MAX_COLS && TERMS(r7f_lhs) <= NB_MAX_COLS,
               "a rule has more terms than a side holds (MAX_TERMS)");

static const rule rules[] = {
    {"R1", OVER_COLUMNS, "applications.new_received", NULL, "applications.$", r1_lhs, r1_rhs},
    {"R2", OVER_SUMS, NULL, NULL, "$", NULL, NULL},
    {"R3", OVER_COLUMNS, "applications.total_processed", NULL, "applications.$", r3_lhs, r3_rhs},
    {"R4", OVER_LIST, NULL, r4_blocks, "review_litigation.$", r4_lhs, r4_rhs},
};
static const rule cross_rules[] = {
    {"R7", OVER_COLUMNS, "applications.carried_over", NULL, "applications.$", r7_lhs, r7_rhs},
    {"R7", OVER_ROWS, "active_disclosure.article_20_1*", NULL, "$", r7f_lhs, r7f_rhs},
};

/* R5: counts are never negative, except columns the template marks signed (2019's 本年增/减). */
static const char *const r5_rows = "active_disclosure*";

/* R6: what the prose states, and the cells of the table that hold the same count. */
typedef struct prose_rule {
    nb_fact_kind kind;
    const char *where;
    const term *cells;
    const char *what; /* for messages */
} prose_rule;
static const term r6_new[] = {{"applications.new_received", "total", "本年新收 总计", 0, 0}, END};
static const term r6_over[] = {{"applications.carried_over", "total", "上年结转 总计", 0, 0}, END};
static const term r6_fwd[] = {{"applications.carried_forward", "total", "结转下年度 总计", 0, 0}, END};
static const term r6_review[] = {{"review_litigation", "review.total", "行政复议 总计", 0, 0}, END};
static const term r6_lit[] = {{"review_litigation", "litigation_direct.total", "未经复议直接起诉 总计", 0, 0},
                              {"review_litigation", "litigation_after_review.total", "复议后起诉 总计", 0, 0}, END};
static const prose_rule prose_rules[] = {
    {NB_FACT_NEW_RECEIVED, "applications.new_received.total", r6_new, "本年新收"},
    {NB_FACT_CARRIED_OVER, "applications.carried_over.total", r6_over, "上年结转"},
    {NB_FACT_CARRIED_FORWARD, "applications.carried_forward.total", r6_fwd, "结转下年度"},
    {NB_FACT_REVIEW, "review_litigation.review.total", r6_review, "行政复议"},
    {NB_FACT_LITIGATION, "review_litigation.litigation.total", r6_lit, "行政诉讼"},
};

/* ---- the list ----------------------------------------------------------------------------------- */

static nb_checks *list(nb_report *r)
{
    if (!r->checks) {
        r->checks = nb_arena_alloc(&r->arena, sizeof *r->checks);
        r->checks->tail = &r->checks->head;
    }
    return r->checks;
}

static nb_check *add(nb_report *r, const char *rule_id, const char *where)
{
    nb_checks *l = list(r);
    nb_check *c = nb_arena_alloc(&r->arena, sizeof *c);
    c->rule = rule_id;
    c->where = where;
    *l->tail = c;
    l->tail = &c->next;
    l->n++;
    return c;
}

/* Sets the outcome and counts it. */
static void settle(nb_report *r, nb_check *c, int assessed, int ok, nb_buf *msg)
{
    c->assessed = assessed;
    c->ok = assessed && ok;
    if (!assessed) r->checks->unassessed++;
    else if (!ok) r->checks->failed++;
    if (!c->ok && msg && msg->len) c->message = nb_arena_strndup(&r->arena, msg->data, msg->len);
}

static int same(double a, double b) { return fabs(a - b) <= 1e-9 * fmax(1, fmax(fabs(a), fabs(b))); }

/* A number as "%.15g" writes it (nb_buf_putg), but -0 as 0. */
static void num(nb_buf *b, double v)
{
    nb_buf_putg(b, v == 0 ? 0 : v);
}

static void quote(nb_buf *b, nb_str s);

/* ---- cells by key --------------------------------------------------------------------------- */

enum { KEY_SLOTS = 2 * NB_MAX_ROWS }; /* a power of two, at most half full */

/* A report's tables, seen through its edition. */
typedef struct view {
    const nb_report *r;
    const nb_tables *t;
    const nb_edition *ed;
    const char *source; /* NULL: the report being checked */
    /* the edition's rows by their place in nb_tables.grid, with their keys' lengths: a rule looks
     * rows up thousands of times, and most keys differ in length */
    int nrows;
    const nb_rowdef *defs[NB_MAX_ROWS];
    size_t lens[NB_MAX_ROWS];
    unsigned char by_key[KEY_SLOTS]; /* the rows by key, open addressing: a row's place + 1, 0 empty */
    unsigned char counts[NB_MAX_ROWS]; /* the row takes part (a family printed as one row: combined.h) */
} view;

static const nb_edition *edition_of(const nb_report *r)
{
    if (r->tables && r->tables->ed) return r->tables->ed;
    for (int i = 0; r->edition && nb_editions[i]; i++)
        if (!strcmp(nb_editions[i]->name, r->edition)) return nb_editions[i];
    return NULL;
}

/* Keys differ most at their ends: the length and the last bytes hash them well enough. */
static unsigned key_hash(const char *key, size_t n)
{
    unsigned h = 2166136261u ^ (unsigned)n; /* FNV-1a */
    for (size_t i = n > 8 ? n - 8 : 0; i < n; i++) h = (h ^ (unsigned char)key[i]) * 16777619u;
    return h & (KEY_SLOTS - 1);
}

static void view_of(view *v, const nb_report *r, const char *source)
{
    memset(v, 0, sizeof *v);
    v->r = r;
    v->t = r->tables;
    v->ed = edition_of(r);
    v->source = source;
    if (!v->ed) return;
    int i = 0;
    for (const nb_rowdef *const *set = v->ed->rowsets; *set; set++)
        for (const nb_rowdef *d = *set; d->key && i < NB_MAX_ROWS; d++, i++) {
            v->defs[i] = d;
            v->lens[i] = strlen(d->key);
            unsigned h = key_hash(d->key, v->lens[i]);
            while (v->by_key[h]) h = (h + 1) & (KEY_SLOTS - 1);
            v->by_key[h] = (unsigned char)(i + 1);
        }
    v->nrows = i;
    nb_rows_counting(v->ed, v->t ? v->t->seen : NULL, v->counts);
}

/* The place of the row with this key (n bytes), or -1. */
static int row_of(const view *v, const char *key, size_t n)
{
    for (unsigned h = key_hash(key, n); v->by_key[h]; h = (h + 1) & (KEY_SLOTS - 1)) {
        int i = v->by_key[h] - 1;
        if (v->lens[i] == n && !memcmp(v->defs[i]->key, key, n)) return i;
    }
    return -1;
}

/* Is key (klen bytes) under pattern (n bytes, ending in '*'): the row itself or one below it.
 * Keys share their first segments, so the prefix is compared from its end. */
static int row_under(const char *pattern, size_t n, const char *key, size_t klen)
{
    n--;
    if (klen < n || (klen > n && key[n] != '.')) return 0;
    while (n > 0 && key[n - 1] == pattern[n - 1]) n--;
    return n == 0;
}

static int col_index(const nb_rowdef *d, const char *col)
{
    for (int i = 0; i < d->arity; i++) /* (a row's columns mostly differ in their first letter) */
        if (d->cols[i][0] == col[0] && !strcmp(d->cols[i], col)) return i;
    return -1;
}

/* Calls fn for each row of the edition that matches pattern, with its place in nb_tables.grid. */
typedef void (*row_fn)(void *ctx, const nb_rowdef *d, int row);
static int each_row(const view *v, const char *pattern, row_fn fn, void *ctx)
{
    size_t len = strlen(pattern);
    if (!len || pattern[len - 1] != '*') { /* one row at most: keys are unique */
        int i = row_of(v, pattern, len);
        if (i >= 0 && fn) fn(ctx, v->defs[i], i);
        return i >= 0;
    }
    int n = 0;
    for (int i = 0; i < v->nrows; i++)
        if (row_under(pattern, len, v->defs[i]->key, v->lens[i])) {
            if (fn) fn(ctx, v->defs[i], i);
            n++;
        }
    return n;
}

/* pattern with its "$" replaced by value, into buf (the terms are short: keys of a few segments). */
static const char *subst(char *buf, size_t n, const char *pattern, const char *value)
{
    const char *d = strchr(pattern, '$');
    if (!d) return pattern;
    size_t a = (size_t)(d - pattern), b = strlen(value), c = strlen(d + 1);
    if (a + b + c >= n) return "";
    memcpy(buf, pattern, a);
    memcpy(buf + a, value, b);
    memcpy(buf + a + b, d + 1, c + 1);
    return buf;
}

/* The label as written, without line breaks and padding, for messages. */
static const char *label_of(nb_report *r, const char *s)
{
    nb_buf b;
    nb_buf_init(&b);
    for (const unsigned char *p = (const unsigned char *)s; p && *p; p++)
        if (*p != '\n' && *p != '\r' && *p != '\t' && *p != ' ') nb_buf_putc(&b, (char)*p);
    const char *out = nb_arena_strndup(&r->arena, b.data ? b.data : "", b.len);
    nb_buf_free(&b);
    return out;
}

/* ---- evaluating a sum rule ---------------------------------------------------------------------- */

/* A cell as it is evaluated: what the check keeps, and what its name is made of. Names and messages
 * are written only for a check that does not hold: most hold, and printing is most of the cost. */
typedef struct xcell {
    nb_check_cell c;
    const char *row_label, *col_label; /* as written, and the template's */
} xcell;

typedef struct cells {
    xcell *v;
    size_t n, cap;
} cells;

static xcell *cell_push(cells *cs)
{
    nb_grow(&cs->v, &cs->cap, cs->n, sizeof *cs->v);
    xcell *c = &cs->v[cs->n++];
    memset(c, 0, sizeof *c);
    return c;
}

static const char *name_of(nb_report *r, xcell *x)
{
    if (!x->c.name) {
        const char *row = x->row_label ? label_of(r, x->row_label) : x->c.key;
        x->c.name = nb_arena_printf(&r->arena, "%s %s", row, x->col_label ? x->col_label : "");
    }
    return x->c.name;
}

/* A term's value: the sum of its cells. */
typedef struct tval {
    const char *name;
    double sum;
    int blank, sign;
    const view *v; /* the report it is from */
    const xcell *only; /* its cell, when it has one */
} tval;

/* A side has at most a row's columns as terms (R2), or a static rule's: both are bounded at build time
 * (the _Static_asserts below and tests/unit/test_editions.c), so the limit is never reached quietly. */
enum { MAX_TERMS = NB_MAX_COLS };

/* One side of an equation as it is evaluated. */
typedef struct side {
    nb_report *r;
    cells *cs;
    double sum;
    int blank, present;
    tval t[MAX_TERMS];
    int nt;
    /* the term being expanded */
    const view *v;
    const char *col;
    int found;
} side;

static void side_init(side *s, nb_report *r, cells *cs)
{
    memset(s, 0, sizeof *s);
    s->r = r;
    s->cs = cs;
}

static void add_row_cell(void *ctx, const nb_rowdef *d, int row)
{
    side *s = ctx;
    int col = col_index(d, s->col);
    if (col < 0 || !s->v->counts[row]) return;
    tval *tv = &s->t[s->nt];
    if (!s->found++) tv->name = tv->name ? tv->name : d->col_labels[col];
    const nb_tcell *tc = s->v->t && col < NB_MAX_COLS ? s->v->t->grid[row][col] : NULL;
    xcell *x = cell_push(s->cs);
    x->c.key = tc ? tc->key : nb_arena_printf(&s->r->arena, "%s.%s", d->key, d->cols[col]);
    x->c.source = s->v->source;
    x->col_label = d->col_labels[col];
    if (tc) {
        x->row_label = tc->row;
        x->c.raw = tc->raw;
        x->c.span = tc->span;
        x->c.present = 1;
        x->c.has_value = tc->has_value;
        x->c.value = tc->value;
        s->present++;
    }
    if (!x->c.has_value) tv->blank++;
    else tv->sum += x->c.value;
}

/* Adds a term's cells; 0 when the edition has no such key (the rule does not apply). */
static int side_term(side *s, const term *t, const view *cur, const view *prev, const char *value)
{
    const view *v = t->prev ? prev : cur;
    if (!v || !v->ed) return 0;
    if (s->nt == MAX_TERMS) {
        fprintf(stderr, "nianbao: a rule has more than %d terms (checks.c)\n", MAX_TERMS);
        abort();
    }
    char rowbuf[128], colbuf[128];
    const char *row = subst(rowbuf, sizeof rowbuf, t->row, value);
    s->v = v;
    s->col = subst(colbuf, sizeof colbuf, t->col, value);
    s->found = 0;
    tval *tv = &s->t[s->nt];
    memset(tv, 0, sizeof *tv);
    tv->name = t->name;
    tv->sign = t->sign < 0 ? -1 : 1;
    tv->v = v;
    size_t first = s->cs->n;
    each_row(v, row, add_row_cell, s);
    size_t n = strlen(row);
    if (!s->found) return n && row[n - 1] == '*'; /* a group this edition lacks adds nothing */
    if (s->found == 1) tv->only = &s->cs->v[first]; /* (cells may have moved while growing) */
    else tv->only = NULL;
    s->blank += tv->blank;
    s->sum += tv->sign * tv->sum;
    s->nt++;
    return 1;
}

static int side_eval(side *s, const term *terms, const view *cur, const view *prev, const char *value)
{
    for (const term *t = terms; t->row; t++)
        if (!side_term(s, t, cur, prev, value)) return 0;
    return 1;
}

/* 本年新收 1 + 上年结转 0 = 1; a term from last year's report says which, and where. */
static void side_text(nb_buf *b, const side *s)
{
    for (int i = 0; i < s->nt; i++) {
        const tval *t = &s->t[i];
        if (i) nb_buf_puts(b, t->sign < 0 ? " - " : " + ");
        else if (t->sign < 0) nb_buf_puts(b, "-");
        if (t->v->source && t->v->r->year) nb_buf_printf(b, "%d年报告 ", t->v->r->year);
        nb_buf_printf(b, "%s ", t->name ? t->name : "?");
        if (t->blank) nb_buf_puts(b, "(blank)");
        else num(b, t->sum);
        if (t->v->source && t->only) nb_buf_printf(b, " (%s:%u)", t->v->source, t->only->c.span.line);
    }
    if (s->nt > 1 && !s->blank) {
        nb_buf_puts(b, " = ");
        num(b, s->sum);
    }
}

/* Stores the cells on the check (strings from another report copied, as it may be freed first),
 * and points the check at its first cell in this report's text, or at its first blank one. */
static void keep_cells(nb_report *r, nb_check *c, cells *cs, int prefer_blank)
{
    c->ncells = cs->n;
    c->cells = nb_arena_alloc(&r->arena, (cs->n ? cs->n : 1) * sizeof *c->cells);
    for (size_t i = 0; i < cs->n; i++) {
        c->cells[i] = cs->v[i].c;
        if (cs->v[i].c.source) c->cells[i].key = nb_arena_strndup(&r->arena, cs->v[i].c.key, strlen(cs->v[i].c.key));
    }
    const nb_check_cell *best = NULL;
    for (int pass = prefer_blank ? 0 : 1; pass < 2 && !best; pass++)
        for (size_t i = 0; i < c->ncells; i++) {
            const nb_check_cell *x = &c->cells[i];
            if (!x->present || x->source || (pass == 0 && x->has_value)) continue;
            if (!best || x->span.byte < best->span.byte) best = x;
        }
    for (size_t i = 0; i < c->ncells && !best; i++)
        if (c->cells[i].present) best = &c->cells[i];
    if (best) {
        c->span = best->span;
        c->has_span = 1;
        c->span_source = best->source;
    }
}

/* Why a cell has no value: nothing written, or something that is no number (a dash, glued cells
 * that split more than one way). */
static void why_blank(nb_buf *msg, const nb_check_cell *c)
{
    if (!c->present) {
        nb_buf_printf(msg, "%s is missing", c->name);
        return;
    }
    const unsigned char *s = (const unsigned char *)c->raw.p, *e = s + c->raw.n;
    for (;;) { /* blanks and line breaks off both ends */
        const unsigned char *s0 = s, *e0 = e;
        nb_trim(&s, &e);
        while (s < e && (*s == '\n' || *s == '\r')) s++;
        while (e > s && (e[-1] == '\n' || e[-1] == '\r')) e--;
        if (s == s0 && e == e0) break;
    }
    double v;
    int dash = 0;
    const char *unit;
    if (s < e && nb_parse_number(s, e, &v, &dash, &unit) && dash) { /* a dash or slash says "none" */
        nb_buf_printf(msg, "%s is blank (written ", c->name);
        nb_str w = {(const char *)s, (size_t)(e - s)};
        quote(msg, w);
        nb_buf_putc(msg, ')');
    } else if (s == e) nb_buf_printf(msg, "%s is blank", c->name);
    else {
        nb_buf_printf(msg, "%s has no number (written ", c->name);
        nb_str w = {(const char *)s, (size_t)(e - s)};
        quote(msg, w);
        nb_buf_putc(msg, ')');
    }
    if (c->source) nb_buf_printf(msg, " in %s (line %u)", c->source, c->span.line);
}

/* "not assessed: X is blank" with the first blank or missing cell, which gets its name. */
static void why_unassessed(nb_report *r, nb_buf *msg, nb_check *c, cells *cs)
{
    size_t blank = 0, first = 0;
    for (size_t i = 0; i < cs->n; i++)
        if (!cs->v[i].c.has_value && !blank++) first = i;
    if (!blank) return;
    c->cells[first].name = name_of(r, &cs->v[first]);
    nb_buf_puts(msg, "not assessed: ");
    why_blank(msg, &c->cells[first]);
    if (blank > 1) nb_buf_printf(msg, ", and %zu more cell%s", blank - 1, blank > 2 ? "s are" : " is");
}

/* A rule being run over its domain: its cells are kept from one value to the next. */
typedef struct run {
    nb_report *r;
    const rule *ru;
    const view *cur, *prev;
    cells cs;
} run;

static void eval(run *x, const char *value)
{
    nb_report *r = x->r;
    const rule *ru = x->ru;
    cells *cs = &x->cs;
    cs->n = 0;
    side l, rt;
    side_init(&l, r, cs);
    side_init(&rt, r, cs);
    int applies = side_eval(&l, ru->lhs, x->cur, x->prev, value) && side_eval(&rt, ru->rhs, x->cur, x->prev, value);
    /* a table the report does not have at all is not checked: there is nothing to act on */
    if (applies && l.present + rt.present > 0 && (!x->prev || (l.present && rt.present))) {
        char wbuf[160];
        const char *where = subst(wbuf, sizeof wbuf, ru->where, value);
        nb_check *c = add(r, ru->id, where == wbuf ? nb_arena_strndup(&r->arena, wbuf, strlen(wbuf)) : where);
        int assessed = !l.blank && !rt.blank, ok = assessed && same(l.sum, rt.sum);
        if (!l.blank) c->has_expected = 1, c->expected = l.sum;
        if (!rt.blank) c->has_actual = 1, c->actual = rt.sum;
        keep_cells(r, c, cs, !assessed);
        nb_buf msg;
        nb_buf_init(&msg);
        if (!assessed) why_unassessed(r, &msg, c, cs);
        else if (!ok) {
            side_text(&msg, &l);
            nb_buf_puts(&msg, ", but ");
            side_text(&msg, &rt);
        }
        settle(r, c, assessed, ok, &msg);
        nb_buf_free(&msg);
    }
}

static void run_over_row(void *ctx, const nb_rowdef *d, int row)
{
    (void)row;
    eval(ctx, d->key);
}

/* A row's sum rule (OVER_SUMS): its last column against the others. */
static void run_over_sum(void *ctx, const nb_rowdef *d, int row)
{
    (void)row;
    run *x = ctx;
    if (d->split != NB_SPLIT_SUM_LAST || d->arity < 2 || d->arity > NB_MAX_COLS) return;
    term lhs[2] = {{"$", d->cols[d->arity - 1], NULL, 0, 0}, END}, rhs[NB_MAX_COLS];
    for (int i = 0; i < d->arity - 1; i++) rhs[i] = (term){"$", d->cols[i], NULL, 0, 0};
    rhs[d->arity - 1] = (term)END;
    rule ru = *x->ru;
    ru.lhs = lhs;
    ru.rhs = rhs;
    const rule *was = x->ru;
    x->ru = &ru;
    eval(x, d->key);
    x->ru = was;
}

static void run_rule(nb_report *r, const rule *ru, const view *cur, const view *prev)
{
    if (!cur->ed) return;
    run x = {r, ru, cur, prev, {0}};
    if (ru->over == OVER_SUMS) {
        for (int i = 0; i < cur->nrows; i++) run_over_sum(&x, cur->defs[i], i);
    } else if (ru->over == OVER_LIST) {
        for (const char *const *v = ru->list; *v; v++) eval(&x, *v);
    } else if (ru->over == OVER_ROWS) {
        each_row(cur, ru->domain, run_over_row, &x);
    } else {
        int i = row_of(cur, ru->domain, strlen(ru->domain));
        for (int k = 0; i >= 0 && k < cur->defs[i]->arity; k++) eval(&x, cur->defs[i]->cols[k]);
    }
    free(x.cs.v);
}

/* ---- R5: no negative counts; the legacy 统计表's sums ------------------------------------------ */

typedef struct r5_ctx {
    nb_report *r;
    const nb_tables *t;
} r5_ctx;

static void r5_row(void *ctx, const nb_rowdef *d, int row)
{
    r5_ctx *x = ctx;
    for (int i = 0; i < d->arity && i < NB_MAX_COLS; i++) {
        if (d->flags && (d->flags[i] & NB_CELL_SIGNED)) continue; /* 本年增/减 may be negative */
        const nb_tcell *tc = x->t->grid[row][i];
        if (!tc) continue;
        nb_check *c = add(x->r, "R5", tc->key);
        nb_check_cell *cc = nb_arena_alloc(&x->r->arena, sizeof *cc);
        cc->key = tc->key;
        int ok = tc->has_value && tc->value >= 0;
        if (!ok) cc->name = nb_arena_printf(&x->r->arena, "%s %s", label_of(x->r, tc->row), d->col_labels[i]);
        cc->raw = tc->raw;
        cc->span = tc->span;
        cc->present = 1;
        cc->has_value = tc->has_value;
        cc->value = tc->value;
        c->cells = cc;
        c->ncells = 1;
        c->span = tc->span;
        c->has_span = 1;
        nb_buf msg;
        nb_buf_init(&msg);
        if (tc->has_value) {
            c->has_actual = 1;
            c->actual = tc->value;
        }
        if (!ok && tc->has_value) {
            nb_buf_printf(&msg, "%s ", cc->name);
            num(&msg, tc->value);
            nb_buf_puts(&msg, ", but a count cannot be negative");
        } else if (!ok) {
            nb_buf_puts(&msg, "not assessed: ");
            why_blank(&msg, cc);
        }
        settle(x->r, c, tc->has_value, ok, &msg);
        nb_buf_free(&msg);
    }
}

static const char *stat_key(nb_report *r, const nb_statistic *s)
{
    nb_buf b;
    nb_buf_init(&b);
    nb_buf_puts(&b, "statistics");
    for (int i = 0; i < s->depth; i++) nb_buf_printf(&b, "/%s", s->path[i]);
    const char *k = nb_arena_strndup(&r->arena, b.data, b.len);
    nb_buf_free(&b);
    return k;
}

static int path_extends(const nb_statistic *parent, const nb_statistic *child)
{
    if (child->depth != parent->depth + 1) return 0;
    for (int i = 0; i < parent->depth; i++)
        if (strcmp(parent->path[i], child->path[i])) return 0;
    return 1;
}

static void stat_cell(nb_report *r, xcell *x, const nb_statistic *s)
{
    nb_check_cell *c = &x->c;
    c->key = stat_key(r, s);
    c->name = s->label;
    c->raw = s->raw;
    c->span = s->span;
    c->present = 1;
    c->has_value = s->has_value;
    c->value = s->value;
}

/* A parent row with children is their sum. Not where the children come after 其中：: those are
 * parts picked out (其中：主动公开规范性文件数, then 制发规范性文件总数), not a partition. Nor where
 * the units differ (政府公报发行量: 期 and 份), or the parent has no unit: it is a heading then. */
static void r5_statistics(nb_report *r, const nb_statistic *stats)
{
    for (const nb_statistic *p = stats; p; p = p->next) {
        if (!p->unit) continue;
        size_t n = 0;
        int skip = 0, any = p->has_value;
        for (const nb_statistic *k = p->next; k && k->depth > p->depth; k = k->next) {
            if (!path_extends(p, k)) continue;
            n++;
            any |= k->has_value;
            if (!strncmp(k->label, "其中", strlen("其中"))) skip = 1;
            if (k->unit && strcmp(k->unit, p->unit)) skip = 1;
        }
        if (!n || skip || !any) continue;
        cells cs = {0};
        stat_cell(r, cell_push(&cs), p);
        double sum = 0;
        int blank = !p->has_value;
        nb_buf parts;
        nb_buf_init(&parts);
        for (const nb_statistic *k = p->next; k && k->depth > p->depth; k = k->next) {
            if (!path_extends(p, k)) continue;
            stat_cell(r, cell_push(&cs), k);
            if (parts.len) nb_buf_puts(&parts, " + ");
            nb_buf_printf(&parts, "%s ", k->label);
            if (k->has_value) num(&parts, k->value), sum += k->value;
            else nb_buf_puts(&parts, "(blank)"), blank = 1;
        }
        nb_check *c = add(r, "R5", cs.v[0].c.key);
        int ok = !blank && same(p->value, sum);
        keep_cells(r, c, &cs, blank);
        nb_buf msg;
        nb_buf_init(&msg);
        if (!blank) {
            c->has_expected = c->has_actual = 1;
            c->expected = p->value;
            c->actual = sum;
            nb_buf_printf(&msg, "%s ", p->label);
            num(&msg, p->value);
            nb_buf_printf(&msg, ", but %s = ", parts.data);
            num(&msg, sum);
        } else {
            why_unassessed(r, &msg, c, &cs);
            if (p->has_value) c->has_expected = 1, c->expected = p->value;
        }
        settle(r, c, !blank, ok, &msg);
        nb_buf_free(&msg);
        nb_buf_free(&parts);
        free(cs.v);
    }
}

/* ---- R6: the prose against the tables; C1: the statistics period ------------------------------- */

typedef struct prose {
    nb_report *r;
    const view *v;
    nb_fact *periods; /* C1 comes after every R6, so the list stays in rule order */
    size_t nperiods, cap;
} prose;

/* A phrase for a message: short ones whole, long ones by their two ends. */
static void quote(nb_buf *b, nb_str s)
{
    const unsigned char *p = (const unsigned char *)s.p, *e = p + s.n;
    size_t chars = 0;
    for (const unsigned char *q = p; q < e; q++) chars += (*q & 0xC0) != 0x80;
    nb_buf_puts(b, "“");
    if (chars <= 30) {
        nb_buf_put(b, s.p, s.n);
    } else { /* 12 characters, …, the last 12 */
        const unsigned char *a = p, *z = e;
        for (int k = 0; k < 12 && a < e; k++) {
            a++;
            while (a < e && (*a & 0xC0) == 0x80) a++;
        }
        for (int k = 0; k < 12 && z > p; k++) {
            z--;
            while (z > p && (*z & 0xC0) == 0x80) z--;
        }
        nb_buf_put(b, p, (size_t)(a - p));
        nb_buf_puts(b, "…");
        nb_buf_put(b, z, (size_t)(e - z));
    }
    nb_buf_puts(b, "”");
}

static void period_check(nb_report *r, const nb_fact *f)
{
    if (!r->year) return;
    nb_check *c = add(r, "C1", "year");
    c->has_expected = c->has_actual = 1;
    c->expected = r->year;
    c->actual = f->year_from != r->year ? f->year_from : f->year_to;
    c->span = f->span;
    c->has_span = 1;
    nb_check_cell *cc = nb_arena_alloc(&r->arena, sizeof *cc);
    cc->key = "text";
    cc->name = "统计期限";
    cc->span = f->span;
    cc->present = cc->has_value = 1;
    cc->value = c->actual;
    c->cells = cc;
    c->ncells = 1;
    nb_buf msg;
    nb_buf_init(&msg);
    nb_buf_printf(&msg, "the report is for %d, but the text gives the period as ", r->year);
    quote(&msg, f->text);
    settle(r, c, 1, f->year_from == r->year && f->year_to == r->year, &msg);
    nb_buf_free(&msg);
}

static void on_fact(void *ctx, const nb_fact *f)
{
    prose *x = ctx;
    nb_report *r = x->r;
    if (f->kind == NB_FACT_PERIOD) {
        if (x->nperiods == x->cap) {
            x->cap = x->cap ? 2 * x->cap : 4;
            x->periods = realloc(x->periods, x->cap * sizeof *x->periods);
            if (!x->periods) abort();
        }
        x->periods[x->nperiods++] = *f;
        return;
    }
    const prose_rule *pr = NULL;
    for (size_t i = 0; i < sizeof prose_rules / sizeof prose_rules[0]; i++)
        if (prose_rules[i].kind == f->kind) pr = &prose_rules[i];
    if (!pr || !x->v->ed || !x->v->t) return;
    cells cs = {0};
    side l;
    side_init(&l, r, &cs);
    if (side_eval(&l, pr->cells, x->v, NULL, "") && l.present) {
        nb_check_cell *pc = &cell_push(&cs)->c;
        pc->key = "text"; /* the statement; the table's cells have their keys */
        pc->name = nb_arena_strndup(&r->arena, f->text.p, f->text.n);
        pc->span = f->span;
        pc->present = pc->has_value = 1;
        pc->value = f->value;
        nb_check *c = add(r, "R6", pr->where);
        c->has_actual = 1;
        c->actual = f->value;
        int ok = !l.blank && same(l.sum, f->value);
        keep_cells(r, c, &cs, l.blank);
        nb_buf msg;
        nb_buf_init(&msg);
        if (!l.blank) {
            c->has_expected = 1;
            c->expected = l.sum;
        }
        if (!ok && !l.blank) {
            nb_buf_puts(&msg, "the table has ");
            side_text(&msg, &l);
            nb_buf_puts(&msg, ", but the text says ");
            quote(&msg, f->text);
            nb_buf_printf(&msg, " (%s ", pr->what);
            if (f->negated) nb_buf_puts(&msg, "none"); /* 未发生…: stated as none at all */
            else num(&msg, f->value);
            nb_buf_puts(&msg, ")");
        } else if (!ok) {
            why_unassessed(r, &msg, c, &cs);
        }
        c->span = f->span; /* the statement: the table's cells have their own checks */
        c->has_span = 1;
        c->span_source = NULL;
        settle(r, c, !l.blank, ok, &msg);
        nb_buf_free(&msg);
    }
    free(cs.v);
}

/* R6 reads the prose: a section whose paragraphs are a glued table is read as cells instead. */
static void scan_sections(const nb_section *s, prose *x)
{
    for (; s; s = s->next) {
        if (s->glued_tables) continue;
        for (const nb_para *p = s->paras; p; p = p->next) nb_narrative_scan(p, on_fact, x);
        scan_sections(s->children, x);
    }
}

/* ---- C2, C3: the dates and the edition against the year -------------------------------------- */

static void published_check(nb_report *r)
{
    const char *d = nb_meta_get(r, "published");
    if (!d || !r->year) return;
    int y = 0, k = 0;
    while (k < 4 && d[k] >= '0' && d[k] <= '9') y = y * 10 + (d[k++] - '0');
    if (k < 4) return;
    nb_check *c = add(r, "C2", "meta.published");
    c->has_expected = c->has_actual = 1;
    c->expected = r->year + 1; /* a year's report can only come out after the year */
    c->actual = y;
    nb_buf msg;
    nb_buf_init(&msg);
    nb_buf_printf(&msg, "the report is for %d, but it was published on %s, before that year ended", r->year, d);
    settle(r, c, 1, y > r->year, &msg);
    nb_buf_free(&msg);
}

/* The edition code already says when the template is not the year's (an edition-year diagnostic):
 * the check takes its finding and words rather than deciding again. */
static void edition_check(nb_report *r)
{
    if (!r->year || !r->edition || !strcmp(r->edition, "unknown") || !edition_of(r)) return;
    const nb_diag *found = NULL;
    for (const nb_diag *d = r->diags; d && !found; d = d->next)
        if (!strcmp(d->code, "edition-year")) found = d;
    nb_check *c = add(r, "C3", "edition");
    nb_buf msg;
    nb_buf_init(&msg);
    if (found) nb_buf_puts(&msg, found->message);
    settle(r, c, 1, !found, &msg);
    nb_buf_free(&msg);
}

/* ---- pointing at the likely culprit ------------------------------------------------------------ */

static int by_byte(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

static size_t count_of(const size_t *v, size_t n, size_t byte)
{
    size_t lo = 0, hi = n; /* the first not below byte */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (v[mid] < byte) lo = mid + 1;
        else hi = mid;
    }
    size_t k = 0;
    while (lo + k < n && v[lo + k] == byte) k++;
    return k;
}

/* A cell of this report that is in more than one failed check (a row's R2 and a column's R1 or
 * R3) is most likely the wrong number: each of those checks points at it, rather than at its first
 * cell. The prose checks keep pointing at the statement. */
static void point_at_shared(nb_report *r)
{
    size_t n = 0, k = 0;
    for (const nb_check *c = r->checks->head; c; c = c->next)
        if (c->assessed && !c->ok) n += c->ncells;
    if (!n) return;
    size_t *v = malloc(n * sizeof *v);
    if (!v) abort();
    for (const nb_check *c = r->checks->head; c; c = c->next)
        if (c->assessed && !c->ok)
            for (size_t i = 0; i < c->ncells; i++)
                if (c->cells[i].present && !c->cells[i].source && strcmp(c->cells[i].key, "text"))
                    v[k++] = c->cells[i].span.byte;
    qsort(v, k, sizeof *v, by_byte);
    for (nb_check *c = r->checks->head; c; c = c->next) {
        if (!c->assessed || c->ok || !strcmp(c->rule, "R6")) continue;
        const nb_check_cell *best = NULL;
        size_t most = 1;
        for (size_t i = 0; i < c->ncells; i++) {
            const nb_check_cell *x = &c->cells[i];
            if (!x->present || x->source || !strcmp(x->key, "text")) continue;
            size_t m = count_of(v, k, x->span.byte);
            if (m > most || (m == most && best && x->span.byte < best->span.byte)) best = x, most = m;
        }
        if (best) {
            c->span = best->span;
            c->has_span = 1;
            c->span_source = NULL;
        }
    }
    free(v);
}

/* ---- running -------------------------------------------------------------------------------------- */

void nb_checks_run(nb_report *r)
{
    list(r);
    if (r->error) return;
    view cur;
    view_of(&cur, r, NULL);
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) run_rule(r, &rules[i], &cur, NULL);
    if (cur.t && cur.ed) {
        r5_ctx x = {r, cur.t};
        each_row(&cur, r5_rows, r5_row, &x);
    }
    if (cur.t && cur.t->stats) r5_statistics(r, cur.t->stats);
    prose p = {r, &cur, NULL, 0, 0};
    for (const nb_para *q = r->preamble; q; q = q->next) nb_narrative_scan(q, on_fact, &p);
    scan_sections(r->sections, &p);
    for (size_t i = 0; i < p.nperiods; i++) period_check(r, &p.periods[i]);
    free(p.periods);
    published_check(r);
    edition_check(r);
    point_at_shared(r);
}

void nb_checks_cross(nb_report *r, const nb_report *prev, const char *why_not)
{
    list(r);
    if (r->error) return;
    if (why_not || !prev || prev->error) {
        nb_check *c = add(r, "R7", "previous");
        nb_buf msg;
        nb_buf_init(&msg);
        nb_buf_printf(&msg, "not assessed: %s", why_not ? why_not : prev ? prev->error : "no previous report");
        settle(r, c, 0, 0, &msg);
        nb_buf_free(&msg);
        return;
    }
    const char *src = prev->path ? nb_arena_strndup(&r->arena, prev->path, strlen(prev->path)) : "previous report";
    view cur, pv;
    view_of(&cur, r, NULL);
    view_of(&pv, prev, src);
    for (size_t i = 0; i < sizeof cross_rules / sizeof cross_rules[0]; i++) run_rule(r, &cross_rules[i], &cur, &pv);
    point_at_shared(r);
}
