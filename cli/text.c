/* text.c — `nianbao text`: the text nianbao read a report as, the one every span and diagnostic's
 * line and column point into. For a plain-text report it is the input decoded; for a page, a PDF
 * or a Word file it is what the reader made of it (a table row a line, its cells after TABs, rows
 * rebuilt from aligned columns), which the user cannot see otherwise when a diagnostic says
 * "line 57, column 3" of a PDF. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "budget_options.h"
#include "commands.h"
#include "nianbao.h"
#include "output.h"

static const char text_usage[] =
    "usage: nianbao text [options] REPORT\n"
    "\n"
    "Writes the text nianbao read REPORT as: the text that the line and column of every span\n"
    "and diagnostic of `nianbao parse` point into (for a web page, a PDF or a Word file, what\n"
    "its reader made of it: a table row a line, its cells after TABs).\n"
    "\n"
    "options:\n"
    "  --format FMT      read REPORT as text, html, pdf, docx or doc (default: detect)\n"
    "  --encoding NAME   read it in this encoding (default: detect)\n"
    "\n"
    "exit status: 0 written, 1 the report is unusable (said on stderr) or the output could not be\n"
    "written, 2 usage error.\n";

int nb_cmd_text(int argc, char **argv)
{
    nb_options opt = {0};
    const char *path = NULL;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        int lim;
        if (!strcmp(a, "--format") && i + 1 < argc) opt.format = argv[++i];
        else if (!strncmp(a, "--format=", 9)) opt.format = a + 9;
        else if (!strcmp(a, "--encoding") && i + 1 < argc) opt.encoding = argv[++i];
        else if (!strncmp(a, "--encoding=", 11)) opt.encoding = a + 11;
        else if ((lim = nb_limit_option(argc, argv, &i, &opt)) != 0) {
            if (lim < 0) return 2;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(text_usage, stdout);
            fputs(nb_limits_usage, stdout);
            return 0;
        } else if ((a[0] == '-' && a[1]) || path) {
            fprintf(stderr, "nianbao: text: %s %s\n%s", path ? "one report only, not also" : "unknown option", a,
                    text_usage);
            return 2;
        } else path = a;
    }
    if (!path) {
        fprintf(stderr, "nianbao: text needs a report\n%s", text_usage);
        return 2;
    }
    char *data = NULL;
    size_t len = 0;
    int e = nb_read_all(path, &data, &len, nb_limit_read_max(&opt));
    if (e) {
        fprintf(stderr, "nianbao: %s: %s\n", path, strerror(e));
        return 1;
    }
    opt.path = path;
    nb_report *r = nb_parse(data, len, &opt);
    free(data);
    int status = 0;
    if (nb_report_error(r)) {
        fprintf(stderr, "nianbao: %s: %s\n", path, nb_report_error(r));
        status = 1;
    } else {
        nb_str t = nb_report_text(r);
        status = cli_write_failed(cli_write(t.p, t.n));
    }
    nb_report_free(r);
    return status;
}
