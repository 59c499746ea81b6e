/* r5_counts.c — R5: a count is never negative (the template's signed columns aside), and in the
 * legacy 统计表 a parent row with children is their sum. */
#include "checks.h"
#include "checks_int.h"

#include <stdlib.h>
#include <string.h>

#include "splitter.h"
#include "statistics.h"

/* R5: counts are never negative, except columns the template marks signed (2019's 本年增/减). */
static const char *const r5_rows = "active_disclosure*";

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
        nb_check *c = nbc_add(x->r, "R5", tc->key);
        nb_check_cell *cc = nb_arena_alloc(&x->r->arena, sizeof *cc);
        cc->key = tc->key;
        int ok = tc->has_value && tc->value >= 0;
        if (!ok) cc->name = nb_arena_printf(&x->r->arena, "%s %s", nbc_label_of(x->r, tc->row), d->col_labels[i]);
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
            nbc_num(&msg, tc->value);
            nb_buf_puts(&msg, ", but a count cannot be negative");
        } else if (!ok) {
            nb_buf_puts(&msg, "not assessed: ");
            nbc_why_blank(&msg, cc);
        }
        nbc_settle(x->r, c, tc->has_value, ok, &msg);
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
        stat_cell(r, nbc_cell_push(&cs), p);
        double sum = 0;
        int blank = !p->has_value;
        nb_buf parts;
        nb_buf_init(&parts);
        for (const nb_statistic *k = p->next; k && k->depth > p->depth; k = k->next) {
            if (!path_extends(p, k)) continue;
            stat_cell(r, nbc_cell_push(&cs), k);
            if (parts.len) nb_buf_puts(&parts, " + ");
            nb_buf_printf(&parts, "%s ", k->label);
            if (k->has_value) nbc_num(&parts, k->value), sum += k->value;
            else nb_buf_puts(&parts, "(blank)"), blank = 1;
        }
        nb_check *c = nbc_add(r, "R5", cs.v[0].c.key);
        int ok = !blank && nbc_same(p->value, sum);
        nbc_keep_cells(r, c, &cs, blank);
        nb_buf msg;
        nb_buf_init(&msg);
        if (!blank) {
            c->has_expected = c->has_actual = 1;
            c->expected = p->value;
            c->actual = sum;
            nb_buf_printf(&msg, "%s ", p->label);
            nbc_num(&msg, p->value);
            nb_buf_printf(&msg, ", but %s = ", parts.data);
            nbc_num(&msg, sum);
        } else {
            nbc_why_unassessed(r, &msg, c, &cs);
            if (p->has_value) c->has_expected = 1, c->expected = p->value;
        }
        nbc_settle(r, c, !blank, ok, &msg);
        nb_buf_free(&msg);
        nb_buf_free(&parts);
        free(cs.v);
    }
}

void nbc_r5_counts(nb_report *r, const view *cur)
{
    if (cur->t && cur->ed) {
        r5_ctx x = {r, cur->t};
        nbc_each_row(cur, r5_rows, r5_row, &x);
    }
    if (cur->t && cur->t->stats) r5_statistics(r, cur->t->stats);
}
