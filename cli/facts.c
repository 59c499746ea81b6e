/* facts.c — `nianbao facts`: every number of every report's tables, one row per cell, in long form
 * (file, agency, year, edition, table, key, row and column as written, value, raw text, line, unit),
 * for a spreadsheet or a database. CSV is RFC 4180: UTF-8, a header row, CRLF line ends, a field
 * quoted when it holds a comma, a quote or a line break. Reports are read one at a time: memory is
 * one report's, whatever the batch. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "nianbao.h"
#include "budget_options.h"
#include "output.h"

static const char facts_usage[] =
    "usage: nianbao facts [options] REPORT|DIR ...\n"
    "\n"
    "Writes every table cell of the reports, one row each: file, agency, year, edition, table,\n"
    "key, row (the label as written), column (the template's column label), value (empty when blank),\n"
    "raw (the cell as written), line, unit. The legacy 统计表's rows are there too, their key\n"
    "being the statistic's path (statistics/一、主动公开情况/（一）…).\n"
    "\n"
    "options:\n"
    "  --format FORMAT   csv (default; RFC 4180, UTF-8, with a header row) or jsonl\n"
    "  --encoding NAME   read the inputs in this encoding (default: detect)\n"
    "\n"
    "exit status: 0 all inputs read, 1 some input unusable (reported on stderr; one over a limit\n"
    "below too) or the output could not be written, 2 usage error.\n";

static const char *const fields[] = {"file", "agency", "year", "edition", "table", "key", "row",
                                     "column", "value", "raw", "line", "unit"};
enum { NFIELDS = sizeof fields / sizeof fields[0] };

/* One row: the strings of its fields (NULL: empty / null). */
typedef struct fact {
    const char *v[NFIELDS];
    size_t raw_n; /* raw is not NUL-terminated */
} fact;

static void csv_field(nb_out *b, const char *s, size_t n)
{
    int quote = 0;
    for (size_t i = 0; i < n && !quote; i++) quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    if (!quote) {
        nb_out_append(b, s, n);
        return;
    }
    nb_out_append(b, "\"", 1);
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"') nb_out_append(b, "\"", 1);
        nb_out_append(b, s + i, 1);
    }
    nb_out_append(b, "\"", 1);
}

static void put_fact(nb_out *b, const fact *f, int jsonl)
{
    for (int i = 0; i < NFIELDS; i++) {
        const char *s = f->v[i];
        size_t n = i == 9 ? f->raw_n : s ? strlen(s) : 0;
        if (jsonl) {
            nb_out_printf(b, "%s\"%s\":", i ? "," : "{", fields[i]);
            /* numbers stay numbers in JSON: year, value, line */
            if ((i == 2 || i == 8 || i == 10) && s) nb_out_append(b, s, n);
            else nb_out_json_string(b, s, n);
        } else {
            if (i) nb_out_append(b, ",", 1);
            if (s) csv_field(b, s, n);
        }
    }
    nb_out_printf(b, jsonl ? "}\n" : "\r\n");
}

static const char *fmt_num(char *tmp, size_t n, double v)
{
    snprintf(tmp, n, "%.15g", v);
    return tmp;
}

static void report_facts(nb_out *b, const char *path, const nb_report *r, int jsonl)
{
    char year[16], value[40], line[16], table[64];
    double v;
    snprintf(year, sizeof year, "%d", nb_report_year(r));
    fact f = {{path, nb_report_agency(r), nb_report_year(r) ? year : NULL, nb_report_edition(r)}, 0};
    for (const nb_tcell *c = nb_report_cells(r); c; c = nb_tcell_next(c)) {
        const char *key = nb_tcell_key(c), *dot = strchr(key, '.');
        size_t tn = dot ? (size_t)(dot - key) : strlen(key);
        snprintf(table, sizeof table, "%.*s", (int)tn, key);
        nb_str raw = nb_tcell_raw(c);
        f.v[4] = table;
        f.v[5] = key;
        f.v[6] = nb_tcell_row(c);
        f.v[7] = nb_tcell_column(c);
        f.v[8] = nb_tcell_value(c, &v) ? fmt_num(value, sizeof value, v) : NULL;
        f.v[9] = raw.p ? raw.p : "";
        f.raw_n = raw.n;
        snprintf(line, sizeof line, "%u", nb_tcell_span(c).line);
        f.v[10] = line;
        f.v[11] = nb_tcell_unit(c);
        put_fact(b, &f, jsonl);
    }
    nb_out *key = nb_out_new();
    for (const nb_statistic *s = nb_report_statistics(r); s; s = nb_statistic_next(s)) {
        nb_statistic_key(s, key);
        nb_str raw = nb_statistic_raw(s);
        f.v[4] = "statistics";
        f.v[5] = nb_out_data(key);
        f.v[6] = nb_statistic_label(s);
        f.v[7] = "统计数";
        f.v[8] = nb_statistic_value(s, &v) ? fmt_num(value, sizeof value, v) : NULL;
        f.v[9] = raw.p ? raw.p : "";
        f.raw_n = raw.n;
        snprintf(line, sizeof line, "%u", nb_statistic_span(s).line);
        f.v[10] = line;
        f.v[11] = nb_statistic_unit(s);
        put_fact(b, &f, jsonl);
        if (nb_statistic_cumulative(s, &v)) { /* 历年累计: a cell of its own; its text is not kept, only its value */
            f.v[7] = "历年累计";
            f.v[8] = fmt_num(value, sizeof value, v);
            f.v[9] = "";
            f.raw_n = 0;
            put_fact(b, &f, jsonl);
        }
    }
    nb_out_free(key);
}

int nb_cmd_facts(int argc, char **argv)
{
    int jsonl = 0, lim;
    nb_options popt = {0}; /* the encoding and the budget */
    nb_paths paths = {0};
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if ((!strcmp(a, "--format") && i + 1 < argc) || !strncmp(a, "--format=", 9)) {
            const char *f = a[8] == '=' ? a + 9 : argv[++i];
            if (!strcmp(f, "jsonl") || !strcmp(f, "json")) jsonl = 1;
            else if (!strcmp(f, "csv")) jsonl = 0;
            else {
                fprintf(stderr, "nianbao: facts --format is csv or jsonl, not '%s'\n%s", f, facts_usage);
                nb_paths_free(&paths);
                return 2;
            }
        } else if (!strcmp(a, "--encoding") && i + 1 < argc) popt.encoding = argv[++i];
        else if (!strncmp(a, "--encoding=", 11)) popt.encoding = a + 11;
        else if ((lim = nb_limit_option(argc, argv, &i, &popt)) != 0) {
            if (lim < 0) {
                nb_paths_free(&paths);
                return 2;
            }
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(facts_usage, stdout);
            fputs(nb_limits_usage, stdout);
            nb_paths_free(&paths);
            return 0;
        } else if (!strcmp(a, "--")) {
            for (i++; i < argc; i++) nb_paths_expand(&paths, argv[i]);
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "nianbao: facts: unknown option %s\n%s", a, facts_usage);
            nb_paths_free(&paths);
            return 2;
        } else nb_paths_expand(&paths, a);
    }
    if (!paths.n) {
        fprintf(stderr, "nianbao: facts needs a report\n%s", facts_usage);
        nb_paths_free(&paths);
        return 2;
    }
    nb_out *b = nb_out_new();
    if (!jsonl) {
        fact head = {{0}, 0};
        for (int i = 0; i < NFIELDS; i++) head.v[i] = fields[i];
        head.raw_n = strlen(fields[9]);
        put_fact(b, &head, 0);
    }
    int unusable = 0, werr = 0;
    for (size_t k = 0; k < paths.n && !werr; k++) {
        char *data = NULL;
        size_t len = 0;
        int e = nb_read_all(paths.v[k], &data, &len, nb_limit_read_max(&popt));
        if (e) {
            fprintf(stderr, "nianbao: %s: %s\n", paths.v[k], strerror(e));
            unusable = 1;
            continue;
        }
        nb_options opt = popt;
        opt.path = paths.v[k];
        nb_report *r = nb_parse(data, len, &opt);
        free(data);
        if (nb_report_error(r)) {
            fprintf(stderr, "nianbao: %s: %s\n", paths.v[k], nb_report_error(r));
            unusable = 1;
        } else {
            report_facts(b, paths.v[k], r, jsonl);
        }
        nb_report_free(r);
        werr = cli_write(nb_out_data(b), nb_out_len(b));
        nb_out_clear(b);
    }
    if (!werr) werr = cli_write(nb_out_data(b), nb_out_len(b));
    nb_out_free(b);
    nb_paths_free(&paths);
    if (werr) return cli_write_failed(werr);
    return unusable ? 1 : 0;
}
