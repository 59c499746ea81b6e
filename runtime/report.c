/* report.c — one parse: decode, lex and parse the outline, then the front matter. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks.h"
#include "edition.h"
#include "format.h"
#include "front.h"
#include "grow.h"
#include "json.h"
#include "nianbao.h"
#include "outline.h"
#include "parse.h"

const char *nb_version(void) { return NIANBAO_VERSION; }

static void on_decode_diag(void *ctx, const char *severity, const char *code, const char *message,
                           size_t byte_offset)
{
    (void)byte_offset; /* an offset in the undecoded input: the message carries it */
    nb_diag_add(ctx, severity, code, NULL, "%s", message);
}

nb_report *nb_parse(const void *data, size_t len, const nb_options *opt)
{
    nb_report *r = calloc(1, sizeof *r);
    if (!r) nb_oom();
    nb_arena_init(&r->arena);
    r->diags_tail = &r->diags;
    r->meta_tail = &r->meta;
    r->lists_tail = &r->lists;
    r->format = "text";
    r->bytes = len;
    if (opt && opt->path) r->path = nb_arena_strndup(&r->arena, opt->path, strlen(opt->path));
    char err[256] = "";
    /* the input as text: decoded, or rendered from an HTML page or a PDF (format.h) */
    if (nb_format_decode(data, len, opt ? opt->format : NULL, opt ? opt->path : NULL, opt ? opt->encoding : NULL,
                         &r->text, &r->format, on_decode_diag, r, err, sizeof err) != 0) {
        r->error = nb_arena_strndup(&r->arena, err, strlen(err));
        return r;
    }
    r->encoding = r->text.encoding;
    if (r->text.len == 0) {
        r->error = "empty file";
        return r;
    }
    nb_parse_ctx c;
    nb_stream_init(&c, r);
    nbo_parse(&c);
    nb_stream_free(&c);
    nb_front_matter(r);
    nb_read_tables(r);
    nb_checks_run(r);
    return r;
}

const char *nb_report_error(const nb_report *r) { return r->error; }

void nb_report_json(const nb_report *r, nb_buf *out) { nb_json_report(out, r); }

void nb_report_free(nb_report *r)
{
    if (!r) return;
    nb_text_free(&r->text);
    nb_arena_free(&r->arena);
    free(r);
}
