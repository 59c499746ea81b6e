/* check_db.c — `nianbao check --db DB`: R7 over every pair of consecutive years of each agency in a
 * database that `nianbao load` wrote (docs/database.md).
 *
 * R7 runs from the stored cells, not from the files: the database is what the user has (the files
 * may have moved or changed since), and no report is parsed again. The cells are put back into a
 * report (db_rows.h) and the library's own nb_checks_cross checks them, so the rule is the one
 * `nianbao check A B` applies, to the same numbers.
 *
 * Reports pair by agency_key (agency.c): with identical bytes (sha256) two reports are one; two
 * different reports of one key and year are ambiguous, and neither is paired. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_db.h"
#include "db.h"
#include "db_rows.h"
#include "mem.h"
#include "nianbao.h"

typedef struct rep {
    sqlite3_int64 id;
    char *path, *agency, *key, *edition, *sha256;
    int year;
    int dup;       /* the same bytes as the report before it: left out */
    int ambiguous; /* another report of the same key and year */
    int paired;
} rep;

typedef struct run {
    sqlite3 *h;
    sqlite3_stmt *cells;
    const nb_check_db_opts *o;
    nb_out *out;
    const char *file; /* the report whose checks are printed */
    size_t pairs, total, failed, unassessed, unpaired;
    int db_error;
} run;

static char *dup_col(sqlite3_stmt *st, int i)
{
    const unsigned char *s = sqlite3_column_text(st, i);
    if (!s) return NULL;
    size_t n = strlen((const char *)s) + 1;
    char *p = malloc(n);
    if (!p) cli_oom();
    return memcpy(p, s, n);
}

static int same_year(const rep *a, const rep *b)
{
    return a->key && b->key && !strcmp(a->key, b->key) && a->year == b->year;
}

/* Every usable report, by key, year, then bytes: duplicates and ambiguities marked. */
static rep *read_reports(run *R, size_t *n)
{
    sqlite3_stmt *st;
    rep *v = NULL;
    size_t cap = 0;
    *n = 0;
    if (sqlite3_prepare_v2(R->h,
                           "SELECT id, path, agency, agency_key, year, edition, sha256 FROM reports "
                           "WHERE error IS NULL ORDER BY agency_key, year, sha256, id",
                           -1, &st, NULL) != SQLITE_OK) {
        R->db_error = 1;
        return NULL;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
        v = cli_room(v, &cap, *n, sizeof *v);
        rep *r = &v[(*n)++];
        *r = (rep){.id = sqlite3_column_int64(st, 0), .path = dup_col(st, 1), .agency = dup_col(st, 2),
                   .key = dup_col(st, 3), .year = sqlite3_column_int(st, 4), .edition = dup_col(st, 5),
                   .sha256 = dup_col(st, 6)};
    }
    sqlite3_finalize(st);
    /* one key and year: identical bytes are one report; different ones, none */
    for (size_t i = 0; i < *n;) {
        size_t j = i + 1, distinct = 1;
        for (; j < *n && same_year(&v[i], &v[j]); j++) {
            if (strcmp(v[j].sha256, v[j - 1].sha256)) distinct++;
            else v[j].dup = 1;
        }
        for (size_t k = i; k < j && distinct > 1; k++) v[k].ambiguous = 1;
        i = j;
    }
    return v;
}

/* A report made of its stored cells, or NULL (an edition without tables, or a read error). */
static struct nb_report *rebuild(run *R, const rep *r)
{
    nb_rows_report m = {.path = r->path, .agency = r->agency, .edition = r->edition, .year = r->year};
    struct nb_report *x = nb_rows_rebuild(&m);
    if (!x) return NULL;
    sqlite3_stmt *st = R->cells;
    sqlite3_bind_int64(st, 1, r->id);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        nb_rows_cell c = {.key = (const char *)sqlite3_column_text(st, 0),
                          .has_value = sqlite3_column_type(st, 1) != SQLITE_NULL,
                          .value = sqlite3_column_double(st, 1),
                          .raw = {(const char *)sqlite3_column_text(st, 2), (size_t)sqlite3_column_bytes(st, 2)},
                          .row = (const char *)sqlite3_column_text(st, 3),
                          .line = (unsigned)sqlite3_column_int(st, 4), .col = (unsigned)sqlite3_column_int(st, 5),
                          .byte = (size_t)sqlite3_column_int64(st, 6), .recovered = sqlite3_column_int(st, 7)};
        if (c.key) nb_rows_rebuild_cell(x, &c);
    }
    if (rc != SQLITE_DONE) R->db_error = 1;
    sqlite3_reset(st);
    return x;
}

static void on_check(void *ctx, const nb_rows_check *c)
{
    run *R = ctx;
    R->total++;
    if (!c->assessed) R->unassessed++;
    else if (!c->ok) R->failed++;
    if (c->ok && !R->o->all) return;
    nb_out *b = R->out;
    if (R->o->json) { /* check's own object, after the file: {"file":…,"rule":… */
        nb_out_printf(b, "{\"file\":");
        nb_out_json_string(b, R->file, strlen(R->file));
        nb_out_append(b, ",", 1);
        nb_check_json(c->model, b, NB_JSON_MEMBERS);
        nb_out_append(b, "\n", 1);
        return;
    }
    const char *file = c->source ? c->source : R->file;
    if (c->has_span) nb_out_printf(b, "%s:%u:%u: ", file, c->line, c->col);
    else nb_out_printf(b, "%s: ", file);
    nb_out_printf(b, "%s %s: %s\n", c->rule, c->where, c->ok ? "ok" : c->message ? c->message : "fails");
}

static void pair(run *R, rep *prev, rep *cur)
{
    struct nb_report *p = rebuild(R, prev), *c = p ? rebuild(R, cur) : NULL;
    if (p && c) {
        R->file = cur->path;
        nb_rows_sink sink = {.ctx = R, .check = on_check};
        nb_rows_cross(c, p, NULL, &sink);
        R->pairs++;
        prev->paired = cur->paired = 1;
    }
    nb_rows_free(p);
    nb_rows_free(c);
}

static void put_unpaired(run *R, const rep *r, const char *why)
{
    R->unpaired++;
    nb_out *b = R->out;
    if (R->o->json) {
        const char *key = r->key ? r->key : "";
        nb_out_printf(b, "{\"unpaired\":");
        nb_out_json_string(b, key, strlen(key));
        nb_out_printf(b, ",\"agency\":");
        nb_out_json_string(b, r->agency, r->agency ? strlen(r->agency) : 0);
        nb_out_printf(b, ",\"year\":%d,\"file\":", r->year);
        nb_out_json_string(b, r->path, r->path ? strlen(r->path) : 0);
        nb_out_printf(b, ",\"why\":");
        nb_out_json_string(b, why, strlen(why));
        nb_out_printf(b, "}\n");
    } else {
        nb_out_printf(b, "%s: not paired: %s\n", r->path, why);
    }
}

int nb_check_db(const char *path, const nb_check_db_opts *o)
{
    char err[600];
    nb_db *db = nb_db_open(path, 0, err, sizeof err);
    if (!db) {
        fprintf(stderr, "nianbao: %s\n", err);
        return 2;
    }
    run R = {.h = nb_db_handle(db), .o = o};
    R.out = nb_out_new();
    sqlite3_prepare_v2(R.h,
                       "SELECT key, value, raw, row_label, line, col, byte, recovered FROM cells "
                       "WHERE report_id = ?1 ORDER BY ord",
                       -1, &R.cells, NULL);
    size_t n = 0;
    rep *v = R.cells ? read_reports(&R, &n) : NULL;
    if (!R.cells) R.db_error = 1;
    /* a report and the one after it in the order are a pair when they are last year's and this
     * year's of one key, neither duplicated bytes nor ambiguous */
    for (size_t i = 0; i < n; i++) {
        if (v[i].dup || v[i].ambiguous || !v[i].key || !*v[i].key || !v[i].year) continue;
        for (size_t k = i + 1; k < n && !strcmp(v[k].key ? v[k].key : "", v[i].key) && v[k].year <= v[i].year + 1; k++)
            if (v[k].year == v[i].year + 1 && !v[k].dup && !v[k].ambiguous) {
                pair(&R, &v[i], &v[k]);
                break;
            }
        fwrite(nb_out_data(R.out), 1, nb_out_len(R.out), stdout);
        nb_out_clear(R.out);
    }
    for (size_t i = 0; i < n; i++) {
        rep *r = &v[i];
        if (r->dup || r->paired) continue;
        char why[200];
        if (!r->key || !*r->key) snprintf(why, sizeof why, "its agency is not known");
        else if (!r->year) snprintf(why, sizeof why, "its year is not known");
        else if (r->ambiguous) snprintf(why, sizeof why, "%s has more than one report for %d", r->key, r->year);
        else snprintf(why, sizeof why, "no report of %s for %d or %d", r->key, r->year - 1, r->year + 1);
        put_unpaired(&R, r, why);
    }
    fwrite(nb_out_data(R.out), 1, nb_out_len(R.out), stdout);
    if (!o->quiet)
        fprintf(stderr, "nianbao: %s: %zu pair%s of consecutive years, %zu checks: %zu failed, %zu not assessed; "
                "%zu report%s not paired\n", path, R.pairs, R.pairs == 1 ? "" : "s", R.total, R.failed,
                R.unassessed, R.unpaired, R.unpaired == 1 ? "" : "s");
    if (R.db_error) fprintf(stderr, "nianbao: %s: reading the database: %s\n", path, sqlite3_errmsg(R.h));
    for (size_t i = 0; i < n; i++) {
        free(v[i].path);
        free(v[i].agency);
        free(v[i].key);
        free(v[i].edition);
        free(v[i].sha256);
    }
    free(v);
    nb_out_free(R.out);
    sqlite3_finalize(R.cells);
    nb_db_close(db);
    if (R.db_error) return 2;
    return R.failed || (o->strict && R.unassessed) ? 1 : 0;
}
