/* db.c — opening a collection's database and writing reports into it: see db.h and
 * docs/database.md. The model is read through db_rows.h only. */
#define _POSIX_C_SOURCE 200809L
#include "db.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_rows.h"
#include "db_schema.h"
#include "mem.h"
#include "nianbao.h"

enum { BUSY_MS = 2000 }; /* how long to wait for another writer before saying the database is locked */

enum {
    S_FIND, S_INSERT, S_UPDATE, S_DEL_CELLS, S_DEL_STATS, S_DEL_SECTIONS, S_DEL_CHECKS, S_DEL_DIAGS,
    S_CELL, S_STAT, S_SECTION, S_CHECK, S_DIAG, NSTMT
};
static const char *const sql[NSTMT] = {
    [S_FIND] = "SELECT id, sha256 FROM reports WHERE abspath = ?1",
    [S_INSERT] = "INSERT INTO reports(path, abspath, sha256, bytes, agency, agency_key, year, edition, title, "
                 "format, encoding, error, nianbao, loaded_at) "
                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                 "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
    [S_UPDATE] = "UPDATE reports SET path = ?1, abspath = ?2, sha256 = ?3, bytes = ?4, agency = ?5, "
                 "agency_key = ?6, year = ?7, edition = ?8, title = ?9, format = ?10, encoding = ?11, "
                 "error = ?12, nianbao = ?13, loaded_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?14",
    [S_DEL_CELLS] = "DELETE FROM cells WHERE report_id = ?1",
    [S_DEL_STATS] = "DELETE FROM statistics WHERE report_id = ?1",
    [S_DEL_SECTIONS] = "DELETE FROM sections WHERE report_id = ?1",
    [S_DEL_CHECKS] = "DELETE FROM checks WHERE report_id = ?1",
    [S_DEL_DIAGS] = "DELETE FROM diagnostics WHERE report_id = ?1",
    [S_CELL] = "INSERT INTO cells(report_id, key, value, raw, row_label, column_label, line, col, byte, recovered, "
               "ord) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    [S_STAT] = "INSERT INTO statistics(report_id, key, label, depth, unit, value, cumulative, raw, line, col, ord) "
               "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    [S_SECTION] = "INSERT INTO sections(report_id, ord, parent, level, number, title, paragraphs, text, line, col) "
                  "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    [S_CHECK] = "INSERT INTO checks(report_id, ord, rule, place, ok, assessed, expected, actual, message, line, col) "
                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    [S_DIAG] = "INSERT INTO diagnostics(report_id, ord, severity, code, message, line, col) "
               "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
};

struct nb_db {
    sqlite3 *h;
    const char *path;
    sqlite3_stmt *st[NSTMT];
    char err[512];
    int rc;                  /* the first failed step of the report being written */
    sqlite3_int64 report_id; /* the report being written */
    int ord, stat_ord;       /* its cells, checks and diagnostics, and statistics, counted */
    nb_out *key; /* the agency key of the report being written */
};

static void set_err(nb_db *db, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(db->err, sizeof db->err, fmt, ap);
    va_end(ap);
}

/* SQLite's reason, in words a user can act on. */
static void sqlite_err(nb_db *db, const char *doing)
{
    int code = sqlite3_errcode(db->h);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        set_err(db, "%s: %s: the database is locked: another program is writing to it", db->path, doing);
    else if (code == SQLITE_READONLY)
        set_err(db, "%s: %s: the database is read-only", db->path, doing);
    else if (code == SQLITE_NOTADB)
        set_err(db, "%s: not an SQLite database", db->path);
    else set_err(db, "%s: %s: %s", db->path, doing, sqlite3_errmsg(db->h));
}

static int exec(nb_db *db, const char *q, const char *doing)
{
    if (sqlite3_exec(db->h, q, NULL, NULL, NULL) == SQLITE_OK) return 0;
    sqlite_err(db, doing);
    return -1;
}

/* The one integer a query returns, or -1 (the error in db). */
static sqlite3_int64 query_int(nb_db *db, const char *q)
{
    sqlite3_stmt *st;
    sqlite3_int64 v = -1;
    if (sqlite3_prepare_v2(db->h, q, -1, &st, NULL) != SQLITE_OK) {
        sqlite_err(db, "reading the database");
        return -1;
    }
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    else sqlite_err(db, "reading the database");
    sqlite3_finalize(st);
    return v;
}

/* What is in the file: 0 a nianbao database of this schema, 1 nothing yet, -1 anything else. */
static int identify(nb_db *db)
{
    sqlite3_int64 tables = query_int(db, "SELECT count(*) FROM sqlite_master");
    if (tables < 0) return -1;
    sqlite3_int64 app = query_int(db, "PRAGMA application_id");
    sqlite3_int64 version = query_int(db, "PRAGMA user_version");
    if (app < 0 || version < 0) return -1;
    if (tables == 0 && app == 0 && version == 0) return 1;
    if ((unsigned)app != NB_DB_APPLICATION_ID) {
        set_err(db, "%s: not a nianbao database (application_id %lld, %lld tables): it is left as it was",
                db->path, (long long)app, (long long)tables);
        return -1;
    }
    if (version != NB_DB_SCHEMA) {
        set_err(db, "%s: a nianbao database of schema version %lld; this nianbao reads and writes version %d: "
                "it is left as it was", db->path, (long long)version, NB_DB_SCHEMA);
        return -1;
    }
    return 0;
}

static int create(nb_db *db)
{
    if (exec(db, "BEGIN IMMEDIATE", "creating the schema") != 0) return -1;
    /* another load may have created it meanwhile */
    sqlite3_int64 tables = query_int(db, "SELECT count(*) FROM sqlite_master");
    if (tables != 0) {
        sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
        return tables < 0 ? -1 : identify(db) == 0 ? 0 : -1;
    }
    char q[256];
    snprintf(q, sizeof q, "PRAGMA application_id = %d; PRAGMA user_version = %d;", NB_DB_APPLICATION_ID,
             NB_DB_SCHEMA);
    char meta[256];
    snprintf(meta, sizeof meta,
             "INSERT INTO meta VALUES('application', 'nianbao'), ('schema', '%d'), ('created_by', 'nianbao %s');",
             NB_DB_SCHEMA, nb_version());
    if (exec(db, q, "creating the schema") != 0 || exec(db, nb_db_schema, "creating the schema") != 0 ||
        exec(db, meta, "creating the schema") != 0 || exec(db, "COMMIT", "creating the schema") != 0) {
        sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return 0;
}

nb_db *nb_db_open(const char *path, int writable, char *err, size_t errn)
{
    nb_db *db = calloc(1, sizeof *db);
    if (!db) cli_oom();
    db->path = path;
    db->key = nb_out_new();
    int flags = writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
    if (sqlite3_open_v2(path, &db->h, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        if (db->h) set_err(db, "%s: cannot open the database: %s", path, sqlite3_errmsg(db->h));
        else set_err(db, "%s: cannot open the database", path);
        goto fail;
    }
    sqlite3_busy_timeout(db->h, BUSY_MS);
    if (writable && sqlite3_db_readonly(db->h, "main") == 1) {
        set_err(db, "%s: the database is read-only: nothing was loaded", path);
        goto fail;
    }
    int what = identify(db);
    if (what < 0) goto fail;
    if (writable) {
        /* bigger pages than the default 4 KB: a report's rows are appended, in a third of the writes */
        if (what == 1 && exec(db, "PRAGMA page_size = 16384", "setting up") != 0) goto fail;
        /* WAL: readers query while a load writes, and a load killed midway loses its open batch only */
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(db->h, "PRAGMA journal_mode = WAL", -1, &st, NULL) != SQLITE_OK ||
            sqlite3_step(st) != SQLITE_ROW) {
            sqlite_err(db, "switching to WAL");
            sqlite3_finalize(st);
            goto fail;
        }
        int wal = !sqlite3_stricmp((const char *)sqlite3_column_text(st, 0), "wal");
        sqlite3_finalize(st);
        if (!wal) {
            set_err(db, "%s: cannot switch the database to WAL (on a file system without shared memory?)", path);
            goto fail;
        }
        if (what == 1 && create(db) != 0) goto fail;
        if (exec(db, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768", "setting up") != 0) goto fail;
        for (int i = 0; i < NSTMT; i++)
            if (sqlite3_prepare_v3(db->h, sql[i], -1, SQLITE_PREPARE_PERSISTENT, &db->st[i], NULL) != SQLITE_OK) {
                sqlite_err(db, "preparing");
                goto fail;
            }
    } else if (what == 1) {
        set_err(db, "%s: no nianbao database there (load reports into it first: nianbao load)", path);
        goto fail;
    }
    return db;
fail:
    snprintf(err, errn, "%s", db->err);
    nb_db_close(db);
    return NULL;
}

sqlite3 *nb_db_handle(nb_db *db) { return db->h; }
const char *nb_db_error(const nb_db *db) { return db->err; }

int nb_db_begin(nb_db *db) { return exec(db, "BEGIN IMMEDIATE", "starting a batch"); }
int nb_db_commit(nb_db *db) { return exec(db, "COMMIT", "committing a batch"); }
void nb_db_rollback(nb_db *db)
{
    if (!sqlite3_get_autocommit(db->h)) sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
}

void nb_db_close(nb_db *db)
{
    if (!db) return;
    for (int i = 0; i < NSTMT; i++) sqlite3_finalize(db->st[i]);
    sqlite3_close(db->h);
    nb_out_free(db->key);
    free(db);
}

/* ---- binding -------------------------------------------------------------------------------------- */

static void text(sqlite3_stmt *st, int i, const char *s)
{
    if (s) sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else sqlite3_bind_null(st, i);
}

static void textn(sqlite3_stmt *st, int i, nb_rows_str s)
{
    if (s.p) sqlite3_bind_text(st, i, s.n ? s.p : "", (int)s.n, SQLITE_STATIC);
    else sqlite3_bind_null(st, i);
}

/* A count as an integer, so that 3 reads 3 and not 3.0; anything else as a real. */
static void number(sqlite3_stmt *st, int i, int has, double v)
{
    if (!has) sqlite3_bind_null(st, i);
    else if (v == (double)(sqlite3_int64)v && v > -9e15 && v < 9e15) sqlite3_bind_int64(st, i, (sqlite3_int64)v);
    else sqlite3_bind_double(st, i, v);
}

static void span(sqlite3_stmt *st, int i, int has, unsigned line, unsigned col)
{
    if (has) {
        sqlite3_bind_int64(st, i, line);
        sqlite3_bind_int64(st, i + 1, col);
    } else {
        sqlite3_bind_null(st, i);
        sqlite3_bind_null(st, i + 1);
    }
}

/* Runs a bound statement; the first failure is kept for nb_db_put. */
static void step(nb_db *db, sqlite3_stmt *st)
{
    if (!db->rc && sqlite3_step(st) != SQLITE_DONE) {
        db->rc = -1;
        sqlite_err(db, "writing");
    }
    sqlite3_reset(st);
}

/* ---- a report's rows -------------------------------------------------------------------------------- */

static void on_cell(void *ctx, const nb_rows_cell *c)
{
    nb_db *db = ctx;
    sqlite3_stmt *st = db->st[S_CELL];
    sqlite3_bind_int64(st, 1, db->report_id);
    text(st, 2, c->key);
    number(st, 3, c->has_value, c->value);
    textn(st, 4, c->raw);
    text(st, 5, c->row);
    text(st, 6, c->column);
    span(st, 7, 1, c->line, c->col);
    sqlite3_bind_int64(st, 9, (sqlite3_int64)c->byte);
    sqlite3_bind_int(st, 10, c->recovered);
    sqlite3_bind_int(st, 11, ++db->ord);
    step(db, st);
}

static void on_statistic(void *ctx, const nb_rows_statistic *s)
{
    nb_db *db = ctx;
    sqlite3_stmt *st = db->st[S_STAT];
    sqlite3_bind_int64(st, 1, db->report_id);
    text(st, 2, s->key);
    text(st, 3, s->label);
    sqlite3_bind_int(st, 4, s->depth);
    text(st, 5, s->unit);
    number(st, 6, s->has_value, s->value);
    number(st, 7, s->has_cumulative, s->cumulative);
    textn(st, 8, s->raw);
    span(st, 9, 1, s->line, s->col);
    sqlite3_bind_int(st, 11, ++db->stat_ord);
    step(db, st);
}

static void on_section(void *ctx, const nb_rows_section *s)
{
    nb_db *db = ctx;
    sqlite3_stmt *st = db->st[S_SECTION];
    sqlite3_bind_int64(st, 1, db->report_id);
    sqlite3_bind_int(st, 2, s->ord);
    sqlite3_bind_int(st, 3, s->parent);
    sqlite3_bind_int(st, 4, s->level);
    textn(st, 5, s->number);
    textn(st, 6, s->title);
    sqlite3_bind_int64(st, 7, (sqlite3_int64)s->paragraphs);
    text(st, 8, s->text);
    span(st, 9, 1, s->line, s->col);
    step(db, st);
}

static void on_check(void *ctx, const nb_rows_check *c)
{
    nb_db *db = ctx;
    sqlite3_stmt *st = db->st[S_CHECK];
    sqlite3_bind_int64(st, 1, db->report_id);
    sqlite3_bind_int(st, 2, ++db->ord);
    text(st, 3, c->rule);
    text(st, 4, c->where);
    sqlite3_bind_int(st, 5, c->ok);
    sqlite3_bind_int(st, 6, c->assessed);
    number(st, 7, c->has_expected, c->expected);
    number(st, 8, c->has_actual, c->actual);
    text(st, 9, c->message);
    span(st, 10, c->has_span && !c->source, c->line, c->col);
    step(db, st);
}

static void on_diag(void *ctx, const nb_rows_diag *d)
{
    nb_db *db = ctx;
    sqlite3_stmt *st = db->st[S_DIAG];
    sqlite3_bind_int64(st, 1, db->report_id);
    sqlite3_bind_int(st, 2, ++db->ord);
    text(st, 3, d->severity);
    text(st, 4, d->code);
    text(st, 5, d->message);
    span(st, 6, d->has_span, d->line, d->col);
    step(db, st);
}

/* The file's row, found by abspath: its id and whether its bytes changed; 0 when it is new. */
static sqlite3_int64 find(nb_db *db, const nb_db_file *f, int *was)
{
    sqlite3_stmt *st = db->st[S_FIND];
    text(st, 1, f->abspath);
    sqlite3_int64 id = 0;
    *was = NB_DB_NEW;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        id = sqlite3_column_int64(st, 0);
        const char *old = (const char *)sqlite3_column_text(st, 1);
        *was = old && !strcmp(old, f->sha256) ? NB_DB_SAME : NB_DB_CHANGED;
    } else if (rc != SQLITE_DONE) {
        db->rc = -1;
        sqlite_err(db, "reading the database");
    }
    sqlite3_reset(st);
    return id;
}

int nb_db_put(nb_db *db, const struct nb_report *r, const nb_db_file *f, int *was)
{
    db->rc = 0;
    sqlite3_int64 id = find(db, f, was);
    if (db->rc) return -1;
    nb_rows_report m;
    nb_rows_of(r, &m);
    nb_agency_key(m.agency, db->key);
    sqlite3_stmt *st = db->st[id ? S_UPDATE : S_INSERT];
    text(st, 1, f->path);
    text(st, 2, f->abspath);
    text(st, 3, f->sha256);
    sqlite3_bind_int64(st, 4, (sqlite3_int64)f->bytes);
    text(st, 5, m.agency);
    text(st, 6, m.agency ? nb_out_data(db->key) : NULL);
    if (m.year) sqlite3_bind_int(st, 7, m.year);
    else sqlite3_bind_null(st, 7);
    text(st, 8, m.edition);
    text(st, 9, m.title);
    text(st, 10, m.format);
    text(st, 11, m.encoding);
    text(st, 12, m.error);
    text(st, 13, nb_version());
    if (id) sqlite3_bind_int64(st, 14, id);
    step(db, st);
    if (db->rc) return -1;
    if (id) {
        for (int s = S_DEL_CELLS; s <= S_DEL_DIAGS; s++) {
            sqlite3_bind_int64(db->st[s], 1, id);
            step(db, db->st[s]);
        }
    } else id = sqlite3_last_insert_rowid(db->h);
    db->report_id = id;
    db->ord = db->stat_ord = 0;
    nb_rows_sink cells = {db, on_cell, on_statistic, on_section, NULL, NULL};
    nb_rows_walk(r, &cells);
    db->ord = 0;
    nb_rows_sink checks = {db, NULL, NULL, NULL, on_check, NULL};
    nb_rows_walk(r, &checks);
    db->ord = 0;
    nb_rows_sink diags = {db, NULL, NULL, NULL, NULL, on_diag};
    nb_rows_walk(r, &diags);
    return db->rc;
}
