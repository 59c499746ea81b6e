/* rule_engine.c — an equation between sums of cells, evaluated over the keys an edition declares.
 *
 * A rule (checks_int.h) names its terms by key, with "$" for the column, row or block it runs over:
 * an edition takes part wherever it has the keys, so a new row or column takes part in the rules
 * that name it, and a group (a key ending in '*') takes whatever rows the edition has under it. A
 * check that needs a blank or missing cell is not assessed, never passed. */
#include "checks.h"
#include "checks_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "splitter.h"

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

xcell *nbc_cell_push(cells *cs)
{
    nb_grow(&cs->v, &cs->cap, cs->n, sizeof *cs->v);
    xcell *c = &cs->v[cs->n++];
    memset(c, 0, sizeof *c);
    return c;
}

void nbc_side_init(side *s, nb_report *r, cells *cs)
{
    memset(s, 0, sizeof *s);
    s->r = r;
    s->cs = cs;
}

static void add_row_cell(void *ctx, const nb_rowdef *d, int row)
{
    side *s = ctx;
    int col = nb_rowdef_col(d, s->col);
    if (col < 0 || !s->v->counts[row]) return;
    tval *tv = &s->t[s->nt];
    if (!s->found++) tv->name = tv->name ? tv->name : d->col_labels[col];
    const nb_tcell *tc = s->v->t && col < NB_MAX_COLS ? s->v->t->grid[row][col] : NULL;
    xcell *x = nbc_cell_push(s->cs);
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
        fprintf(stderr, "nianbao: a rule has more than %d terms (rule_engine.c)\n", MAX_TERMS);
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
    nbc_each_row(v, row, add_row_cell, s);
    size_t n = strlen(row);
    if (!s->found) return n && row[n - 1] == '*'; /* a group this edition lacks adds nothing */
    if (s->found == 1) tv->only = &s->cs->v[first]; /* (cells may have moved while growing) */
    else tv->only = NULL;
    s->blank += tv->blank;
    s->sum += tv->sign * tv->sum;
    s->nt++;
    return 1;
}

int nbc_side_eval(side *s, const term *terms, const view *cur, const view *prev, const char *value)
{
    for (const term *t = terms; t->row; t++)
        if (!side_term(s, t, cur, prev, value)) return 0;
    return 1;
}

/* 本年新收 1 + 上年结转 0 = 1; a term from last year's report says which, and where. */
void nbc_side_text(nb_buf *b, const side *s)
{
    for (int i = 0; i < s->nt; i++) {
        const tval *t = &s->t[i];
        if (i) nb_buf_puts(b, t->sign < 0 ? " - " : " + ");
        else if (t->sign < 0) nb_buf_puts(b, "-");
        if (t->v->source && t->v->r->year) nb_buf_printf(b, "%d年报告 ", t->v->r->year);
        nb_buf_printf(b, "%s ", t->name ? t->name : "?");
        if (t->blank) nb_buf_puts(b, "(blank)");
        else nbc_num(b, t->sum);
        if (t->v->source && t->only) nb_buf_printf(b, " (%s:%u)", t->v->source, t->only->c.span.line);
    }
    if (s->nt > 1 && !s->blank) {
        nb_buf_puts(b, " = ");
        nbc_num(b, s->sum);
    }
}

/* Stores the cells on the check (strings from another report copied, as it may be freed first),
 * and points the check at its first cell in this report's text, or at its first blank one. */
void nbc_keep_cells(nb_report *r, nb_check *c, cells *cs, int prefer_blank)
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

/* "not assessed: X is blank" with the first blank or missing cell, which gets its name. */
void nbc_why_unassessed(nb_report *r, nb_buf *msg, nb_check *c, cells *cs)
{
    size_t blank = 0, first = 0;
    for (size_t i = 0; i < cs->n; i++)
        if (!cs->v[i].c.has_value && !blank++) first = i;
    if (!blank) return;
    c->cells[first].name = nbc_name_of(r, &cs->v[first]);
    nb_buf_puts(msg, "not assessed: ");
    nbc_why_blank(msg, &c->cells[first]);
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
    nbc_side_init(&l, r, cs);
    nbc_side_init(&rt, r, cs);
    int applies = nbc_side_eval(&l, ru->lhs, x->cur, x->prev, value) && nbc_side_eval(&rt, ru->rhs, x->cur, x->prev, value);
    /* a table the report does not have at all is not checked: there is nothing to act on */
    if (applies && l.present + rt.present > 0 && (!x->prev || (l.present && rt.present))) {
        char wbuf[160];
        const char *where = subst(wbuf, sizeof wbuf, ru->where, value);
        nb_check *c = nbc_add(r, ru->id, where == wbuf ? nb_arena_strndup(&r->arena, wbuf, strlen(wbuf)) : where);
        int assessed = !l.blank && !rt.blank, ok = assessed && nbc_same(l.sum, rt.sum);
        if (!l.blank) c->has_expected = 1, c->expected = l.sum;
        if (!rt.blank) c->has_actual = 1, c->actual = rt.sum;
        nbc_keep_cells(r, c, cs, !assessed);
        nb_buf msg;
        nb_buf_init(&msg);
        if (!assessed) nbc_why_unassessed(r, &msg, c, cs);
        else if (!ok) {
            nbc_side_text(&msg, &l);
            nb_buf_puts(&msg, ", but ");
            nbc_side_text(&msg, &rt);
        }
        nbc_settle(r, c, assessed, ok, &msg);
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

void nbc_run_rule(nb_report *r, const rule *ru, const view *cur, const view *prev)
{
    if (!cur->ed) return;
    run x = {r, ru, cur, prev, {0}};
    if (ru->over == OVER_SUMS) {
        for (int i = 0; i < cur->keys.n; i++) run_over_sum(&x, cur->keys.rows[i], i);
    } else if (ru->over == OVER_LIST) {
        for (const char *const *v = ru->list; *v; v++) eval(&x, *v);
    } else if (ru->over == OVER_ROWS) {
        nbc_each_row(cur, ru->domain, run_over_row, &x);
    } else {
        int i = nb_edition_row_at(&cur->keys, ru->domain, strlen(ru->domain));
        for (int k = 0; i >= 0 && k < cur->keys.rows[i]->arity; k++) eval(&x, cur->keys.rows[i]->cols[k]);
    }
    free(x.cs.v);
}
