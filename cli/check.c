/* check.c — `nianbao check`: the arithmetic of reports (勾稽关系), one line per check that fails.
 *
 * The checks themselves are the library's (runtime/checks.c); nb_parse runs R1–R6 and C1–C3, so
 * this command adds only what needs more than one report: R7, between the reports of one agency
 * for consecutive years. All reports are read first, because last year's may come after this
 * year's on the command line. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_db.h"
#include "commands.h"
#include "mem.h"
#include "nianbao.h"
#include "output.h"
#include "budget_options.h"

static const char check_usage[] =
    "usage: nianbao check [options] REPORT|DIR ...\n"
    "       nianbao check [options] --db DB\n"
    "\n"
    "Checks the arithmetic of government information-disclosure annual reports (勾稽关系,\n"
    "docs/checks.md): R1–R6 within a report, C1–C3 its year, edition and dates, and R7 across\n"
    "years for the reports of one agency given together (or with --previous). Prints one line\n"
    "per failed check, file:line:col: RULE where: both sides in the report's words; a check\n"
    "that needs a blank cell is printed as \"not assessed\".\n"
    "\n"
    "options:\n"
    "  --previous FILE   last year's report, for R7 only (its own checks are not printed);\n"
    "                    may be given more than once. With one REPORT and one --previous\n"
    "                    they are paired whatever the agencies are called.\n"
    "  --db DB           R7 over every pair of consecutive years of each agency in the database\n"
    "                    DB (nianbao load; docs/database.md), from its stored cells, and the\n"
    "                    reports it could not pair\n"
    "  --format FORMAT   text (default) or json: the same as JSON Lines, one object per check\n"
    "  --all             print the checks that hold too\n"
    "  --strict          a check not assessed fails, for the exit status\n"
    "  --encoding NAME   read the inputs in this encoding (default: detect)\n"
    "  -q, --quiet       no summary on stderr\n"
    "\n"
    "exit status: 0 every check holds, 1 some check fails or the output could not be written,\n"
    "2 usage error or an unusable input (one over a limit below too).\n";

/* ---- reading files (shared with facts.c) -------------------------------------------------------- */

int nb_read_all(const char *path, char **data, size_t *len, size_t max)
{
    char *buf = NULL;
    size_t cap = 0;
    int e = nb_read_into(path, &buf, &cap, len, max);
    if (e) {
        free(buf);
        return e;
    }
    *data = buf;
    return 0;
}

int nb_read_into(const char *path, char **buf, size_t *cap, size_t *len, size_t max)
{
    int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
    if (fd < 0) return errno;
    struct stat st;
    size_t want = 1 << 16;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        want = (uintmax_t)st.st_size < max ? (size_t)st.st_size + 1 : max;
    if (*cap < want) {
        char *p = realloc(*buf, want);
        if (!p) cli_oom();
        *buf = p;
        *cap = want;
    }
    size_t n = 0;
    int e = 0;
    while (n < max) {
        if (n == *cap) {
            char *p = realloc(*buf, *cap * 2);
            if (!p) cli_oom();
            *buf = p;
            *cap *= 2;
        }
        ssize_t k = read(fd, *buf + n, (*cap - n < max - n ? *cap - n : max - n));
        if (k < 0 && errno == EINTR) continue;
        if (k < 0) {
            e = errno;
            break;
        }
        if (k == 0) break;
        n += (size_t)k;
    }
    if (fd != STDIN_FILENO) close(fd);
    *len = n;
    return e;
}

/* ---- the command ---------------------------------------------------------------------------------- */

typedef struct opts {
    int json, all, strict, quiet;
    nb_options parse; /* the encoding and the budget */
} opts;

/* A report, or NULL with the reason on stderr. */
static nb_report *load(const char *path, const opts *o)
{
    char *data = NULL;
    size_t len = 0;
    int e = nb_read_all(path, &data, &len, nb_limit_read_max(&o->parse));
    if (e) {
        fprintf(stderr, "nianbao: %s: %s\n", path, strerror(e));
        return NULL;
    }
    nb_options opt = o->parse;
    opt.path = path;
    nb_report *r = nb_parse(data, len, &opt);
    free(data);
    if (nb_report_error(r)) {
        fprintf(stderr, "nianbao: %s: %s\n", path, nb_report_error(r));
        nb_report_free(r);
        return NULL;
    }
    return r;
}

/* Last year's report of the same agency among cands, or NULL. */
static const nb_report *previous_of(const nb_report *r, nb_report *const *cands, size_t n)
{
    int year = nb_report_year(r);
    const char *agency = nb_report_agency(r);
    if (!year || !agency) return NULL;
    for (size_t i = 0; i < n; i++)
        if (cands[i] && cands[i] != r && nb_report_year(cands[i]) == year - 1 && nb_report_agency(cands[i]) &&
            !strcmp(nb_report_agency(cands[i]), agency))
            return cands[i];
    return NULL;
}

static void put_text(nb_out *b, const char *path, const nb_check *c)
{
    const char *file = nb_check_span_source(c) ? nb_check_span_source(c) : path;
    nb_span sp;
    if (nb_check_span(c, &sp)) nb_out_printf(b, "%s:%u:%u: ", file, sp.line, sp.col);
    else nb_out_printf(b, "%s: ", file);
    const char *msg = nb_check_message(c);
    nb_out_printf(b, "%s %s: %s\n", nb_check_rule(c), nb_check_where(c), nb_check_ok(c) ? "ok" : msg ? msg : "fails");
}

static void put_json(nb_out *b, const char *path, const nb_check *c)
{
    nb_out_printf(b, "{\"file\":");
    nb_out_json_string(b, path, strlen(path));
    nb_out_append(b, ",", 1);
    nb_check_json(c, b, NB_JSON_MEMBERS);
    nb_out_append(b, "\n", 1);
}

int nb_cmd_check(int argc, char **argv)
{
    opts o = {0};
    nb_paths given = {0}, prevs = {0};
    const char *db = NULL;
    int i = 0, lim;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--db") && i + 1 < argc) db = argv[++i];
        else if (!strncmp(a, "--db=", 5)) db = a + 5;
        else if (!strcmp(a, "--previous") && i + 1 < argc) nb_paths_expand(&prevs, argv[++i]);
        else if (!strncmp(a, "--previous=", 11)) nb_paths_expand(&prevs, a + 11);
        else if ((!strcmp(a, "--format") && i + 1 < argc) || !strncmp(a, "--format=", 9)) {
            const char *f = a[8] == '=' ? a + 9 : argv[++i];
            if (!strcmp(f, "json") || !strcmp(f, "jsonl")) o.json = 1;
            else if (!strcmp(f, "text")) o.json = 0;
            else {
                fprintf(stderr, "nianbao: check --format is text or json, not '%s'\n%s", f, check_usage);
                goto usage;
            }
        } else if (!strcmp(a, "--all")) o.all = 1;
        else if (!strcmp(a, "--strict")) o.strict = 1;
        else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) o.quiet = 1;
        else if (!strcmp(a, "--encoding") && i + 1 < argc) o.parse.encoding = argv[++i];
        else if (!strncmp(a, "--encoding=", 11)) o.parse.encoding = a + 11;
        else if ((lim = nb_limit_option(argc, argv, &i, &o.parse)) != 0) {
            if (lim < 0) goto usage;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(check_usage, stdout);
            fputs(nb_limits_usage, stdout);
            nb_paths_free(&given);
            nb_paths_free(&prevs);
            return 0;
        } else if (!strcmp(a, "--")) {
            for (i++; i < argc; i++) nb_paths_expand(&given, argv[i]);
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "nianbao: check: unknown option %s\n%s", a, check_usage);
            goto usage;
        } else nb_paths_expand(&given, a);
    }
    if (db && (given.n || prevs.n)) {
        fprintf(stderr, "nianbao: check --db reads the database only, not reports\n%s", check_usage);
        goto usage;
    }
    if (db) {
        nb_check_db_opts dbo = {o.json, o.all, o.strict, o.quiet};
        return nb_check_db(db, &dbo);
    }
    if (!given.n) {
        fprintf(stderr, "nianbao: check needs a report\n%s", check_usage);
        goto usage;
    }

    /* every report first: R7 pairs them whatever their order */
    size_t n = given.n + prevs.n;
    nb_report **rs = cli_realloc(NULL, (n ? n : 1) * sizeof *rs);
    memset(rs, 0, (n ? n : 1) * sizeof *rs);
    int unusable = 0;
    for (size_t k = 0; k < n; k++) {
        const char *path = k < given.n ? given.v[k] : prevs.v[k - given.n];
        if (!(rs[k] = load(path, &o))) unusable = 1;
    }
    size_t reports = 0, total = 0, failed = 0, unassessed = 0;
    nb_out *out = nb_out_new();
    int werr = 0; /* a write failed: the output stops there */
    for (size_t k = 0; k < given.n && !werr; k++) {
        nb_report *r = rs[k];
        if (!r) {
            if (o.json) {
                nb_out_printf(out, "{\"file\":");
                nb_out_json_string(out, given.v[k], strlen(given.v[k]));
                nb_out_printf(out, ",\"error\":\"unusable input\"}\n");
            }
            continue;
        }
        const nb_report *prev = previous_of(r, rs, n);
        if (!prev && given.n == 1 && prevs.n == 1 && rs[1]) {
            /* named by the user: the pair stands even where the agency is written differently */
            char why[160];
            int year = nb_report_year(r), prev_year = nb_report_year(rs[1]);
            if (year && prev_year == year - 1) nb_report_check_previous(r, rs[1], NULL);
            else {
                if (!year || !prev_year)
                    snprintf(why, sizeof why, "the year of %s is not known", !year ? given.v[0] : prevs.v[0]);
                else
                    snprintf(why, sizeof why, "--previous %s is the report for %d, not for %d", prevs.v[0],
                             prev_year, year - 1);
                nb_report_check_previous(r, NULL, why);
            }
        } else if (prev) {
            nb_report_check_previous(r, prev, NULL);
        } else if (prevs.n) {
            char why[160];
            const char *agency = nb_report_agency(r);
            snprintf(why, sizeof why, "no report of %s for %d was given", agency ? agency : "this agency",
                     nb_report_year(r) - 1);
            nb_report_check_previous(r, NULL, why);
        }
        reports++;
        for (const nb_check *c = nb_report_checks(r); c; c = nb_check_next(c)) {
            total++;
            if (!nb_check_assessed(c)) unassessed++;
            else if (!nb_check_ok(c)) failed++;
            if (nb_check_ok(c) && !o.all) continue;
            if (o.json) put_json(out, given.v[k], c);
            else put_text(out, given.v[k], c);
        }
        werr = cli_write(nb_out_data(out), nb_out_len(out));
        nb_out_clear(out);
    }
    if (!werr) werr = cli_write(nb_out_data(out), nb_out_len(out));
    nb_out_free(out);
    if (!o.quiet && !werr)
        fprintf(stderr, "nianbao: %zu report%s, %zu checks: %zu failed, %zu not assessed\n", reports,
                reports == 1 ? "" : "s", total, failed, unassessed);
    for (size_t k = 0; k < n; k++) nb_report_free(rs[k]);
    free(rs);
    nb_paths_free(&given);
    nb_paths_free(&prevs);
    if (werr) return cli_write_failed(werr);
    if (unusable) return 2;
    return failed || (o.strict && unassessed) ? 1 : 0;
usage:
    nb_paths_free(&given);
    nb_paths_free(&prevs);
    return 2;
}
