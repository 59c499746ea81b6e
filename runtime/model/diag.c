/* diag.c — the diagnostics list and the meta list of a report. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "model.h"
#include "oneline.h"
#include "strfmt.h"

/* A pathological input can raise a diagnostic per line; past this many the rest are only counted,
 * so output and memory stay proportional to what a person can read. */
enum { NB_MAX_DIAGS = 1000 };

void nb_diag_add(nb_report *r, const char *severity, const char *code, const nb_span *span,
                 const char *fmt, ...)
{
    r->ndiags++;
    if (r->ndiags > NB_MAX_DIAGS) return;
    nb_diag *d = nb_arena_alloc(&r->arena, sizeof *d);
    d->severity = severity;
    d->code = code;
    if (span) {
        d->span = *span;
        d->has_span = 1;
    }
    va_list ap;
    va_start(ap, fmt);
    char tmp[512];
    if (nb_strfmt(tmp, sizeof tmp, fmt, ap) < 0) vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    nb_one_line(tmp);
    d->message = nb_arena_strndup(&r->arena, tmp, strlen(tmp));
    *r->diags_tail = d;
    r->diags_tail = &d->next;
}

static nb_meta *meta_new(nb_report *r, const char *key, const char *value, size_t n)
{
    nb_meta *m = nb_arena_alloc(&r->arena, sizeof *m);
    m->key = key;
    m->value = nb_arena_strndup(&r->arena, value, n);
    return m;
}

/* Repeated keys (attachments) have their own list: nb_meta_set scans only the keys that are set
 * once, a few dozen at most, so a page with thousands of 附件 lines stays linear. */
void nb_meta_add(nb_report *r, const char *key, const char *value, size_t n)
{
    nb_meta *m = meta_new(r, key, value, n);
    *r->lists_tail = m;
    r->lists_tail = &m->next;
}

void nb_meta_set(nb_report *r, const char *key, const char *value, size_t n)
{
    for (nb_meta *m = r->meta; m; m = m->next)
        if (strcmp(m->key, key) == 0) return; /* first one wins: the header comes before the body */
    nb_meta *m = meta_new(r, key, value, n);
    *r->meta_tail = m;
    r->meta_tail = &m->next;
}

const char *nb_meta_get(const nb_report *r, const char *key)
{
    for (const nb_meta *m = r->meta; m; m = m->next)
        if (strcmp(m->key, key) == 0) return m->value;
    return NULL;
}
