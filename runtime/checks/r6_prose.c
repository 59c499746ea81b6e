/* r6_prose.c — R6: the counts the prose states (grammar/narrative.re) against the cells of the
 * table that hold the same count; the statistics periods it states go to C1 (consistency.c). */
#include "checks.h"
#include "checks_int.h"

#include <stdlib.h>
#include <string.h>

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

typedef struct prose {
    nb_report *r;
    const view *v;
    nb_fact *periods; /* C1 comes after every R6, so the list stays in rule order */
    size_t nperiods, cap;
} prose;

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
    nbc_side_init(&l, r, &cs);
    if (nbc_side_eval(&l, pr->cells, x->v, NULL, "") && l.present) {
        nb_check_cell *pc = &nbc_cell_push(&cs)->c;
        pc->key = "text"; /* the statement; the table's cells have their keys */
        pc->name = nb_arena_strndup(&r->arena, f->text.p, f->text.n);
        pc->span = f->span;
        pc->present = pc->has_value = 1;
        pc->value = f->value;
        nb_check *c = nbc_add(r, "R6", pr->where);
        c->has_actual = 1;
        c->actual = f->value;
        int ok = !l.blank && nbc_same(l.sum, f->value);
        nbc_keep_cells(r, c, &cs, l.blank);
        nb_buf msg;
        nb_buf_init(&msg);
        if (!l.blank) {
            c->has_expected = 1;
            c->expected = l.sum;
        }
        if (!ok && !l.blank) {
            nb_buf_puts(&msg, "the table has ");
            nbc_side_text(&msg, &l);
            nb_buf_puts(&msg, ", but the text says ");
            nbc_quote(&msg, f->text);
            nb_buf_printf(&msg, " (%s ", pr->what);
            if (f->negated) nb_buf_puts(&msg, "none"); /* 未发生…: stated as none at all */
            else nbc_num(&msg, f->value);
            nb_buf_puts(&msg, ")");
        } else if (!ok) {
            nbc_why_unassessed(r, &msg, c, &cs);
        }
        c->span = f->span; /* the statement: the table's cells have their own checks */
        c->has_span = 1;
        c->span_source = NULL;
        nbc_settle(r, c, !l.blank, ok, &msg);
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

void nbc_r6_prose(nb_report *r, const view *cur)
{
    prose p = {r, cur, NULL, 0, 0};
    for (const nb_para *q = r->preamble; q; q = q->next) nb_narrative_scan(q, on_fact, &p);
    scan_sections(r->sections, &p);
    for (size_t i = 0; i < p.nperiods; i++) nbc_period_check(r, &p.periods[i]);
    free(p.periods);
}
