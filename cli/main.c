/* main.c — the nianbao command: thin over the library.
 *
 * `parse` is a pipeline (pool.h): a source hands out jobs (files, or JSON Lines records read from
 * stdin) in input order, N workers convert them, and the results are written in that same order.
 * The library shares nothing between parses, so workers need no locking of their own. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "commands.h"
#include "jsonl.h"
#include "mem.h"
#include "nianbao.h"
#include "budget_options.h"
#include "lines.h"
#include "output.h"
#include "pool.h"
#include "progress.h"

static const char usage[] =
    "usage: nianbao parse [options] FILE|DIR|- ...\n"
    "       nianbao parse [options] --stdin-jsonl\n"
    "       nianbao check [options] REPORT...   (nianbao check --help)\n"
    "       nianbao facts [options] REPORT...   (nianbao facts --help)\n"
    "       nianbao load [options] DB FILE|DIR...  (nianbao load --help)\n"
    "       nianbao text [options] REPORT       the text spans point into (nianbao text --help)\n"
    "       nianbao --help | --version\n"
    "\n"
    "Converts government information-disclosure annual reports (政府信息公开工作年度报告)\n"
    "to JSON: one object per report, one per line (JSON Lines) in input order.\n"
    "A directory stands for the files under it, in name order; - reads standard input.\n"
    "\n"
    "options:\n"
    "  --encoding NAME   read the input in this encoding (utf-8, gb18030, …); default: detect\n"
    "  --format FMT      read the input as text, html, pdf, docx or doc; default: detect\n"
    "  --pretty          indent the JSON (for reading; not JSON Lines)\n"
    "  -j, --jobs N      convert in N threads (default: the number of cores); the output\n"
    "                    is the same, in input order, whatever N is\n"
    "  --stdin-jsonl     a filter for GNU parallel, Hadoop Streaming, Spark's RDD.pipe():\n"
    "                    read records {\"id\": …, \"text\": \"…\"} as JSON Lines on standard\n"
    "                    input and write one object per record, {\"id\": …, \"nianbao\": 1, …},\n"
    "                    in input order; other keys are ignored, blank lines skipped, and a\n"
    "                    line that is not such a record gives {\"id\": …, \"source\": {\"line\": N},\n"
    "                    \"error\": …}\n"
    "  -q, --quiet       no progress line (it is shown on stderr only when stderr is a\n"
    "                    terminal and stdout is not)\n"
    "  --timings         at the end, the seconds spent in each step (reading the files,\n"
    "                    decoding, the outline, the tables, the checks, JSON, writing) on\n"
    "                    stderr, summed over the threads\n"
    "  -h, --help        this text\n"
    "  --version         the version of nianbao and of its JSON schema\n"
    "\n"
    "exit status: 0 all inputs converted, 1 some input unreadable or unusable (reported on\n"
    "stderr and as an object with \"error\"), 2 usage error.\n";

#define KEEP_BUF ((size_t)1 << 20)  /* reusable buffers above this are freed after use */

typedef struct cli {
    const char *encoding, *format;
    int pretty, quiet, jsonl, timings;
    int jobs;
    nb_options budget; /* max_bytes, timeout, max_memory */
} cli;

/* --timings: seconds in each step, per thread, then summed. */
typedef struct steps {
    nb_timings parse;
    double read, json, write;
} steps;

static double now(void) { return nb_progress_now(); }

/* ---- inputs: the command line's files, directories expanded in name order ---------------------- */

typedef struct item {
    char *path;
    char *error; /* the directory could not be listed: known before any work */
} item;

typedef struct items {
    item *v;
    size_t n, cap;
} items;

static void items_add(items *l, char *path, char *error)
{
    l->v = cli_room(l->v, &l->cap, l->n, sizeof *l->v);
    l->v[l->n++] = (item){path, error};
}

/* The whole list is made first (paths only: small), so that the total for the progress line is
 * known and workers never touch the file system's directory order. */
static void add_item(void *ctx, const char *path, const char *error)
{
    items_add(ctx, cli_strdup(path), error ? cli_strdup(error) : NULL);
}

/* ---- the source: the next job in input order ----------------------------------------------------- */

typedef struct job {
    const item *it; /* files */
    char *line;     /* --stdin-jsonl: the record, malloc'd */
    size_t len, lineno;
    size_t too_long; /* the line's length, when over --max-bytes (then line holds only its start) */
} job;

typedef struct source {
    int jsonl;
    const items *items;
    size_t next;
    nb_lines lines;  /* --stdin-jsonl: standard input */
    size_t max_line; /* --max-bytes */
    size_t lineno;
} source;

static int is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') return 0;
    return 1;
}

/* 1 and a job, or 0 at the end. Called by one thread at a time. */
static int source_next(source *s, job *j)
{
    memset(j, 0, sizeof *j);
    if (!s->jsonl) {
        if (s->next >= s->items->n) return 0;
        j->it = &s->items->v[s->next++];
        return 1;
    }
    for (;;) {
        char *line;
        size_t kept;
        /* the newline ends the record, is not in it; a line over the limit is counted, not kept */
        ssize_t n = nb_lines_next(&s->lines, &line, &kept, s->max_line);
        if (n < 0) return 0;
        s->lineno++;
        /* a blank line is no record (a trailing newline too many); skipping it keeps the others */
        if (is_blank(line, kept)) {
            free(line);
            continue;
        }
        j->line = line;
        j->len = kept;
        if ((size_t)n > s->max_line) j->too_long = (size_t)n;
        j->lineno = s->lineno;
        return 1;
    }
}

/* ---- converting one job ------------------------------------------------------------------------------ */

typedef struct result {
    nb_out *out;     /* for stdout, newline included (made on first use) */
    char *msg;       /* for stderr (without "nianbao: "), or NULL */
    size_t in_bytes; /* for the progress line */
    int failed;
} result;

typedef struct worker {
    const cli *c;
    steps t;
    char *data; /* the file being read, reused */
    size_t cap;
    nb_out *tmp; /* compact JSON before --pretty, reused (made on first use) */
} worker;

static void result_reset(result *r)
{
    if (!r->out) r->out = nb_out_new();
    nb_out_clear(r->out);
    free(r->msg);
    r->msg = NULL;
    r->in_bytes = 0;
    r->failed = 0;
}

static void result_fail(result *r, const char *where, const char *msg)
{
    size_t n = strlen(where) + strlen(msg) + 3;
    r->msg = cli_realloc(r->msg, n);
    snprintf(r->msg, n, "%s: %s", where, msg);
    r->failed = 1;
}

/* A big read buffer goes; a small one stays for the next file. */
static void worker_trim(worker *w)
{
    if (w->cap > KEEP_BUF) {
        free(w->data);
        w->data = NULL;
        w->cap = 0;
    }
}

/* The report as one line (or indented with --pretty). With an id, the id is the first key: the
 * report's own opening brace becomes the comma after it, so nothing is copied twice. */
static void put_report(worker *w, nb_out *out, const nb_report *r, const char *id, size_t id_len)
{
    nb_out *dst = out;
    if (w->c->pretty) {
        if (!w->tmp) w->tmp = nb_out_new();
        dst = w->tmp;
        nb_out_clear(dst);
    }
    if (id) {
        nb_out_append(dst, "{\"id\":", 6);
        nb_out_append(dst, id, id_len);
        nb_out_append(dst, ",", 1);
    }
    double t0 = w->c->timings ? now() : 0;
    nb_report_json(r, dst, id ? NB_JSON_MEMBERS : 0);
    if (w->c->timings) w->t.json += now() - t0;
    if (w->c->pretty) {
        nb_out_pretty(out, nb_out_data(dst), nb_out_len(dst));
        nb_out_release(w->tmp, KEEP_BUF);
    }
    nb_out_append(out, "\n", 1);
}

/* An input that could not be read still gives its line, so outputs stay aligned with inputs. */
static void put_file_error(result *res, const char *path, const char *msg)
{
    nb_out *out = res->out;
    nb_out_printf(out, "{\"nianbao\":1,\"source\":{\"path\":");
    nb_out_json_string(out, path, strlen(path));
    nb_out_printf(out, "},\"error\":");
    nb_out_json_string(out, msg, strlen(msg));
    nb_out_printf(out, "}\n");
    result_fail(res, path, msg);
}

static void convert_file(worker *w, const item *it, result *res)
{
    if (it->error) {
        put_file_error(res, it->path, it->error);
        return;
    }
    size_t len = 0;
    double t0 = w->c->timings ? now() : 0;
    int e = nb_read_into(it->path, &w->data, &w->cap, &len, nb_limit_read_max(&w->c->budget));
    if (w->c->timings) w->t.read += now() - t0;
    res->in_bytes = len;
    if (e) {
        put_file_error(res, it->path, strerror(e));
    } else {
        nb_options opt = w->c->budget;
        opt.path = it->path;
        opt.encoding = w->c->encoding;
        opt.format = w->c->format;
        opt.timings = w->c->timings ? &w->t.parse : NULL;
        nb_report *r = nb_parse(w->data, len, &opt);
        worker_trim(w); /* the report has its own copy: a big input need not wait for the JSON */
        if (nb_report_error(r)) result_fail(res, it->path, nb_report_error(r));
        put_report(w, res->out, r, NULL, 0);
        nb_report_free(r);
    }
    worker_trim(w);
}

/* A record that could not be used still gives its line, with whatever id was read. */
static void put_record_error(result *res, const job *j, const char *id, size_t id_len, const char *where,
                             const char *msg)
{
    nb_out *out = res->out;
    nb_out_printf(out, "{\"id\":");
    if (id) nb_out_append(out, id, id_len);
    else nb_out_printf(out, "null");
    nb_out_printf(out, ",\"nianbao\":1,\"source\":{\"line\":%zu},\"error\":", j->lineno);
    nb_out_json_string(out, msg, strlen(msg));
    nb_out_printf(out, "}\n");
    result_fail(res, where, msg);
}

static void convert_record(worker *w, job *j, result *res)
{
    nb_record rec;
    res->in_bytes = j->too_long ? j->too_long : j->len;
    char where[48], msg[256];
    snprintf(where, sizeof where, "line %zu", j->lineno);
    if (j->too_long) { /* not read: its id may lie past what was kept */
        nb_too_large_message(w->c->budget.max_bytes, j->too_long, msg, sizeof msg);
        put_record_error(res, j, NULL, 0, where, msg);
        return;
    }
    if (nb_record_parse(j->line, j->len, &rec) != 0) {
        if (rec.err_at != (size_t)-1)
            snprintf(msg, sizeof msg, "not a JSON record: %s at byte %zu", rec.err, rec.err_at + 1);
        else
            snprintf(msg, sizeof msg, "not a record: %s", rec.err);
        put_record_error(res, j, rec.id, rec.id_len, where, msg);
        return;
    }
    /* the id alone is kept from the line, so that a huge line is not held through the parse */
    size_t id_len = rec.id ? rec.id_len : 4;
    char *id = memcpy(cli_realloc(NULL, id_len), rec.id ? rec.id : "null", id_len);
    free(j->line);
    j->line = NULL;
    /* no encoding option here: a JSON string is Unicode already, and is UTF-8 once decoded */
    nb_options opt = w->c->budget;
    opt.timings = w->c->timings ? &w->t.parse : NULL;
    nb_report *r = nb_parse(rec.text, rec.text_len, &opt);
    nb_record_free(&rec);
    if (nb_report_error(r)) result_fail(res, where, nb_report_error(r));
    put_report(w, res->out, r, id, id_len);
    nb_report_free(r);
    free(id);
}

static void convert(worker *w, job *j, result *res)
{
    result_reset(res);
    if (j->it) convert_file(w, j->it, res);
    else convert_record(w, j, res);
    free(j->line);
    j->line = NULL;
}

/* ---- the writer: results to stdout in order, messages and progress to stderr ------------------- */

typedef struct writer {
    nb_progress pr;
    int failed;
    int write_errno;
    int timings;
    steps t; /* --timings: the threads' steps, added when they end; write, as it goes */
} writer;

/* 0, or an errno when stdout cannot be written (then the run stops). */
static int deliver(writer *wr, result *res)
{
    if (res->msg) nb_progress_msg(&wr->pr, res->msg);
    double t0 = wr->timings ? now() : 0;
    int e = cli_write(nb_out_data(res->out), nb_out_len(res->out));
    if (wr->timings) wr->t.write += now() - t0;
    nb_out_release(res->out, KEEP_BUF);
    nb_progress_step(&wr->pr, res->in_bytes, res->failed);
    if (res->failed) wr->failed = 1;
    if (e) wr->write_errno = e;
    return e;
}

/* ---- running: the pool's callbacks ------------------------------------------------------------- */

static int next_job(void *src, void *j) { return source_next(src, j); }
static void convert_job(void *w, void *j, void *res) { convert(w, j, res); }
static int deliver_result(void *wr, void *res) { return deliver(wr, res); }
static void result_free(void *res)
{
    result_reset(res);
    nb_out_free(((result *)res)->out);
}

/* The worker's steps go to the writer's total (the threads have ended, or there is one). */
static void worker_free(worker *w, writer *wr)
{
    wr->t.parse.decode += w->t.parse.decode;
    wr->t.parse.outline += w->t.parse.outline;
    wr->t.parse.tables += w->t.parse.tables;
    wr->t.parse.checks += w->t.parse.checks;
    wr->t.read += w->t.read;
    wr->t.json += w->t.json;
    free(w->data);
    nb_out_free(w->tmp);
}

static void run(const cli *c, source *src, writer *wr, int n)
{
    if (n < 1) n = 1;
    worker *ws = cli_realloc(NULL, (size_t)n * sizeof *ws);
    void **wp = cli_realloc(NULL, (size_t)n * sizeof *wp);
    for (int k = 0; k < n; k++) {
        ws[k] = (worker){.c = c};
        wp[k] = &ws[k];
    }
    nb_pool_ops ops = {next_job, convert_job, deliver_result, result_free, sizeof(job), sizeof(result)};
    nb_pool_run(&ops, src, wr, wp, n);
    for (int k = 0; k < n; k++) worker_free(&ws[k], wr);
    free(ws);
    free(wp);
}

/* ---- the command ----------------------------------------------------------------------------------- */

static int parse_jobs(const char *s, int *jobs)
{
    if (nb_pool_jobs(s, jobs) == 0) return 0;
    fputs(usage, stderr);
    return -1;
}

/* One line: the steps' seconds summed over the threads, beside the wall clock. */
static void print_steps(const writer *wr, int threads)
{
    const steps *t = &wr->t;
    fprintf(stderr,
            "nianbao: seconds in each step, summed over %d thread%s: read %.3f, decode %.3f, outline %.3f, "
            "tables %.3f, checks %.3f, json %.3f, write %.3f; wall clock %.3f\n",
            threads, threads == 1 ? "" : "s", t->read, t->parse.decode, t->parse.outline, t->parse.tables,
            t->parse.checks, t->json, t->write, now() - wr->pr.t0);
}

static int cmd_parse(int argc, char **argv)
{
    cli c = {.jobs = 0};
    int first = argc, lim;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--encoding") && i + 1 < argc) {
            c.encoding = argv[++i];
        } else if (!strncmp(a, "--encoding=", 11)) {
            c.encoding = a + 11;
        } else if (!strcmp(a, "--format") && i + 1 < argc) {
            c.format = argv[++i];
        } else if (!strncmp(a, "--format=", 9)) {
            c.format = a + 9;
        } else if (!strcmp(a, "--pretty")) {
            c.pretty = 1;
        } else if (!strcmp(a, "--stdin-jsonl")) {
            c.jsonl = 1;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            c.quiet = 1;
        } else if (!strcmp(a, "--timings")) {
            c.timings = 1;
        } else if ((lim = nb_limit_option(argc, argv, &i, &c.budget)) != 0) {
            if (lim < 0) return 2;
        } else if ((!strcmp(a, "-j") || !strcmp(a, "--jobs")) && i + 1 < argc) {
            if (parse_jobs(argv[++i], &c.jobs) != 0) return 2;
        } else if (!strncmp(a, "--jobs=", 7) || (!strncmp(a, "-j", 2) && a[2])) {
            if (parse_jobs(a + (a[1] == 'j' ? 2 : 7), &c.jobs) != 0) return 2;
        } else if (!strcmp(a, "--")) {
            first = i + 1;
            break;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "nianbao: unknown option %s\n%s", a, usage);
            return 2;
        } else {
            first = i;
            break;
        }
    }
    if (c.jsonl && first < argc) {
        fprintf(stderr, "nianbao: --stdin-jsonl reads standard input only, not %s\n%s", argv[first], usage);
        return 2;
    }
    if (c.jsonl && c.encoding) {
        fprintf(stderr, "nianbao: --encoding does not apply to --stdin-jsonl: JSON text is Unicode\n%s",
                usage);
        return 2;
    }
    if (!c.jsonl && first >= argc) {
        fprintf(stderr, "nianbao: parse needs a file, a directory or -\n%s", usage);
        return 2;
    }
    if (!c.jobs) c.jobs = nb_pool_default_jobs();

    items l = {0};
    source src = {.jsonl = c.jsonl, .items = &l, .lines = {.fd = STDIN_FILENO},
                  .max_line = nb_limit_read_max(&c.budget) - 1};
    if (!c.jsonl)
        for (int i = first; i < argc; i++) nb_paths_walk(argv[i], add_item, &l);
    writer wr = {.pr = {.records = c.jsonl, .total = l.n, .t0 = now()}, .timings = c.timings};
    wr.pr.on = !c.quiet && isatty(STDERR_FILENO) && !isatty(STDOUT_FILENO);

    int n = c.jobs;
    if (!c.jsonl && (size_t)n > l.n) n = (int)l.n; /* no idle threads for a short list */
    run(&c, &src, &wr, n);
    nb_progress_end(&wr.pr);
    if (c.timings) print_steps(&wr, n < 1 ? 1 : n);
    for (size_t i = 0; i < l.n; i++) {
        free(l.v[i].path);
        free(l.v[i].error);
    }
    free(l.v);
    nb_lines_free(&src.lines);
    if (src.lines.err) {
        fprintf(stderr, "nianbao: reading standard input: %s\n", strerror(src.lines.err));
        return 1;
    }
    if (wr.write_errno) return cli_write_failed(wr.write_errno);
    return wr.failed ? 1 : 0;
}

/* Each report's memory is freed when it is written, and the next one wants as much again. glibc
 * gives freed memory back to the kernel early, above all from the heaps of threads, and every page
 * then faults in anew: on 3000 files with -j2, 6800 page faults and a sixth of the run in the kernel.
 * Keeping up to 64 MB, and taking blocks below 1 MB from the heap, costs no peak memory; bigger
 * blocks (a huge report's) stay mapped, where realloc grows them without a copy. */
static void keep_freed_memory(void)
{
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD) && defined(M_MMAP_THRESHOLD)
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

static int dispatch(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        fputs(usage, stdout);
        fputs(nb_limits_usage, stdout);
        return 0;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("nianbao %s (JSON schema %d)\n", nb_version(), NIANBAO_SCHEMA);
        return 0;
    }
    if (!strcmp(argv[1], "parse")) return cmd_parse(argc - 2, argv + 2);
    if (!strcmp(argv[1], "check")) return nb_cmd_check(argc - 2, argv + 2);
    if (!strcmp(argv[1], "facts")) return nb_cmd_facts(argc - 2, argv + 2);
    if (!strcmp(argv[1], "load")) return nb_cmd_load(argc - 2, argv + 2);
    if (!strcmp(argv[1], "text")) return nb_cmd_text(argc - 2, argv + 2);
    fprintf(stderr, "nianbao: unknown command %s\n%s", argv[1], usage);
    return 2;
}

int main(int argc, char **argv)
{
    keep_freed_memory();
    cli_output_init();
    return cli_output_close(dispatch(argc, argv)); /* what printf left buffered, and the close, checked too */
}
