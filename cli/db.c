/* db.c — opening a collection's database and writing reports into it: see db.h and
 * docs/database.md. A report comes as its rows, made beforehand (db_prep.h). */
#define _POSIX_C_SOURCE 200809L
#include "db.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_checkpoint.h"
#include "db_insert.h"
#include "db_labels.h"
#include "db_prep.h"
#include "db_schema.h"
#include "mem.h"
#include "nianbao.h"

enum { BUSY_MS = 2000 }; /* how long to wait for another writer before saying the database is locked */

enum { S_FIND, S_SAME, S_INSERT, S_UPDATE, S_DEL_CELLS, S_DEL_STATS, S_DEL_SECTIONS, S_DEL_CHECKS, S_DEL_DIAGS, NSTMT };
static const char *const sql[NSTMT] = {
    [S_FIND] = "SELECT id, sha256 FROM reports WHERE abspath = ?1",
    /* as db_known.c reads them */
    [S_SAME] = "SELECT 1 FROM reports WHERE abspath = ?1 AND sha256 = ?2 AND path = ?3 AND nianbao = ?4 "
               "AND error IS NULL",
    [S_INSERT] = "INSERT INTO reports(path, abspath, sha256, bytes, agency, agency_key, year, edition, title, "
                 "format, encoding, error, nianbao, loaded_at) "
                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                 "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
    [S_UPDATE] = "UPDATE reports SET path = ?1, abspath = ?2, sha256 = ?3, bytes = ?4, agency = ?5, "
                 "agency_key = ?6, year = ?7, edition = ?8, title = ?9, format = ?10, encoding = ?11, "
                 "error = ?12, nianbao = ?13, loaded_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?14",
    [S_DEL_CELLS] = "DELETE FROM cell_rows WHERE report_id = ?1",
    [S_DEL_STATS] = "DELETE FROM statistics WHERE report_id = ?1",
    [S_DEL_SECTIONS] = "DELETE FROM sections WHERE report_id = ?1",
    [S_DEL_CHECKS] = "DELETE FROM checks WHERE report_id = ?1",
    [S_DEL_DIAGS] = "DELETE FROM diagnostics WHERE report_id = ?1",
};

struct nb_db {
    sqlite3 *h;
    const char *path;
    sqlite3_stmt *st[NSTMT];
    nb_ins *t[NB_NTABLE];
    nb_labels *labels; /* the cells' labels, each written once */
    nb_ckpt *ckpt;     /* the log folded back beside the writer (db_checkpoint.h) */
    char err[512];
    int rc;                  /* the first failed step of the report being written */
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
        /* the log synced when it is folded back, not at each commit (docs/database.md, "Loading"); set
         * first, so that making the schema does not wait for the disk either (with Debian's default,
         * FULL, its commit took 10 to 20 ms more: three fdatasync) */
        if (exec(db, "PRAGMA synchronous = NORMAL", "setting up") != 0) goto fail;
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
        /* SQLite's page cache stays at its default 2 MB: rows are appended, so a bigger one only costs
         * the memory it takes (a 32 MB one made a load a sixth slower, faulting its pages in).
         * secure_delete off (Debian's SQLite has it on): the rows a load replaces are a public report's
         * older parse, and zeroing them cost a tenth of a reload */
        if (exec(db, "PRAGMA secure_delete = OFF", "setting up") != 0) goto fail;
        for (int i = 0; i < NSTMT; i++)
            if (sqlite3_prepare_v3(db->h, sql[i], -1, SQLITE_PREPARE_PERSISTENT, &db->st[i], NULL) != SQLITE_OK) {
                sqlite_err(db, "preparing");
                goto fail;
            }
        const nb_db_table *tables = nb_db_tables();
        for (int i = 0; i < NB_NTABLE; i++)
            if (!(db->t[i] = nb_ins_new(db->h, tables[i].name, tables[i].columns, tables[i].ncol))) {
                sqlite_err(db, "preparing");
                goto fail;
            }
        if (!(db->labels = nb_labels_new(db->h))) {
            sqlite_err(db, "preparing");
            goto fail;
        }
        db->ckpt = nb_ckpt_start(db->h, path);
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

/* The rows kept (db_insert.h), written: 0, or -1 with the reason in db. */
static int flush(nb_db *db)
{
    for (int i = 0; i < NB_NTABLE; i++)
        if (nb_ins_flush(db->t[i]) != 0) {
            sqlite_err(db, "writing");
            return -1;
        }
    return 0;
}

int nb_db_begin(nb_db *db)
{
    nb_ckpt_bound(db->ckpt);
    if (exec(db, "BEGIN IMMEDIATE", "starting a batch") != 0) return -1;
    if (nb_labels_sync(db->labels) == 0) return 0;
    sqlite_err(db, "reading the database");
    sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
    return -1;
}
int nb_db_commit(nb_db *db) { return flush(db) != 0 ? -1 : exec(db, "COMMIT", "committing a batch"); }
void nb_db_rollback(nb_db *db)
{
    for (int i = 0; i < NB_NTABLE; i++) nb_ins_drop(db->t[i]);
    nb_labels_forget(db->labels);
    if (!sqlite3_get_autocommit(db->h)) sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
}

void nb_db_close(nb_db *db)
{
    if (!db) return;
    for (int i = 0; i < NSTMT; i++) sqlite3_finalize(db->st[i]);
    for (int i = 0; i < NB_NTABLE; i++) nb_ins_free(db->t[i]);
    nb_labels_free(db->labels);
    nb_ckpt_stop(db->ckpt);
    sqlite3_close(db->h);
    free(db);
}

/* ---- the report ------------------------------------------------------------------------------------- */

static void bind_text(sqlite3_stmt *st, int i, const char *s)
{
    if (s) sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else sqlite3_bind_null(st, i);
}

/* Runs a bound statement (one of db->st); the first failure is kept for nb_db_put. */
static void step(nb_db *db, sqlite3_stmt *st)
{
    if (!db->rc && sqlite3_step(st) != SQLITE_DONE) {
        db->rc = -1;
        sqlite_err(db, "writing");
    }
    sqlite3_reset(st);
}

/* The file's row, found by abspath: its id and whether its bytes changed; 0 when it is new. */
static sqlite3_int64 find(nb_db *db, const nb_db_file *f, int *was)
{
    sqlite3_stmt *st = db->st[S_FIND];
    bind_text(st, 1, f->abspath);
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

/* Report id's old rows, deleted. Rows of it still kept to be written (the same file twice in one
 * batch) are written first, so that they go too. */
static void delete_rows(nb_db *db, sqlite3_int64 id)
{
    for (int k = 0; k < NB_NTABLE; k++)
        if (nb_ins_holds(db->t[k], id)) {
            if (flush(db) != 0) db->rc = -1;
            break;
        }
    for (int s = S_DEL_CELLS; s <= S_DEL_DIAGS; s++) {
        sqlite3_bind_int64(db->st[s], 1, id);
        step(db, db->st[s]);
    }
}

int nb_db_unchanged(nb_db *db, const nb_db_file *f)
{
    sqlite3_stmt *st = db->st[S_SAME];
    const char *v[] = {f->abspath, f->sha256, f->path, nb_version()};
    for (int i = 0; i < 4; i++) bind_text(st, i + 1, v[i]);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc == SQLITE_ROW) return 1;
    if (rc == SQLITE_DONE) return 0;
    sqlite_err(db, "reading the database");
    return -1;
}

int nb_db_put(nb_db *db, nb_prep *p, const nb_db_file *f, int *was)
{
    db->rc = 0;
    sqlite3_int64 id = find(db, f, was);
    if (db->rc) return -1;
    sqlite3_stmt *st = db->st[id ? S_UPDATE : S_INSERT];
    const char *texts[] = {f->path, f->abspath, f->sha256, NULL, p->agency, p->agency_key,
                           NULL, p->edition, p->title, p->format, p->encoding, p->error, nb_version()};
    for (int i = 0; i < 13; i++) bind_text(st, i + 1, texts[i]);
    sqlite3_bind_int64(st, 4, (sqlite3_int64)f->bytes);
    if (p->year) sqlite3_bind_int(st, 7, p->year);
    if (id) sqlite3_bind_int64(st, 14, id);
    step(db, st);
    if (db->rc) return -1;
    if (id) delete_rows(db, id);
    else id = sqlite3_last_insert_rowid(db->h);
    if (db->rc) return -1;
    /* the values only the database knows: the cells' labels, and the report's id (nb_ins_take) */
    for (size_t i = 0; i < p->nlabel; i++) {
        const nb_prep_label *l = &p->label[i];
        sqlite3_int64 label = nb_labels_id_of(db->labels, p->labels + l->off, l->n, l->hash);
        if (label < 0) {
            sqlite_err(db, "writing");
            return -1;
        }
        nb_ins_set_int(p->rows[NB_T_CELLS], i, NB_CELL_LABEL_COL, label);
    }
    for (int k = 0; k < NB_NTABLE; k++)
        if (nb_ins_take(db->t[k], &p->rows[k], id) != 0) {
            sqlite_err(db, "writing");
            return -1;
        }
    return 0;
}
