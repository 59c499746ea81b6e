/* report.c — one parse: decode, lex and parse the outline, then the front matter. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "checks.h"
#include "edition.h"
#include "format.h"
#include "front.h"
#include "grow.h"
#include "hant.h"
#include "budget.h"
#include "nianbao.h"
#include "outline.h"
#include "parse.h"
#include "row_label.h"
#include "statistics.h"
#include "tables.h"

const char *nb_version(void) { return NIANBAO_VERSION; }

static void on_decode_diag(void *ctx, const char *severity, const char *code, const char *message,
                           size_t byte_offset)
{
    (void)byte_offset; /* an offset in the undecoded input: the message carries it */
    nb_diag_add(ctx, severity, code, NULL, "%s", message);
}

/* The traditional characters back into s, a copy the parse made of the text (never a static string). */
static void own_copy(const nb_report *r, const char *s)
{
    if (s) nb_hant_restore(&r->text, (char *)s, strlen(s));
}

/* A report read in its simplified reading (read/hant.h): its own traditional characters back in its
 * text, so in every span and raw text, and in the copies the output prints as written: title,
 * agency, meta values, the cells' row labels and the 统计表's labels. Restoring is idempotent (a
 * character that is in the text as itself is never rewritten), so a label shared by two paths is
 * no harm. */
static void own_characters(nb_report *r)
{
    if (!r->text.hant) return;
    own_copy(r, r->title);
    own_copy(r, r->agency);
    for (int list = 0; list < 2; list++)
        for (const nb_meta *m = list ? r->lists : r->meta; m; m = m->next) own_copy(r, m->value);
    if (r->tables) {
        for (const nb_tcell *c = r->tables->cells; c; c = c->next) own_copy(r, c->row);
        for (const nb_statistic *st = r->tables->stats; st; st = st->next) {
            own_copy(r, st->label);
            for (int i = 0; i < st->depth; i++) own_copy(r, st->path[i]);
        }
    }
    nb_hant_restore(&r->text, r->text.data, r->text.len);
    free(r->text.hant); /* restored once: the text is the input's own again */
    r->text.hant = NULL;
}

/* 1, with the report's error set, when it has used up its time or its memory (budget.h). */
static int over_budget(nb_report *r, const nb_limits *lim, const char *where)
{
    char err[256];
    if (nb_limits_late(lim)) nb_limits_time_error(lim, where, err, sizeof err);
    else if (r->arena.held > lim->max_memory) nb_limits_memory_error(lim, r->arena.held, err, sizeof err);
    else return 0;
    r->error = nb_arena_strndup(&r->arena, err, strlen(err));
    own_characters(r);
    return 1;
}

/* Adds the seconds since *t to *phase and restarts *t; nothing without timings. */
static void lap(const nb_options *opt, struct timespec *t, double *phase)
{
    if (!opt || !opt->timings) return;
    struct timespec u;
    clock_gettime(CLOCK_MONOTONIC, &u);
    *phase += (double)(u.tv_sec - t->tv_sec) + (u.tv_nsec - t->tv_nsec) / 1e9;
    *t = u;
}

nb_report *nb_parse(const void *data, size_t len, const nb_options *opt)
{
    nb_timings ignored, *tm = opt && opt->timings ? opt->timings : &ignored;
    struct timespec t = {0};
    if (opt && opt->timings) clock_gettime(CLOCK_MONOTONIC, &t);
    nb_report *r = nb_report_new();
    r->bytes = len;
    if (opt && opt->path) r->path = nb_arena_strndup(&r->arena, opt->path, strlen(opt->path));
    char err[256] = "";
    nb_limits lim;
    nb_limits_start(&lim, opt ? opt->max_bytes : 0, opt ? opt->timeout : 0, opt ? opt->max_memory : 0);
    if (len > lim.max_bytes) {
        nb_limits_bytes_error(&lim, len, err, sizeof err);
        r->error = nb_arena_strndup(&r->arena, err, strlen(err));
        return r;
    }
    /* the input as text: decoded, or rendered from an HTML page or a PDF (format.h) */
    int failed = nb_format_decode(data, len, opt ? opt->format : NULL, opt ? opt->path : NULL,
                                  opt ? opt->encoding : NULL, &lim, nb_template_row_label, &r->text, &r->format,
                                  on_decode_diag, r,
                                  err, sizeof err);
    lap(opt, &t, &tm->decode);
    if (failed) {
        r->error = nb_arena_strndup(&r->arena, err, strlen(err));
        return r;
    }
    r->encoding = r->text.encoding;
    if (r->text.len == 0) {
        r->error = "empty file";
        return r;
    }
    if (over_budget(r, &lim, "in decoding")) return r;
    nb_parse_ctx c;
    nb_stream_init(&c, r, nb_statistics_heads);
    c.row_label = nb_template_row_label;
    c.spanning = nb_template_spanning_piece;
    c.label_piece = nb_template_label_piece;
    nbo_parse(&c);
    nb_stream_free(&c);
    nb_front_matter(r);
    lap(opt, &t, &tm->outline);
    if (over_budget(r, &lim, "in the outline")) return r;
    nb_read_tables(r);
    lap(opt, &t, &tm->tables);
    if (over_budget(r, &lim, "in the tables")) return r;
    nb_checks_run(r);
    own_characters(r);
    lap(opt, &t, &tm->checks);
    return r;
}

const char *nb_report_error(const nb_report *r) { return r->error; }

void nb_report_free(nb_report *r)
{
    if (!r) return;
    nb_text_free(&r->text);
    nb_arena_free(&r->arena);
    free(r);
}
