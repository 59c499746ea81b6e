/* out.c — the public output buffer (nb_out, include/nianbao.h) and the writers behind it: the
 * library's growing buffer (buf.h) with the JSON writer (json.h) on it. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "grow.h"
#include "json.h"
#include "nianbao.h"
#include "out.h"
#include "statistics.h"


nb_out *nb_out_new(void)
{
    nb_out *o = malloc(sizeof *o);
    if (!o) nb_oom();
    nb_buf_init(&o->b);
    return o;
}

void nb_out_free(nb_out *o)
{
    if (!o) return;
    nb_buf_free(&o->b);
    free(o);
}

const char *nb_out_data(const nb_out *o) { return o->b.len ? o->b.data : ""; }
size_t nb_out_len(const nb_out *o) { return o->b.len; }
void nb_out_clear(nb_out *o) { nb_buf_clear(&o->b); }
void nb_out_append(nb_out *o, const char *s, size_t n) { nb_buf_put(&o->b, s, n); }

void nb_out_printf(nb_out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    nb_buf_vprintf(&o->b, fmt, ap);
    va_end(ap);
}

void nb_out_json_string(nb_out *o, const char *s, size_t n)
{
    if (s) nb_json_str(&o->b, s, n);
    else nb_buf_puts(&o->b, "null");
}

void nb_out_json_number(nb_out *o, double v) { nb_json_number(&o->b, v); }

void nb_out_pretty(nb_out *o, const char *json, size_t n) { nb_json_pretty(&o->b, json, n); }

void nb_out_release(nb_out *o, size_t keep)
{
    if (o->b.cap > keep) nb_buf_free(&o->b);
    nb_buf_clear(&o->b);
}

/* NB_JSON_MEMBERS: the object is written over the comma the caller ended with, and its opening brace
 * then becomes that comma, so that nothing is copied (a report is tens of kilobytes). Where the
 * caller wrote no comma, the object is appended as it is. */
static size_t members_start(nb_buf *b, int flags)
{
    if (!(flags & NB_JSON_MEMBERS) || !b->len || b->data[b->len - 1] != ',') return (size_t)-1;
    return --b->len;
}

static void members_end(nb_buf *b, size_t at)
{
    if (at != (size_t)-1) b->data[at] = ',';
}

void nb_report_json(const nb_report *r, nb_out *o, int flags)
{
    if (flags & NB_JSON_PRETTY) {
        nb_buf compact;
        nb_buf_init(&compact);
        nb_json_report(&compact, r);
        nb_json_pretty(&o->b, compact.data, compact.len);
        nb_buf_free(&compact);
        return;
    }
    size_t at = members_start(&o->b, flags);
    nb_json_report(&o->b, r);
    members_end(&o->b, at);
}

void nb_check_json(const nb_check *c, nb_out *o, int flags)
{
    size_t at = members_start(&o->b, flags);
    nb_json_check(&o->b, c);
    members_end(&o->b, at);
}

void nb_statistic_key(const nb_statistic *s, nb_out *o)
{
    nb_buf_clear(&o->b);
    nb_buf_puts(&o->b, "statistics");
    for (int i = 0; i < s->depth; i++) nb_buf_printf(&o->b, "/%s", s->path[i]);
}
