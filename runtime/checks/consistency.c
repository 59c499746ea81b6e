/* consistency.c — C1–C3: the statistics period the text states, the publication date and the
 * edition, each against the report's year. */
#include "checks.h"
#include "checks_int.h"

#include <string.h>

void nbc_period_check(nb_report *r, const nb_fact *f)
{
    if (!r->year) return;
    nb_check *c = nbc_add(r, "C1", "year");
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
    nbc_quote(&msg, f->text);
    nbc_settle(r, c, 1, f->year_from == r->year && f->year_to == r->year, &msg);
    nb_buf_free(&msg);
}

void nbc_published_check(nb_report *r)
{
    const char *d = nb_meta_get(r, "published");
    if (!d || !r->year) return;
    int y = 0, k = 0;
    while (k < 4 && d[k] >= '0' && d[k] <= '9') y = y * 10 + (d[k++] - '0');
    if (k < 4) return;
    nb_check *c = nbc_add(r, "C2", "meta.published");
    c->has_expected = c->has_actual = 1;
    c->expected = r->year + 1; /* a year's report can only come out after the year */
    c->actual = y;
    nb_buf msg;
    nb_buf_init(&msg);
    nb_buf_printf(&msg, "the report is for %d, but it was published on %s, before that year ended", r->year, d);
    nbc_settle(r, c, 1, y > r->year, &msg);
    nb_buf_free(&msg);
}

/* The edition code already says when the template is not the year's (an edition-year diagnostic):
 * the check takes its finding and words rather than deciding again. */
void nbc_edition_check(nb_report *r)
{
    if (!r->year || !r->edition || !strcmp(r->edition, "unknown") || !nb_edition_named(r->edition)) return;
    const nb_diag *found = NULL;
    for (const nb_diag *d = r->diags; d && !found; d = d->next)
        if (!strcmp(d->code, "edition-year")) found = d;
    nb_check *c = nbc_add(r, "C3", "edition");
    nb_buf msg;
    nb_buf_init(&msg);
    if (found) nb_buf_puts(&msg, found->message);
    nbc_settle(r, c, 1, !found, &msg);
    nb_buf_free(&msg);
}
