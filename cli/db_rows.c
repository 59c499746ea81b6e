/* db_rows.c — a report as database rows, and back for R7: see db_rows.h. The only file of `load`
 * and `check --db` that reads a report, through the public header like any other client. */
#include "db_rows.h"

#include <string.h>

#include "nianbao.h"

void nb_rows_of(const nb_report *r, nb_rows_report *out)
{
    int ok = !nb_report_error(r);
    *out = (nb_rows_report){.path = nb_report_path(r), .error = nb_report_error(r),
                            .agency = ok ? nb_report_agency(r) : NULL, .edition = ok ? nb_report_edition(r) : NULL,
                            .title = ok ? nb_report_title(r) : NULL, .format = nb_report_format(r),
                            .encoding = nb_report_encoding(r), .year = ok ? nb_report_year(r) : 0,
                            .bytes = nb_report_bytes(r)};
}

static void walk_cells(const nb_report *r, const nb_rows_sink *s)
{
    for (const nb_tcell *c = nb_report_cells(r); c; c = nb_tcell_next(c)) {
        nb_str raw = nb_tcell_raw(c);
        nb_span sp = nb_tcell_span(c);
        nb_rows_cell x = {.key = nb_tcell_key(c), .row = nb_tcell_row(c), .column = nb_tcell_column(c),
                          .raw = {raw.p, raw.n}, .recovered = nb_tcell_recovered(c),
                          .line = sp.line, .col = sp.col, .byte = sp.byte};
        x.has_value = nb_tcell_value(c, &x.value);
        s->cell(s->ctx, &x);
    }
}

static void walk_statistics(const nb_report *r, const nb_rows_sink *s)
{
    nb_out *key = nb_out_new();
    for (const nb_statistic *st = nb_report_statistics(r); st; st = nb_statistic_next(st)) {
        nb_statistic_key(st, key);
        nb_str raw = nb_statistic_raw(st);
        nb_span sp = nb_statistic_span(st);
        nb_rows_statistic x = {.key = nb_out_data(key), .label = nb_statistic_label(st),
                               .unit = nb_statistic_unit(st), .depth = nb_statistic_depth(st),
                               .raw = {raw.p, raw.n}, .line = sp.line, .col = sp.col};
        x.has_value = nb_statistic_value(st, &x.value);
        x.has_cumulative = nb_statistic_cumulative(st, &x.cumulative);
        s->statistic(s->ctx, &x);
    }
    nb_out_free(key);
}

/* Sections in document order, each with its parent's number in that order. */
static void walk_sections(const nb_section *sec, int parent, int *ord, nb_out *text, const nb_rows_sink *s)
{
    for (; sec; sec = nb_section_next(sec)) {
        nb_out_clear(text);
        size_t n = 0;
        for (const nb_para *p = nb_section_paras(sec); p; p = nb_para_next(p), n++) {
            nb_str t = nb_para_text(p);
            if (n) nb_out_append(text, "\n", 1);
            nb_out_append(text, t.p, t.n);
        }
        nb_str number = nb_section_number(sec), title = nb_section_title(sec);
        nb_span sp = nb_section_span(sec);
        nb_rows_section x = {.ord = ++*ord, .parent = parent, .level = nb_section_level(sec),
                             .number = {number.p, number.n}, .title = {title.p, title.n},
                             .text = n ? nb_out_data(text) : NULL, .paragraphs = n, .line = sp.line,
                             .col = sp.col};
        s->section(s->ctx, &x);
        walk_sections(nb_section_children(sec), x.ord, ord, text, s);
    }
}

static void check_row(const nb_check *c, const nb_rows_sink *s)
{
    nb_span sp = {0, 0, 0};
    nb_rows_check x = {.rule = nb_check_rule(c), .where = nb_check_where(c), .message = nb_check_message(c),
                       .source = nb_check_span_source(c), .ok = nb_check_ok(c), .assessed = nb_check_assessed(c),
                       .model = c};
    x.has_expected = nb_check_expected(c, &x.expected);
    x.has_actual = nb_check_actual(c, &x.actual);
    x.has_span = nb_check_span(c, &sp);
    x.line = sp.line;
    x.col = sp.col;
    s->check(s->ctx, &x);
}

void nb_rows_walk(const nb_report *r, const nb_rows_sink *s)
{
    if (s->cell) walk_cells(r, s);
    if (s->statistic) walk_statistics(r, s);
    if (s->section) {
        nb_out *text = nb_out_new();
        int ord = 0;
        walk_sections(nb_report_sections(r), 0, &ord, text, s);
        nb_out_free(text);
    }
    if (s->check)
        for (const nb_check *c = nb_report_checks(r); c; c = nb_check_next(c)) check_row(c, s);
    if (s->diag)
        for (const nb_diag *d = nb_report_diagnostics(r); d; d = nb_diag_next(d)) {
            nb_span sp = {0, 0, 0};
            nb_rows_diag x = {.severity = nb_diag_severity(d), .code = nb_diag_code(d), .message = nb_diag_message(d)};
            x.has_span = nb_diag_span(d, &sp);
            x.line = sp.line;
            x.col = sp.col;
            s->diag(s->ctx, &x);
        }
}

/* ---- back from rows: R7 ------------------------------------------------------------------------ */

nb_report *nb_rows_rebuild(const nb_rows_report *m)
{
    return nb_report_from_cells(m->edition, m->path, m->agency, m->year);
}

int nb_rows_rebuild_cell(nb_report *r, const nb_rows_cell *c)
{
    return nb_report_add_cell(r, c->key, c->row, (nb_str){c->raw.p, c->raw.n},
                              (nb_span){c->line, c->col, c->byte}, c->has_value, c->value, c->recovered);
}

void nb_rows_cross(nb_report *cur, const nb_report *prev, const char *why_not, const nb_rows_sink *sink)
{
    nb_report_check_previous(cur, prev, why_not);
    for (const nb_check *c = nb_report_checks(cur); c; c = nb_check_next(c))
        if (!strcmp(nb_check_rule(c), "R7") && sink->check) check_row(c, sink);
}

void nb_rows_free(nb_report *r) { nb_report_free(r); }
