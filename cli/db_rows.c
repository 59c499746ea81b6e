/* db_rows.c — a report as database rows, and back for R7: see db_rows.h. The only file of `load`
 * and `check --db` that reads the model (model.h, tables.h, statistics.h, checks.h). */
#include "db_rows.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "checks.h"
#include "edition.h"
#include "grow.h"
#include "nianbao.h"
#include "statistics.h"
#include "tables.h"

void nb_rows_of(const nb_report *r, nb_rows_report *out)
{
    *out = (nb_rows_report){.path = r->path, .error = r->error, .agency = r->agency, .edition = r->edition,
                            .title = r->title, .format = r->format, .encoding = r->encoding, .year = r->year,
                            .bytes = r->bytes};
}

static void walk_cells(const nb_tables *t, const nb_rows_sink *s)
{
    for (const nb_tcell *c = t->cells; c; c = c->next) {
        nb_rows_cell x = {.key = c->key, .row = c->row, .column = c->column, .raw = {c->raw.p, c->raw.n},
                          .has_value = c->has_value, .recovered = c->recovered, .value = c->value,
                          .line = c->span.line, .col = c->span.col, .byte = c->span.byte};
        s->cell(s->ctx, &x);
    }
}

static void walk_statistics(const nb_tables *t, const nb_rows_sink *s)
{
    nb_buf key;
    nb_buf_init(&key);
    for (const nb_statistic *st = t->stats; st; st = st->next) {
        key.len = 0;
        nb_buf_puts(&key, "statistics");
        for (int i = 0; i < st->depth; i++) nb_buf_printf(&key, "/%s", st->path[i]);
        nb_rows_statistic x = {.key = key.data, .label = st->label, .unit = st->unit, .depth = st->depth,
                               .raw = {st->raw.p, st->raw.n}, .has_value = st->has_value,
                               .has_cumulative = st->has_cumulative, .value = st->value,
                               .cumulative = st->cumulative, .line = st->span.line, .col = st->span.col};
        s->statistic(s->ctx, &x);
    }
    nb_buf_free(&key);
}

/* Sections in document order, each with its parent's number in that order. */
static void walk_sections(const nb_section *sec, int parent, int *ord, nb_buf *text, const nb_rows_sink *s)
{
    for (; sec; sec = sec->next) {
        text->len = 0;
        size_t n = 0;
        for (const nb_para *p = sec->paras; p; p = p->next, n++) {
            if (n) nb_buf_putc(text, '\n');
            nb_buf_put(text, p->text.p, p->text.n);
        }
        nb_rows_section x = {.ord = ++*ord, .parent = parent, .level = sec->level,
                             .number = {sec->number.p, sec->number.n}, .title = {sec->title.p, sec->title.n},
                             .text = n ? text->data : NULL, .paragraphs = n, .line = sec->span.line,
                             .col = sec->span.col};
        s->section(s->ctx, &x);
        walk_sections(sec->children, x.ord, ord, text, s);
    }
}

static void check_row(const nb_check *c, const nb_rows_sink *s)
{
    nb_rows_check x = {.rule = c->rule, .where = c->where, .message = c->message, .source = c->span_source,
                       .ok = c->ok, .assessed = c->assessed, .has_expected = c->has_expected,
                       .has_actual = c->has_actual, .has_span = c->has_span, .expected = c->expected,
                       .actual = c->actual, .line = c->span.line, .col = c->span.col,
                       .model = c};
    s->check(s->ctx, &x);
}

void nb_rows_walk(const nb_report *r, const nb_rows_sink *s)
{
    if (r->tables && s->cell) walk_cells(r->tables, s);
    if (r->tables && s->statistic) walk_statistics(r->tables, s);
    if (s->section) {
        nb_buf text;
        nb_buf_init(&text);
        int ord = 0;
        walk_sections(r->sections, 0, &ord, &text, s);
        nb_buf_free(&text);
    }
    if (r->checks && s->check)
        for (const nb_check *c = r->checks->head; c; c = c->next) check_row(c, s);
    if (s->diag)
        for (const nb_diag *d = r->diags; d; d = d->next) {
            nb_rows_diag x = {.severity = d->severity, .code = d->code, .message = d->message,
                              .has_span = d->has_span, .line = d->span.line, .col = d->span.col};
            s->diag(s->ctx, &x);
        }
}

/* ---- back from rows: R7 ------------------------------------------------------------------------ */

static const nb_edition *edition_named(const char *name)
{
    for (int i = 0; name && nb_editions[i]; i++)
        if (!strcmp(nb_editions[i]->name, name)) return nb_editions[i];
    return NULL;
}

static char *dup(nb_report *r, const char *s) { return s ? nb_arena_strndup(&r->arena, s, strlen(s)) : NULL; }

nb_report *nb_rows_rebuild(const nb_rows_report *m)
{
    const nb_edition *ed = edition_named(m->edition);
    if (!ed) return NULL;
    nb_report *r = calloc(1, sizeof *r);
    if (!r) nb_oom();
    nb_arena_init(&r->arena);
    r->diags_tail = &r->diags;
    r->meta_tail = &r->meta;
    r->lists_tail = &r->lists;
    r->path = dup(r, m->path);
    r->agency = dup(r, m->agency);
    r->edition = ed->name;
    r->format = "text";
    r->year = m->year;
    nb_tables_get(r, ed);
    return r;
}

int nb_rows_rebuild_cell(nb_report *r, const nb_rows_cell *c)
{
    nb_tables *t = r->tables;
    const char *dot = strrchr(c->key, '.');
    if (!dot) return 0;
    size_t rn = (size_t)(dot - c->key);
    /* the cell's place in the grid: its row's place among the edition's rows, and its column */
    int place = 0;
    for (const nb_rowdef *const *set = t->ed->rowsets; *set; set++)
        for (const nb_rowdef *d = *set; d->key && place < NB_MAX_ROWS; d++, place++) {
            if (strlen(d->key) != rn || memcmp(d->key, c->key, rn)) continue;
            for (int k = 0; k < d->arity && k < NB_MAX_COLS; k++) {
                if (strcmp(d->cols[k], dot + 1)) continue;
                nb_tcell *x = nb_arena_alloc(&r->arena, sizeof *x);
                x->key = dup(r, c->key);
                x->row = dup(r, c->row);
                x->column = d->col_labels[k];
                x->raw.p = nb_arena_strndup(&r->arena, c->raw.p ? c->raw.p : "", c->raw.n);
                x->raw.n = c->raw.n;
                x->span = (nb_span){c->line, c->col, c->byte};
                x->has_value = c->has_value;
                x->recovered = c->recovered;
                x->value = c->value;
                t->grid[place][k] = x;
                t->seen[place] = 1;
                *t->cells_tail = x;
                t->cells_tail = &x->next;
                t->ncells++;
                return 1;
            }
            return 0;
        }
    return 0;
}

void nb_rows_cross(nb_report *cur, const nb_report *prev, const char *why_not, const nb_rows_sink *sink)
{
    nb_checks_cross(cur, prev, why_not);
    for (const nb_check *c = cur->checks ? cur->checks->head : NULL; c; c = c->next)
        if (!strcmp(c->rule, "R7") && sink->check) check_row(c, sink);
}

void nb_rows_free(nb_report *r) { nb_report_free(r); }

void nb_rows_check_json(nb_buf *b, const nb_rows_check *c) { nb_check_json(b, c->model); }
