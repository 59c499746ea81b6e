/* access.c — the public header's accessors (include/nianbao.h): read-only views of the model that
 * a parse built, so that programs outside the library need none of its internal headers. */
#include <string.h>

#include "budget.h"
#include "checks.h"
#include "edition.h"
#include "model.h"
#include "nianbao.h"
#include "statistics.h"
#include "tables.h"

static int value_of(int has, double value, double *v)
{
    if (has && v) *v = value;
    return has != 0;
}

void nb_too_large_message(size_t max_bytes, size_t n, char *err, size_t errlen)
{
    nb_limits lim;
    nb_limits_start(&lim, max_bytes, 0, 0);
    nb_limits_bytes_error(&lim, n, err, errlen);
}

/* ---- the report ---- */
const char *nb_report_path(const nb_report *r) { return r->path; }
size_t nb_report_bytes(const nb_report *r) { return r->bytes; }
const char *nb_report_encoding(const nb_report *r) { return r->encoding; }
const char *nb_report_format(const nb_report *r) { return r->format; }
nb_str nb_report_text(const nb_report *r) { return (nb_str){r->text.data, r->text.len}; }
const char *nb_report_edition(const nb_report *r) { return r->edition ? r->edition : "unknown"; }
const char *nb_report_title(const nb_report *r) { return r->title; }
const char *nb_report_agency(const nb_report *r) { return r->agency; }
int nb_report_year(const nb_report *r) { return r->year; }
const char *nb_report_meta(const nb_report *r, const char *key) { return nb_meta_get(r, key); }

/* ---- sections and paragraphs ---- */
const nb_section *nb_report_sections(const nb_report *r) { return r->sections; }
const nb_section *nb_section_next(const nb_section *s) { return s->next; }
const nb_section *nb_section_children(const nb_section *s) { return s->children; }
int nb_section_level(const nb_section *s) { return s->level; }
nb_str nb_section_number(const nb_section *s) { return s->number; }
nb_str nb_section_title(const nb_section *s) { return s->title; }
nb_span nb_section_span(const nb_section *s) { return s->span; }
const nb_para *nb_section_paras(const nb_section *s) { return s->paras; }
const nb_para *nb_report_preamble(const nb_report *r) { return r->preamble; }
const nb_para *nb_para_next(const nb_para *p) { return p->next; }
nb_str nb_para_text(const nb_para *p) { return p->text; }
nb_span nb_para_span(const nb_para *p) { return p->span; }

/* ---- cells ---- */
const nb_tcell *nb_report_cells(const nb_report *r) { return r->tables ? r->tables->cells : NULL; }
const nb_tcell *nb_tcell_next(const nb_tcell *c) { return c->next; }
const char *nb_tcell_key(const nb_tcell *c) { return c->key; }
const char *nb_tcell_row(const nb_tcell *c) { return c->row; }
const char *nb_tcell_column(const nb_tcell *c) { return c->column; }
nb_str nb_tcell_raw(const nb_tcell *c) { return c->raw; }
int nb_tcell_value(const nb_tcell *c, double *v) { return value_of(c->has_value, c->value, v); }
int nb_tcell_recovered(const nb_tcell *c) { return c->recovered; }
nb_span nb_tcell_span(const nb_tcell *c) { return c->span; }
const char *nb_tcell_unit(const nb_tcell *c) { return c->unit; }

int nb_report_value(const nb_report *r, const char *key, double *v)
{
    if (!r->tables) return -1;
    for (const nb_tcell *c = r->tables->cells; c; c = c->next)
        if (!strcmp(c->key, key)) return nb_tcell_value(c, v);
    int col;
    return nb_edition_cell(&r->tables->keys, key, &col) >= 0 ? 0 : -1; /* the edition has it, blank */
}

/* ---- statistics ---- */
const nb_statistic *nb_report_statistics(const nb_report *r) { return r->tables ? r->tables->stats : NULL; }
const nb_statistic *nb_statistic_next(const nb_statistic *s) { return s->next; }
const char *nb_statistic_label(const nb_statistic *s) { return s->label; }
int nb_statistic_depth(const nb_statistic *s) { return s->depth; }
const char *nb_statistic_path(const nb_statistic *s, int i) { return i >= 0 && i < s->depth ? s->path[i] : NULL; }
const char *nb_statistic_unit(const nb_statistic *s) { return s->unit; }
nb_str nb_statistic_raw(const nb_statistic *s) { return s->raw; }
int nb_statistic_value(const nb_statistic *s, double *v) { return value_of(s->has_value, s->value, v); }
int nb_statistic_cumulative(const nb_statistic *s, double *v) { return value_of(s->has_cumulative, s->cumulative, v); }
nb_span nb_statistic_span(const nb_statistic *s) { return s->span; }

/* ---- checks ---- */
const nb_check *nb_report_checks(const nb_report *r) { return r->checks ? r->checks->head : NULL; }
const nb_check *nb_check_next(const nb_check *c) { return c->next; }
size_t nb_report_checks_failed(const nb_report *r) { return r->checks ? r->checks->failed : 0; }
size_t nb_report_checks_unassessed(const nb_report *r) { return r->checks ? r->checks->unassessed : 0; }
const char *nb_check_rule(const nb_check *c) { return c->rule; }
const char *nb_check_where(const nb_check *c) { return c->where; }
int nb_check_assessed(const nb_check *c) { return c->assessed; }
int nb_check_ok(const nb_check *c) { return c->ok; }
int nb_check_expected(const nb_check *c, double *v) { return value_of(c->has_expected, c->expected, v); }
int nb_check_actual(const nb_check *c, double *v) { return value_of(c->has_actual, c->actual, v); }
const char *nb_check_message(const nb_check *c) { return c->message; }
int nb_check_span(const nb_check *c, nb_span *s)
{
    if (c->has_span && s) *s = c->span;
    return c->has_span;
}
const char *nb_check_span_source(const nb_check *c) { return c->span_source; }
size_t nb_check_ncells(const nb_check *c) { return c->ncells; }
const char *nb_check_cell_key(const nb_check *c, size_t i) { return i < c->ncells ? c->cells[i].key : NULL; }
int nb_check_cell_value(const nb_check *c, size_t i, double *v)
{
    return i < c->ncells && value_of(c->cells[i].has_value, c->cells[i].value, v);
}
const char *nb_check_cell_source(const nb_check *c, size_t i) { return i < c->ncells ? c->cells[i].source : NULL; }
void nb_report_check_previous(nb_report *r, const nb_report *prev, const char *why_not)
{
    nb_checks_cross(r, prev, why_not);
}

/* ---- diagnostics ---- */
const nb_diag *nb_report_diagnostics(const nb_report *r) { return r->diags; }
const nb_diag *nb_diag_next(const nb_diag *d) { return d->next; }
const char *nb_diag_severity(const nb_diag *d) { return d->severity; }
const char *nb_diag_code(const nb_diag *d) { return d->code; }
const char *nb_diag_message(const nb_diag *d) { return d->message; }
int nb_diag_span(const nb_diag *d, nb_span *s)
{
    if (d->has_span && s) *s = d->span;
    return d->has_span;
}
