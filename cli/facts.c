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

#include "checks.h"
#include "commands.h"
#include "json.h"
#include "nianbao.h"
#include "output.h"
#include "budget_options.h"
#include "statistics.h"
#include "tables.h"

static const char facts_usage[] =
    "usage: nianbao facts [options] REPORT|DIR ...\n"
    "\n"
    "Writes every table cell of the reports, one row each: file, agency, year, edition, table,\n"
    "key, row (the label as written), column (the label as written), value (empty when blank),\n"
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

static void csv_field(nb_buf *b, const char *s, size_t n)
{
    int quote = 0;
    for (size_t i = 0; i < n && !quote; i++) quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    if (!quote) {
        nb_buf_put(b, s, n);
        return;
    }
    nb_buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"') nb_buf_putc(b, '"');
        nb_buf_putc(b, s[i]);
    }
    nb_buf_putc(b, '"');
}

static void put_fact(nb_buf *b, const fact *f, int jsonl)
{
    for (int i = 0; i < NFIELDS; i++) {
        const char *s = f->v[i];
        size_t n = i == 9 ? f->raw_n : s ? strlen(s) : 0;
        if (jsonl) {
            nb_buf_puts(b, i ? ",\"" : "{\"");
            nb_buf_puts(b, fields[i]);
            nb_buf_puts(b, "\":");
            /* numbers stay numbers in JSON: year, value, line */
            if ((i == 2 || i == 8 || i == 10) && s) nb_buf_puts(b, s);
            else if (s) nb_json_str(b, s, n);
            else nb_buf_puts(b, "null");
        } else {
            if (i) nb_buf_putc(b, ',');
            if (s) csv_field(b, s, n);
        }
    }
    nb_buf_puts(b, jsonl ? "}\n" : "\r\n");
}

static const char *fmt_num(char *tmp, size_t n, double v)
{
    snprintf(tmp, n, "%.15g", v);
    return tmp;
}

static void report_facts(nb_buf *b, const char *path, const nb_report *r, int jsonl)
{
    const nb_tables *t = r->tables;
    if (!t || !t->ed) return;
    char year[16], value[40], line[16], table[64];
    snprintf(year, sizeof year, "%d", r->year);
    fact f = {{path, r->agency, r->year ? year : NULL, r->edition}, 0};
    for (const nb_tcell *c = t->cells; c; c = c->next) {
        const char *dot = strchr(c->key, '.');
        size_t tn = dot ? (size_t)(dot - c->key) : strlen(c->key);
        snprintf(table, sizeof table, "%.*s", (int)tn, c->key);
        /* the unit of the cell's column, where the template names one (万元) */
        const char *unit = NULL;
        for (const nb_rowdef *const *set = t->ed->rowsets; *set && !unit; set++)
            for (const nb_rowdef *d = *set; d->key && !unit; d++)
                if (d->unit && !strncmp(c->key, d->key, strlen(d->key)) && c->key[strlen(d->key)] == '.')
                    unit = d->unit;
        f.v[4] = table;
        f.v[5] = c->key;
        f.v[6] = c->row;
        f.v[7] = c->column;
        f.v[8] = c->has_value ? fmt_num(value, sizeof value, c->value) : NULL;
        f.v[9] = c->raw.p ? c->raw.p : "";
        f.raw_n = c->raw.n;
        snprintf(line, sizeof line, "%u", c->span.line);
        f.v[10] = line;
        f.v[11] = unit;
        put_fact(b, &f, jsonl);
    }
    for (const nb_statistic *s = t->stats; s; s = s->next) {
        nb_buf key;
        nb_buf_init(&key);
        nb_buf_puts(&key, "statistics");
        for (int i = 0; i < s->depth; i++) nb_buf_printf(&key, "/%s", s->path[i]);
        f.v[4] = "statistics";
        f.v[5] = key.data;
        f.v[6] = s->label;
        f.v[7] = "统计数";
        f.v[8] = s->has_value ? fmt_num(value, sizeof value, s->value) : NULL;
        f.v[9] = s->raw.p ? s->raw.p : "";
        f.raw_n = s->raw.n;
        snprintf(line, sizeof line, "%u", s->span.line);
        f.v[10] = line;
        f.v[11] = s->unit;
        put_fact(b, &f, jsonl);
        if (s->has_cumulative) { /* 历年累计: a cell of its own; its text is not kept, only its value */
            f.v[7] = "历年累计";
            f.v[8] = fmt_num(value, sizeof value, s->cumulative);
            f.v[9] = "";
            f.raw_n = 0;
            put_fact(b, &f, jsonl);
        }
        nb_buf_free(&key);
    }
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
    nb_buf b;
    nb_buf_init(&b);
    if (!jsonl) {
        fact head = {{0}, 0};
        for (int i = 0; i < NFIELDS; i++) head.v[i] = fields[i];
        head.raw_n = strlen(fields[9]);
        put_fact(&b, &head, 0);
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
            report_facts(&b, paths.v[k], r, jsonl);
        }
        nb_report_free(r);
        werr = nb_out_write(b.data, b.len);
        b.len = 0;
    }
    if (!werr) werr = nb_out_write(b.data, b.len);
    nb_buf_free(&b);
    nb_paths_free(&paths);
    if (werr) return nb_out_failed(werr);
    return unusable ? 1 : 0;
}
