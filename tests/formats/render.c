/* render.c — test helper: what the input readers make of a file.
 *
 *     nb_render [--format text|html|pdf] [--encoding NAME] [--json] FILE
 *
 * Without --json: the text the lexer would read (nb_format_decode), on stdout; diagnostics on
 * stderr. With --json: the report nb_parse makes with those options (nb_options.format is not yet
 * reachable from the nianbao command). Exit 0, or 1 when the input is unusable (the reason on
 * stderr), 2 on a usage error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "json.h"
#include "nianbao.h"
#include "row_label.h"

static void on_diag(void *ctx, const char *sev, const char *code, const char *msg, size_t off)
{
    (void)ctx;
    (void)off;
    fprintf(stderr, "%s %s: %s\n", sev, code, msg);
}

int main(int argc, char **argv)
{
    const char *format = NULL, *encoding = NULL, *path = NULL;
    int json = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--format") && i + 1 < argc) format = argv[++i];
        else if (!strcmp(argv[i], "--encoding") && i + 1 < argc) encoding = argv[++i];
        else if (!strcmp(argv[i], "--json")) json = 1;
        else if (!path) path = argv[i];
        else path = NULL, i = argc;
    }
    if (!path) {
        fputs("usage: nb_render [--format text|html|pdf] [--encoding NAME] [--json] FILE\n", stderr);
        return 2;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 1;
    }
    size_t cap = 1 << 16, n = 0, k;
    unsigned char *data = malloc(cap);
    while (data && (k = fread(data + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) data = realloc(data, cap *= 2);
    }
    fclose(f);
    if (!data) return 1;
    int rc = 0;
    if (json) {
        nb_options opt = {.path = path, .encoding = encoding, .format = format};
        nb_report *r = nb_parse(data, n, &opt);
        nb_buf out;
        nb_buf_init(&out);
        nb_json_report(&out, r);
        if (out.len) fwrite(out.data, 1, out.len, stdout);
        putchar('\n');
        if (nb_report_error(r)) {
            fprintf(stderr, "nb_render: %s: %s\n", path, nb_report_error(r));
            rc = 1;
        }
        nb_buf_free(&out);
        nb_report_free(r);
    } else {
        nb_text t;
        const char *used = NULL;
        char err[256];
        if (nb_format_decode(data, n, format, path, encoding, NULL, nb_template_row_label, &t, &used, on_diag, NULL, err,
                             sizeof err) != 0) {
            fprintf(stderr, "nb_render: %s (%s): %s\n", path, used, err);
            rc = 1;
        } else {
            fwrite(t.data, 1, t.len, stdout);
            fprintf(stderr, "format %s, encoding %s\n", used, t.encoding ? t.encoding : "?");
            nb_text_free(&t);
        }
    }
    free(data);
    return rc;
}
