/* load.c — `nianbao load DB FILE|DIR…`: reports into one SQLite database (docs/database.md).
 *
 * Read like `parse` (pool.h: N threads, input order; the progress line; the same nb_parse), and
 * written by one thread of its own, since SQLite has one writer (handoff.h): each result is handed
 * to it in order, and it writes them through db.c, a batch of them in a transaction, while the
 * other threads parse. A file the database already holds unchanged (db_known.h) is not parsed. A load killed midway loses its open batch and nothing else; run
 * again, it replaces every file's rows with the same rows, so the database ends as a clean load
 * would leave it. */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <limits.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "abspath.h"
#include "budget_options.h"
#include "commands.h"
#include "db.h"
#include "db_prep.h"
#include "db_known.h"
#include "handoff.h"
#include "mem.h"
#include "nianbao.h"
#include "pool.h"
#include "progress.h"
#include "sha256.h"

static const char load_usage[] =
    "usage: nianbao load [options] DB FILE|DIR ...\n"
    "\n"
    "Reads reports as `nianbao parse` does and writes them into the SQLite database DB, made\n"
    "if it does not exist: tables reports, statistics, sections, checks, diagnostics, and\n"
    "views cells, applications and agencies (docs/database.md). A file loaded again (the same\n"
    "file, by its absolute path) has its rows replaced; if its bytes changed since, it says so.\n"
    "One whose bytes did not change, loaded by this nianbao under the same path, is kept as it is.\n"
    "A directory stands for the files under it, in name order.\n"
    "\n"
    "options:\n"
    "  --encoding NAME   read the inputs in this encoding (utf-8, gb18030, …); default: detect\n"
    "  --format FMT      read the inputs as text, html or pdf; default: detect\n"
    "  -j, --jobs N      parse in N threads (default: the number of cores); one more writes\n"
    "  --replace         parse every file and replace its rows, unchanged ones too\n"
    "  --batch N         reports per transaction (default 500; fewer near the end of the\n"
    "                    input, for a shorter close): a load stopped midway keeps\n"
    "                    every batch it committed\n"
    "  -q, --quiet       no progress line, no summary\n"
    "  --timings         at the end, on stderr: how long the writer waited for parsed reports\n"
    "                    and the parsing for the writer (the side that waits less bounds the\n"
    "                    load), the close (the last checkpoint), and the wall clock\n"
    "  -h, --help        this text\n"
    "\n"
    "exit status: 0 all inputs loaded, 1 some input unreadable or unusable (reported on stderr;\n"
    "an unusable one is a reports row with its error) or the database cannot be written\n"
    "(nothing of the open batch is kept), 2 usage error.\n";

enum { BATCH = 500 };
enum { AHEAD = 16 << 20 }; /* bytes of input parsed ahead of the writer at most (but one file) */

typedef struct opts {
    const char *encoding, *format;
    int quiet, jobs, batch, replace, timings;
} opts;

/* ---- parsing, in the threads -------------------------------------------------------------------- */

typedef struct source {
    const nb_paths *paths;
    size_t next;
} source;

typedef struct job {
    const char *path;
} job;

typedef struct loaded {
    const char *path;
    char abspath[PATH_MAX];
    char sha256[65];
    size_t bytes;
    nb_prep *prep; /* its rows, made in the thread that parsed it (db_prep.h); NULL: the file could
                    * not be read (msg says why), or it was skipped */
    char *msg;
    int skipped; /* the database holds it unchanged (nb_known_has): not parsed */
} loaded;

typedef struct worker {
    const opts *o;
    char *data; /* the file being read, reused */
    size_t cap;
    nb_abspath abs; /* the directory of the files, resolved once */
    const nb_known *known; /* the files to skip; NULL: none */
    nb_prep_sizes sizes;   /* of the rows of the last report it parsed */
} worker;

static int next_job(void *ctx, void *j)
{
    source *s = ctx;
    if (s->next >= s->paths->n) return 0;
    ((job *)j)->path = s->paths->v[s->next++];
    return 1;
}

static void set_msg(loaded *x, const char *msg)
{
    size_t n = strlen(x->path) + strlen(msg) + 3;
    if (!(x->msg = malloc(n))) cli_oom();
    snprintf(x->msg, n, "%s: %s", x->path, msg);
}

static void parse_job(void *ctx, void *j, void *res)
{
    worker *w = ctx;
    loaded *x = res;
    x->path = ((job *)j)->path;
    x->prep = NULL;
    x->msg = NULL;
    x->skipped = 0;
    x->bytes = 0; /* a file that cannot be read weighs nothing in the writer's queue */
    size_t len = 0;
    static const nb_options defaults = {0}; /* the default budget: the size parse refuses, load refuses */
    int e = nb_read_into(x->path, &w->data, &w->cap, &len, nb_limit_read_max(&defaults));
    if (e) {
        set_msg(x, strerror(e));
        return;
    }
    /* the file's identity: loading it again from elsewhere, or by another relative path, is the
     * same file */
    if (nb_abspath_of(&w->abs, x->path, x->abspath) != 0) snprintf(x->abspath, sizeof x->abspath, "%s", x->path);
    nb_sha256_hex(w->data, len, x->sha256);
    x->bytes = len;
    x->skipped = nb_known_has(w->known, x->abspath, x->sha256, x->path);
    if (!x->skipped) {
        nb_options opt = {.path = x->path, .encoding = w->o->encoding, .format = w->o->format};
        nb_report *r = nb_parse(w->data, len, &opt);
        if (nb_report_error(r)) set_msg(x, nb_report_error(r));
        x->prep = nb_prep_of(r, &w->sizes);
        nb_report_free(r); /* here, in the thread that made it: its memory is this thread's to reuse */
    }
    if (w->cap > ((size_t)1 << 20)) { /* a big read buffer goes; a small one stays for the next file */
        free(w->data);
        w->data = NULL;
        w->cap = 0;
    }
}

static void loaded_free(void *res)
{
    loaded *x = res;
    nb_prep_free(x->prep);
    x->prep = NULL;
    free(x->msg);
    x->msg = NULL;
}

/* ---- writing, in input order --------------------------------------------------------------------- */

typedef struct loader {
    const opts *o;
    nb_db *db;             /* NULL until open_new has made it */
    const char *db_path;
    char db_err[600];      /* why open_new could not */
    nb_handoff *writer; /* the thread that writes */
    worker self;        /* for a skipped file that must be parsed after all */
    nb_progress pr;
    size_t in_batch;
    size_t added, same, changed;
    int failed;    /* some input was unusable */
    int db_failed; /* the database could not be written: the run stops */
} loader;

static int commit(loader *L)
{
    if (!L->in_batch) return 0;
    L->in_batch = 0;
    if (nb_db_commit(L->db) == 0) return 0;
    nb_db_rollback(L->db);
    L->db_failed = 1;
    return -1;
}

/* The open batch is to be committed after the report just written: it holds --batch reports, or,
 * near the end of the input, as many as are left to write. Why: the close waits for the last batch
 * to be folded back into the database (a checkpoint: the log synced, its pages written, the
 * database synced); committed halfway through the last stretch, each half is folded back by the
 * checkpoints' thread while the next one is written, and the close waits for a checkpoint of a few
 * reports, not of a whole batch (docs/database.md, "Speed"). */
static int batch_done(const loader *L)
{
    /* the inputs after this one (its step is not counted yet) */
    size_t left = L->pr.total > L->pr.done ? L->pr.total - L->pr.done - 1 : 0;
    return L->in_batch >= (size_t)L->o->batch || L->in_batch > left;
}

/* A file skipped in the threads, unless the database changed meanwhile: 1 skipped, 0 parsed now,
 * -1 the database cannot be read. */
static int skip(loader *L, loaded *x)
{
    nb_db_file f = {x->path, x->abspath, x->sha256, x->bytes};
    int same = nb_db_unchanged(L->db, &f);
    if (same == 0) parse_job(&L->self, &(job){x->path}, x);
    return same;
}

/* In the writer's thread: the result written (it is freed by write_one). */
static int put(loader *L, loaded *x)
{
    if (x->skipped) {
        int same = skip(L, x);
        if (same < 0) {
            L->db_failed = 1;
            return -1;
        }
        if (same) {
            L->same++;
            nb_progress_step(&L->pr, x->bytes, 0);
            return 0;
        }
    }
    if (x->msg) {
        nb_progress_msg(&L->pr, x->msg);
        L->failed = 1;
    }
    if (x->prep) {
        if (!L->in_batch && nb_db_begin(L->db) != 0) {
            L->db_failed = 1;
            return -1;
        }
        L->in_batch++;
        nb_db_file f = {x->path, x->abspath, x->sha256, x->bytes};
        int was;
        if (nb_db_put(L->db, x->prep, &f, &was) != 0) {
            nb_db_rollback(L->db);
            L->in_batch = 0;
            L->db_failed = 1;
            return -1;
        }
        if (was == NB_DB_NEW) L->added++;
        else if (was == NB_DB_SAME) L->same++;
        else {
            L->changed++;
            if (!L->o->quiet) {
                char msg[PATH_MAX + 96];
                snprintf(msg, sizeof msg, "%s: changed since it was loaded (sha256 now %.12s…): its rows are replaced",
                         x->path, x->sha256);
                nb_progress_msg(&L->pr, msg);
            }
        }
        if (batch_done(L) && commit(L) != 0) return -1;
    }
    nb_progress_step(&L->pr, x->bytes, x->msg != NULL);
    return 0;
}

static int write_one(void *ctx, void *res)
{
    int rc = put(ctx, res);
    loaded_free(res);
    return rc;
}

/* The writer's first step when the database does not exist yet: it is made (its schema, the switch
 * to WAL: five syncs, 20 to 40 ms of waiting for the disk) while the threads parse the first
 * reports, instead of before them. 0, or -1 with the reason in L->db_err: nothing is written. */
static int open_new(void *ctx)
{
    loader *L = ctx;
    L->db = nb_db_open(L->db_path, 1, L->db_err, sizeof L->db_err);
    if (L->db) return 0;
    L->db_failed = 1;
    return -1;
}

/* No database at path yet (no file, or an empty one): none of the inputs can be in it, so none is
 * looked up before parsing. Only a matter of speed: were it made meanwhile by another load, each
 * file would be parsed and its rows replaced, as with --replace. */
static int is_new(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) return errno == ENOENT;
    return S_ISREG(st.st_mode) && st.st_size == 0;
}

/* In input order, from the pool: the result goes to the writer, which owns it now. */
static int hand(void *ctx, void *res)
{
    loaded *x = res;
    int rc = nb_handoff_put(((loader *)ctx)->writer, x, x->bytes);
    x->prep = NULL;
    x->msg = NULL;
    return rc;
}

/* ---- the command ------------------------------------------------------------------------------------ */

static int number_arg(const char *s, int *v)
{
    char *end;
    errno = 0;
    long n = strtol(s, &end, 10);
    if (!*s || *end || errno || n < 1 || n > 1000000) return -1;
    *v = (int)n;
    return 0;
}

/* 0 and the options, or 2 after a usage message; *first is the index of DB. */
static int parse_args(int argc, char **argv, opts *o, int *first)
{
    *first = argc;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--encoding") && i + 1 < argc) o->encoding = argv[++i];
        else if (!strncmp(a, "--encoding=", 11)) o->encoding = a + 11;
        else if (!strcmp(a, "--format") && i + 1 < argc) o->format = argv[++i];
        else if (!strncmp(a, "--format=", 9)) o->format = a + 9;
        else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) o->quiet = 1;
        else if (!strcmp(a, "--replace")) o->replace = 1;
        else if (!strcmp(a, "--timings")) o->timings = 1;
        else if ((!strcmp(a, "-j") || !strcmp(a, "--jobs")) && i + 1 < argc) {
            if (nb_pool_jobs(argv[++i], &o->jobs) != 0) return 2;
        } else if (!strncmp(a, "--jobs=", 7) || (!strncmp(a, "-j", 2) && a[2])) {
            if (nb_pool_jobs(a + (a[1] == 'j' ? 2 : 7), &o->jobs) != 0) return 2;
        } else if ((!strcmp(a, "--batch") && i + 1 < argc) || !strncmp(a, "--batch=", 8)) {
            const char *v = a[7] == '=' ? a + 8 : argv[++i];
            if (number_arg(v, &o->batch) != 0) {
                fprintf(stderr, "nianbao: --batch wants a number of reports from 1 to 1000000, not '%s'\n", v);
                return 2;
            }
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(load_usage, stdout);
            return 1;
        } else if (!strcmp(a, "--")) {
            *first = i + 1;
            break;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "nianbao: load: unknown option %s\n", a);
            return 2;
        } else {
            *first = i;
            break;
        }
    }
    if (argc - *first < 2) {
        fprintf(stderr, "nianbao: load needs a database and at least one file or directory\n");
        return 2;
    }
    for (int i = *first + 1; i < argc; i++)
        if (!strcmp(argv[i], "-")) {
            fprintf(stderr, "nianbao: load reads files: standard input has no path to know it by\n");
            return 2;
        }
    return 0;
}

/* --timings: where a load's wall clock went (docs/database.md, "Speed"). */
static void print_timings(const nb_handoff_waits *w, double close, double t0)
{
    fprintf(stderr,
            "nianbao: the writer waited %.3f s for parsed reports (%zu times), the parsing %.3f s for the "
            "writer (%zu times); the close %.3f s; wall clock %.3f\n",
            w->consumer, w->consumer_n, w->producers, w->producers_n, close, nb_progress_now() - t0);
}

int nb_cmd_load(int argc, char **argv)
{
    double t0 = nb_progress_now();
#ifdef __GLIBC__
    /* The rows are made by the parsing threads and freed by the writer's, so each thread's heap
     * grows to what is in flight; glibc grows a thread's heap by what the allocation needs, with a
     * system call each time (about 1000 in a load of the benchmark's files, against 40 in a parse;
     * each is a trip to the hypervisor on a virtual machine). With room for 16 MB when a heap is
     * made or grown, a load makes about 25. Untouched room costs address space, not memory. */
    mallopt(M_TOP_PAD, 16 << 20);
#endif
    opts o = {.batch = BATCH};
    int first;
    int rc = parse_args(argc, argv, &o, &first);
    if (rc == 1) return 0; /* --help */
    if (rc) {
        fputs(load_usage, stderr);
        return 2;
    }
    if (!o.jobs) o.jobs = nb_pool_default_jobs();
    char err[600];
    nb_db *db = NULL; /* a new database is made by the writer, as the parsing starts (open_new) */
    if (!is_new(argv[first]) && !(db = nb_db_open(argv[first], 1, err, sizeof err))) {
        fprintf(stderr, "nianbao: %s\n", err);
        return 1;
    }
    loader L = {.o = &o, .db = db, .db_path = argv[first], .self = {.o = &o}};
    /* reports parsed ahead of the writer, each holding its rows until written: 32, so that the
     * parsing threads go on while the writer is behind (with 8, the writer and the parsing waited
     * for each other in turn, each for 0.4 s of a 1 s load with -j2); more cost CPU time (the rows
     * are out of the cache when written: 128 took a sixth more). And no more than AHEAD bytes of
     * input: 32 long reports would hold their rows, a few times their text, all at once. While a new
     * database is made, 256 (20 to 40 ms of parsing with -j2), within the same AHEAD; it is started
     * before the inputs are listed, which it does not need */
    nb_handoff_spec spec = {sizeof(loaded), 32, AHEAD, write_one, loaded_free, &L, db ? NULL : open_new, 256};
    L.writer = nb_handoff_start(&spec);
    nb_paths paths = {0};
    for (int i = first + 1; i < argc; i++) nb_paths_expand(&paths, argv[i]);
    source src = {&paths, 0};
    /* another --encoding or --format may read a file otherwise: then every file is parsed */
    nb_known *known = !db || o.replace || o.encoding || o.format ? NULL : nb_known_read(nb_db_handle(db), nb_version());
    /* the writer reads them once it has a report, which the handoff's lock orders after this */
    L.pr = (nb_progress){.total = paths.n, .t0 = nb_progress_now(), .on = !o.quiet && isatty(STDERR_FILENO)};

    int n = o.jobs;
    if ((size_t)n > paths.n) n = paths.n ? (int)paths.n : 1;
    worker *ws = calloc((size_t)n, sizeof *ws);
    void **wp = calloc((size_t)n, sizeof *wp);
    if (!ws || !wp) cli_oom();
    for (int k = 0; k < n; k++) {
        ws[k].o = &o;
        ws[k].known = known;
        wp[k] = &ws[k];
    }
    nb_pool_ops ops = {next_job, parse_job, hand, loaded_free, sizeof(job), sizeof(loaded)};
    nb_pool_run(&ops, &src, &L, wp, n);
    nb_handoff_waits waits;
    nb_handoff_finish(L.writer, &waits);
    if (!L.db_failed) commit(&L);
    nb_progress_end(&L.pr);
    if (!L.db) fprintf(stderr, "nianbao: %s\n", L.db_err);
    else if (L.db_failed) fprintf(stderr, "nianbao: %s: the batch being written was not kept\n", nb_db_error(L.db));
    else if (!o.quiet)
        fprintf(stderr, "nianbao: %s: %zu report%s loaded: %zu new, %zu again, %zu changed\n", argv[first],
                L.added + L.same + L.changed, L.added + L.same + L.changed == 1 ? "" : "s", L.added, L.same,
                L.changed);
    for (int k = 0; k < n; k++) free(ws[k].data);
    free(L.self.data);
    nb_known_free(known);
    free(ws);
    free(wp);
    nb_paths_free(&paths);
    double closing = nb_progress_now();
    nb_db_close(L.db);
    if (o.timings) print_timings(&waits, nb_progress_now() - closing, t0);
    return L.db_failed || L.failed ? 1 : 0;
}
