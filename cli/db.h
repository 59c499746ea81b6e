/* db.h — the SQLite database of a collection (docs/database.md): opening it safely, and writing a
 * report's rows (load.c); check_db.c reads it.
 *
 *     nb_db *db = nb_db_open("reports.db", 1, err, sizeof err);  // NULL: err says why, nothing changed
 *     nb_db_begin(db);
 *     nb_db_put(db, nb_prep_of(r, NULL), &file, &was);            // replaces that file's rows
 *     nb_db_commit(db);
 *     nb_db_close(db); */
#ifndef NB_CLI_DB_H
#define NB_CLI_DB_H
#include <stddef.h>

#include <sqlite3.h>

struct nb_prep;
typedef struct nb_db nb_db;

/* An input file as the database knows it. */
typedef struct nb_db_file {
    const char *path;    /* as given */
    const char *abspath; /* its identity: the same file loaded again replaces its rows */
    const char *sha256;  /* of its bytes */
    size_t bytes;
} nb_db_file;

/* What nb_db_put found for the file. */
enum { NB_DB_NEW, NB_DB_SAME, NB_DB_CHANGED };

/* A nianbao database to write (writable) or read. A new or empty file gets the schema; a database
 * of another application or schema version, a read-only or locked one, is NULL with the reason in
 * err, and is left as it was. */
nb_db *nb_db_open(const char *path, int writable, char *err, size_t errn);
sqlite3 *nb_db_handle(nb_db *db);
/* 0, or -1 with the reason in nb_db_error. */
int nb_db_begin(nb_db *db);
int nb_db_commit(nb_db *db);
void nb_db_rollback(nb_db *db);
/* A report's rows for this file, in place of the rows the file had, as made by nb_prep_of
 * (db_prep.h; their report_id and label ids are set here); *was is NB_DB_NEW, NB_DB_SAME (same
 * sha256: the same input, parsed again) or NB_DB_CHANGED. */
int nb_db_put(nb_db *db, struct nb_prep *p, const nb_db_file *f, int *was);
/* 1 if the database holds this file as a load would write it again (the same sha256 and path,
 * loaded by this nianbao, usable): nb_db_put may be skipped; 0 if not; -1 (nb_db_error). */
int nb_db_unchanged(nb_db *db, const nb_db_file *f);
const char *nb_db_error(const nb_db *db);
void nb_db_close(nb_db *db);

#endif
